package dev.flexkit.compat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares two builds of the generated client with japicmp and keeps what breaks source or binary compatibility. */
final class JavaApiDiff {

    private JavaApiDiff() {}

    /**
     * @param base the client generated from the base spec, as a jar
     * @param head the client generated from the head spec, as a jar
     * @param classpath the libraries the client compiles against, so japicmp can follow its supertypes
     * @return every incompatible change, class by class
     */
    static List<JavaChange> compare(byte[] base, byte[] head, List<Path> classpath) {
        ClientJar baseClient = ClientJar.of(base);
        ClientJar headClient = ClientJar.of(head);
        return compare(baseClient, headClient, classesToCompare(baseClient.classes(), headClient.classes()), classpath);
    }

    /** @return what {@link #compare} finds, with japicmp comparing every class: what the tests hold it to */
    static List<JavaChange> compareEveryClass(byte[] base, byte[] head, List<Path> classpath) {
        ClientJar baseClient = ClientJar.of(base);
        ClientJar headClient = ClientJar.of(head);
        Set<String> every = new TreeSet<>(baseClient.classes().keySet());
        every.addAll(headClient.classes().keySet());
        return compare(baseClient, headClient, every, classpath);
    }

    private static List<JavaChange> compare(
            ClientJar baseClient, ClientJar headClient, Set<String> compared, List<Path> classpath) {
        try (Workspace workspace = new Workspace()) {
            // The classes left out are the same on both sides: japicmp finds them on the common classpath.
            Path unchanged = workspace.newFolder("unchanged").resolve("unchanged.jar");
            Files.write(unchanged, jarOf(without(headClient.classes(), compared)));
            JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
            options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
            options.getClassPathEntries().add(unchanged.toString());
            classpath.forEach(entry -> options.getClassPathEntries().add(entry.toString()));
            List<JApiClass> classes = new JarArchiveComparator(options)
                    .compare(
                            new JApiCmpArchive(jarOf(only(baseClient.classes(), compared)), "1", "base"),
                            new JApiCmpArchive(jarOf(only(headClient.classes(), compared)), "2", "head"));
            return changesOf(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare the generated clients", e);
        }
    }

    /*
     * The classes japicmp can find a change in: those whose class file differs or exists on one side only, and
     * every class that names one of them in its class file (a subclass, an implementation: they inherit the
     * change), again until none is left. A class outside that set is the same class file on both sides with the
     * same supertypes, in which japicmp finds nothing, and comparing it would cost the most of japicmp's time.
     */
    private static Set<String> classesToCompare(Map<String, byte[]> base, Map<String, byte[]> head) {
        Set<String> compared = new TreeSet<>();
        Set<String> all = new TreeSet<>(base.keySet());
        all.addAll(head.keySet());
        Deque<String> namesToFind = new ArrayDeque<>();
        for (String name : all) {
            if (!Arrays.equals(base.get(name), head.get(name))) {
                compared.add(name);
                namesToFind.add(internalName(name));
            }
        }
        // Every class left out is on both sides with the same class file: what it names is the same on both.
        Map<String, Set<String>> namedBy = new HashMap<>();
        for (String name : all) {
            if (!compared.contains(name)) {
                namedBy.put(name, ClassFileNames.of(head.get(name)));
            }
        }
        while (!namesToFind.isEmpty()) {
            String found = namesToFind.remove();
            for (Iterator<Map.Entry<String, Set<String>>> candidates =
                            namedBy.entrySet().iterator();
                    candidates.hasNext(); ) {
                Map.Entry<String, Set<String>> candidate = candidates.next();
                if (candidate.getValue().contains(found)) {
                    compared.add(candidate.getKey());
                    namesToFind.add(internalName(candidate.getKey()));
                    candidates.remove();
                }
            }
        }
        return compared;
    }

    /* dev/flexkit/client/model/Customer.class -> dev/flexkit/client/model/Customer, as class files name it */
    private static String internalName(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length());
    }

    private static Map<String, byte[]> only(Map<String, byte[]> classes, Set<String> names) {
        Map<String, byte[]> kept = new TreeMap<>(classes);
        kept.keySet().retainAll(names);
        return kept;
    }

    private static Map<String, byte[]> without(Map<String, byte[]> classes, Set<String> names) {
        Map<String, byte[]> kept = new TreeMap<>(classes);
        kept.keySet().removeAll(names);
        return kept;
    }

    private static byte[] jarOf(Map<String, byte[]> classes) {
        return new ClientJar(new TreeMap<>(classes), new TreeMap<>()).bytes();
    }

    private static List<JavaChange> changesOf(List<JApiClass> classes) {
        List<JavaChange> changes = new ArrayList<>();
        for (JApiClass type : classes) {
            String name = type.getFullyQualifiedName();
            add(changes, name, "", type);
            if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                continue; // its members went with it: the class is the change
            }
            add(changes, name, "superclass", type.getSuperclass());
            for (JApiImplementedInterface implemented : type.getInterfaces()) {
                add(changes, name, "implements " + implemented.getFullyQualifiedName(), implemented);
            }
            for (JApiBehavior constructor : type.getConstructors()) {
                add(changes, name, signature(constructor), constructor);
            }
            for (JApiMethod method : type.getMethods()) {
                add(changes, name, signature(method), method);
            }
            for (JApiField field : type.getFields()) {
                add(changes, name, field.getName(), field);
            }
        }
        return changes;
    }

    private static void add(List<JavaChange> changes, String className, String member, JApiCompatibility element) {
        for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
            if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
                changes.add(new JavaChange(
                        className,
                        member,
                        change.getType().name(),
                        !change.isBinaryCompatible(),
                        !change.isSourceCompatible()));
            }
        }
    }

    private static String signature(JApiBehavior behavior) {
        String parameters =
                behavior.getParameters().stream().map(JApiParameter::getType).collect(Collectors.joining(", "));
        String signature = behavior.getName() + "(" + parameters + ")";
        if (behavior instanceof JApiMethod method
                && method.getReturnType().getChangeStatus() == JApiChangeStatus.MODIFIED) {
            signature += " returning " + method.getReturnType().getOldReturnType() + " -> "
                    + method.getReturnType().getNewReturnType();
        }
        return signature;
    }
}

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
        classpath.forEach(entry -> options.getClassPathEntries().add(entry.toString()));
        List<JApiClass> classes = new JarArchiveComparator(options)
                .compare(new JApiCmpArchive(base, "1", "base"), new JApiCmpArchive(head, "2", "head"));
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

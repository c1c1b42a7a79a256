package dev.flexkit.compat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which generated sources of a client must be compiled when a client of another version of the spec is already
 * compiled: the sources whose text differs from that client's, and those in which a name may now mean another
 * class. The class files of every other source are the reference client's.
 *
 * <p>Why that is enough: the API japicmp reads from a class file (its supertypes, the signatures of its members,
 * their modifiers) is written from the text of its source, with each name resolved to a class. A source whose text
 * is the same declares the same API, unless one of its names now resolves to another class, which only a class
 * that appears or goes can cause: a top-level class added or removed (a new model in the package hides a class of
 * an on-demand import), or a nested class added to or removed from a class (an inherited member type hides an
 * imported one). Everything else javac takes from the classes a source uses reaches only the bodies of its
 * methods, which japicmp does not compare, and the values of constants and annotations, whose changes japicmp
 * counts as compatible. What a class inherits from a changed supertype, japicmp reads from the supertype itself
 * (see {@link JavaApiDiff}). A source that no longer compiles against the changed classes would fail a whole
 * compilation, and is not found here: the generator writes no such client. A field of {@code Customer} changed
 * compiles one of the client's 216 sources; {@code IncrementalClientTest} holds the result to a whole compilation.
 *
 * <p>Generated code names the classes it uses, so naming is what dependence is read from: a source depends on a
 * class when the class's simple name is one of the identifiers of its code (its comments and literals left out:
 * javac resolves no name there).
 */
final class Recompilation {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private Recompilation() {}

    /**
     * The first pass: the sources whose text changed, and those that name a top-level class added or removed.
     *
     * @param reference the client already compiled, with its sources
     * @param sources the sources of the client to compile, by path
     * @return the reference's class files to reuse, and the sources to compile; empty when the reference cannot
     *     be reused (a class file that is not named after its source)
     */
    static Optional<Plan> plan(ClientJar reference, SortedMap<String, byte[]> sources) {
        for (String classFile : reference.classes().keySet()) {
            if (!reference.sources().containsKey(sourceOf(classFile))) {
                return Optional.empty();
            }
        }
        Set<String> toCompile = new TreeSet<>();
        Set<String> addedOrRemoved = new HashSet<>();
        sources.forEach((path, text) -> {
            byte[] before = reference.sources().get(path);
            if (!Arrays.equals(text, before)) {
                toCompile.add(path);
                if (before == null) {
                    addedOrRemoved.add(simpleName(path));
                }
            }
        });
        reference.sources().keySet().stream()
                .filter(path -> !sources.containsKey(path))
                .forEach(path -> addedOrRemoved.add(simpleName(path)));
        return Optional.of(planNaming(reference, sources, toCompile, addedOrRemoved));
    }

    /**
     * The second pass, needed only when the first changed which member types a class has: the sources, not
     * compiled yet, that name such a member type. Compiled against the first pass's classes, which stand as they
     * are: what a second-pass source now means reaches only the bodies of the first pass's methods.
     *
     * @param first the first pass's plan
     * @param reference the client it reuses classes of
     * @param sources the sources of the client to compile
     * @param compiled the class files javac wrote for the first pass's sources
     * @return the sources to compile as well, and the classes still reused; empty when no compiled class gained
     *     or lost a nested class, or no other source names one
     */
    static Optional<Plan> secondPass(
            Plan first, ClientJar reference, SortedMap<String, byte[]> sources, Map<String, byte[]> compiled) {
        Set<String> before = nestedNames(reference.classes().keySet(), first.toCompile());
        Set<String> after = nestedNames(compiled.keySet(), first.toCompile());
        Set<String> changed = new HashSet<>(before);
        changed.addAll(after);
        before.retainAll(after);
        changed.removeAll(before);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Plan widened = planNaming(reference, sources, first.toCompile(), changed);
        Set<String> more = new TreeSet<>(widened.toCompile());
        more.removeAll(first.toCompile());
        return more.isEmpty() ? Optional.empty() : Optional.of(new Plan(widened.reusedClasses(), more));
    }

    /**
     * @param reusedClasses the reference's class files that stay as they are
     * @param toCompile the paths of the sources to compile, against those classes
     */
    record Plan(SortedMap<String, byte[]> reusedClasses, Set<String> toCompile) {}

    private static Plan planNaming(
            ClientJar reference, SortedMap<String, byte[]> sources, Set<String> compiled, Set<String> names) {
        Set<String> toCompile = new TreeSet<>(compiled);
        if (!names.isEmpty()) {
            sources.forEach((path, text) -> {
                if (!toCompile.contains(path) && identifiersOf(text).stream().anyMatch(names::contains)) {
                    toCompile.add(path);
                }
            });
        }
        SortedMap<String, byte[]> reused = new TreeMap<>();
        reference.classes().forEach((classFile, content) -> {
            String owner = sourceOf(classFile);
            if (sources.containsKey(owner) && !toCompile.contains(owner)) {
                reused.put(classFile, content);
            }
        });
        return new Plan(reused, toCompile);
    }

    /*
     * The simple names of the nested classes among these class files that come from these sources:
     * Customer$StatusEnum.class -> StatusEnum. Anonymous and local classes (Customer$1, Customer$1Local) cannot be
     * named from another source.
     */
    private static Set<String> nestedNames(Set<String> classFiles, Set<String> fromSources) {
        Set<String> names = new HashSet<>();
        for (String classFile : classFiles) {
            if (!fromSources.contains(sourceOf(classFile))) {
                continue;
            }
            String name = classFile.substring(classFile.lastIndexOf('/') + 1, classFile.length() - ".class".length());
            String[] parts = name.split("\\$");
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isEmpty() && !Character.isDigit(parts[i].charAt(0))) {
                    names.add(parts[i]);
                }
            }
        }
        return names;
    }

    /* dev/flexkit/client/model/Customer$StatusEnum.class -> dev/flexkit/client/model/Customer.java */
    private static String sourceOf(String classFile) {
        int folder = classFile.lastIndexOf('/') + 1;
        String name = classFile.substring(folder, classFile.length() - ".class".length());
        int nested = name.indexOf('$');
        return classFile.substring(0, folder) + (nested < 0 ? name : name.substring(0, nested)) + ".java";
    }

    private static String simpleName(String sourcePath) {
        return sourcePath.substring(sourcePath.lastIndexOf('/') + 1, sourcePath.length() - ".java".length());
    }

    private static Set<String> identifiersOf(byte[] source) {
        Set<String> names = new HashSet<>();
        Matcher matcher =
                IDENTIFIER.matcher(JavaCode.withoutCommentsAndLiterals(new String(source, StandardCharsets.UTF_8)));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}

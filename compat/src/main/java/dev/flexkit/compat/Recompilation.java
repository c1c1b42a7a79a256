package dev.flexkit.compat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
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
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(?:class|interface|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");

    private Recompilation() {}

    /**
     * The sources whose text changed, and those that name a class added or removed, or a member type a changed
     * class gained or lost.
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
        Set<String> mayMeanAnother = new HashSet<>();
        sources.forEach((path, text) -> {
            byte[] before = reference.sources().get(path);
            if (!Arrays.equals(text, before)) {
                toCompile.add(path);
                if (before == null) {
                    mayMeanAnother.add(simpleName(path));
                }
                mayMeanAnother.addAll(differingNestedTypes(path, before, text));
            }
        });
        reference.sources().forEach((path, text) -> {
            if (!sources.containsKey(path)) {
                mayMeanAnother.add(simpleName(path));
                mayMeanAnother.addAll(differingNestedTypes(path, text, null));
            }
        });
        return Optional.of(planNaming(reference, sources, toCompile, mayMeanAnother));
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
     * The names of the member types one version of a source declares and the other does not (either may be null,
     * a source added or removed): every named class, interface, enum or record in its code but its own top-level
     * class. Local classes are counted too, which only compiles a few sources more.
     */
    private static Set<String> differingNestedTypes(String path, byte[] before, byte[] after) {
        Set<String> old = nestedTypes(path, before);
        Set<String> now = nestedTypes(path, after);
        Set<String> differing = new HashSet<>(old);
        differing.addAll(now);
        old.retainAll(now);
        differing.removeAll(old);
        return differing;
    }

    private static Set<String> nestedTypes(String path, byte[] source) {
        Set<String> names = new HashSet<>();
        if (source == null) {
            return names;
        }
        Matcher matcher = TYPE_DECLARATION.matcher(code(source));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        names.remove(simpleName(path));
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

    private static String code(byte[] source) {
        return JavaCode.withoutCommentsAndLiterals(new String(source, StandardCharsets.UTF_8));
    }

    private static Set<String> identifiersOf(byte[] source) {
        Set<String> names = new HashSet<>();
        Matcher matcher = IDENTIFIER.matcher(code(source));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}

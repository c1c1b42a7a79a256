package dev.flexkit.compat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
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
 * compiled: the sources that differ from that client's, and every source that names one of their classes, again
 * and again until none is left (a source naming a changed class may no longer compile, or resolve a name to
 * another class; a subclass of a subclass inherits the change). The class files of every other source are the
 * reference client's: compiled from the same text against classes with the same API, they are what javac would
 * write again. A change of one schema recompiles a few dozen of the client's 176 sources.
 *
 * <p>Generated code names the classes it uses, so naming is what dependence is read from: a source depends on a
 * class when the class's simple name is one of the identifiers of its code (its comments and literals left out:
 * javac resolves no name there, and a description that mentions a schema would otherwise recompile its sources).
 */
final class Recompilation {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private Recompilation() {}

    /**
     * @param reference the client already compiled, with its sources
     * @param sources the sources of the client to compile, by path
     * @return the reference's class files to reuse, and the sources to compile; empty when the reference cannot
     *     be reused (a class file that is not named after its source)
     */
    static Optional<Plan> plan(ClientJar reference, SortedMap<String, byte[]> sources) {
        Map<String, String> ownerOf = new HashMap<>();
        for (String classFile : reference.classes().keySet()) {
            String source = sourceOf(classFile);
            if (!reference.sources().containsKey(source)) {
                return Optional.empty();
            }
            ownerOf.put(classFile, source);
        }
        Set<String> changedNames = new HashSet<>();
        Set<String> toCompile = new TreeSet<>();
        sources.forEach((path, text) -> {
            if (!Arrays.equals(text, reference.sources().get(path))) {
                toCompile.add(path);
                changedNames.add(simpleName(path));
            }
        });
        reference.sources().keySet().stream()
                .filter(path -> !sources.containsKey(path))
                .forEach(path -> changedNames.add(simpleName(path)));
        Map<String, Set<String>> identifiers = new HashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                if (toCompile.contains(source.getKey())) {
                    continue;
                }
                Set<String> names =
                        identifiers.computeIfAbsent(source.getKey(), path -> identifiersOf(source.getValue()));
                if (changedNames.stream().anyMatch(names::contains)) {
                    toCompile.add(source.getKey());
                    changedNames.add(simpleName(source.getKey()));
                    grew = true;
                }
            }
        }
        SortedMap<String, byte[]> reused = new TreeMap<>();
        reference.classes().forEach((classFile, content) -> {
            String owner = ownerOf.get(classFile);
            if (sources.containsKey(owner) && !toCompile.contains(owner)) {
                reused.put(classFile, content);
            }
        });
        return Optional.of(new Plan(reused, toCompile));
    }

    /**
     * @param reusedClasses the reference's class files that stay as they are
     * @param toCompile the paths of the sources to compile, against those classes
     */
    record Plan(SortedMap<String, byte[]> reusedClasses, Set<String> toCompile) {}

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

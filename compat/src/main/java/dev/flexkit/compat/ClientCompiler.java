package dev.flexkit.compat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in process with javac, either all of them or, given a client compiled from another
 * version of the spec, only those the change reaches (see {@link Recompilation}).
 */
final class ClientCompiler {

    /*
     * Only class files are wanted: no debug info, no warnings about generated code. On a JDK 17, --release 17
     * would only make javac read the platform's API from ct.sym instead of the running JDK, a second slower.
     */
    private static final List<String> OPTIONS = Stream.concat(
                    Runtime.version().feature() == 17
                            ? Stream.of("-source", "17", "-target", "17")
                            : Stream.of("--release", "17"),
                    Stream.of("-proc:none", "-nowarn", "-g:none"))
            .toList();

    private ClientCompiler() {}

    /**
     * @param sourceRoot the generated sources
     * @param workDir an empty folder for the classes
     * @param classpath what the sources compile against
     * @param reference a client compiled from another version of the spec, whose unchanged classes are reused
     * @return the classes, with the sources they were compiled from
     */
    static Compiled compile(Path sourceRoot, Path workDir, List<Path> classpath, Optional<ClientJar> reference) {
        SortedMap<String, byte[]> sources = readSources(sourceRoot);
        Optional<Recompilation.Plan> plan = reference.flatMap(client -> Recompilation.plan(client, sources));
        if (plan.isEmpty()) {
            return new Compiled(
                    new ClientJar(javac(sourceRoot, sources.keySet(), workDir.resolve("classes"), classpath), sources),
                    sources.size());
        }
        SortedMap<String, byte[]> classes = new TreeMap<>(plan.get().reusedClasses());
        classes.putAll(compile(
                sourceRoot, plan.get().toCompile(), plan.get().reusedClasses(), workDir.resolve("changed"), classpath));
        return new Compiled(
                new ClientJar(classes, sources), plan.get().toCompile().size());
    }

    /* These sources, against these classes: the class files javac writes. */
    private static SortedMap<String, byte[]> compile(
            Path sourceRoot, Set<String> toCompile, Map<String, byte[]> against, Path workDir, List<Path> classpath) {
        List<Path> compileAgainst = new ArrayList<>(classpath);
        compileAgainst.add(0, writeAll(workDir.resolve("reused"), against));
        return javac(sourceRoot, toCompile, workDir.resolve("classes"), compileAgainst);
    }

    /**
     * @param client the compiled client
     * @param compiledSources how many of its sources javac compiled; the classes of the others were reused
     */
    record Compiled(ClientJar client, int compiledSources) {}

    private static SortedMap<String, byte[]> javac(
            Path sourceRoot, Set<String> toCompile, Path classesDir, List<Path> classpath) {
        if (toCompile.isEmpty()) {
            return new TreeMap<>();
        }
        List<Path> files = toCompile.stream().map(sourceRoot::resolve).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new GateException("the Java-level check needs a JDK: this Java runtime has no compiler");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(classesDir);
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            boolean compiled = javac.getTask(
                            new StringWriter(),
                            fileManager,
                            diagnostics,
                            OPTIONS,
                            null,
                            fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!compiled) {
                throw new GateException("the generated client does not compile: " + firstError(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile into " + classesDir, e);
        }
        return readAll(classesDir, ".class");
    }

    private static SortedMap<String, byte[]> readSources(Path sourceRoot) {
        return readAll(sourceRoot, ".java");
    }

    /* Entry names with '/', as in a jar. */
    private static SortedMap<String, byte[]> readAll(Path root, String suffix) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file :
                    (Iterable<Path>) paths.filter(path -> path.toString().endsWith(suffix))::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        return files;
    }

    private static Path writeAll(Path root, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + root, e);
        }
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .limit(3)
                .map(diagnostic -> diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(Locale.ROOT))
                .collect(Collectors.joining("; "));
    }
}

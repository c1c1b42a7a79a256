package dev.flexkit.compat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles generated sources in process with javac and packs the classes into a jar for japicmp. */
final class ClientCompiler {

    /* Only class files are wanted: no debug info, no warnings about generated code. */
    private static final List<String> OPTIONS = List.of("--release", "17", "-proc:none", "-nowarn", "-g:none");

    private ClientCompiler() {}

    /**
     * @param sourceRoot the generated sources
     * @param classesDir an empty folder for the classes
     * @param classpath what the sources compile against
     * @return the classes, as a jar
     */
    static byte[] compile(Path sourceRoot, Path classesDir, List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new GateException("the Java-level check needs a JDK: this Java runtime has no compiler");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            boolean compiled = javac.getTask(
                            new StringWriter(),
                            files,
                            diagnostics,
                            OPTIONS,
                            null,
                            files.getJavaFileObjectsFromPaths(javaFiles(sourceRoot)))
                    .call();
            if (!compiled) {
                throw new GateException("the generated client does not compile: " + firstError(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile " + sourceRoot, e);
        }
        return jar(classesDir);
    }

    private static List<Path> javaFiles(Path sourceRoot) throws IOException {
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            return paths.filter(path -> path.toString().endsWith(".java")).toList();
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

    private static byte[] jar(Path classesDir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes);
                Stream<Path> paths = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                jar.putNextEntry(
                        new JarEntry(classesDir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack " + classesDir, e);
        }
        return bytes.toByteArray();
    }
}

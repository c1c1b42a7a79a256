package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build compiles the generated code with {@code -Xlint:all,-deprecation -Werror}: javac cannot excuse
 * deprecation in one class only. This compiles it again with every lint on, and holds the excuse to what it
 * is for: deprecated HttpClient 5 calls inside the generated ApiClient classes, and nothing else.
 */
class GeneratedCodeWarningsTest {

    private static final Path GENERATED = Path.of("target", "generated-sources");

    @Test
    void theOnlyWarningsOfTheGeneratedCodeAreDeprecationsInsideApiClient(@TempDir Path classes) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(GENERATED)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-Xlint:all", "-proc:none", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(compiled).isTrue();
        }

        List<Diagnostic<? extends JavaFileObject>> warnings = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
        assertThat(sources).hasSizeGreaterThan(50);
        assertThat(warnings).as("the deprecations the build excuses are really there").isNotEmpty();
        assertThat(warnings).allSatisfy(warning -> {
            assertThat(warning.getSource().getName()).as(warning.toString()).endsWith("ApiClient.java");
            assertThat(warning.getCode()).as(warning.toString()).contains("deprecat");
        });
    }
}

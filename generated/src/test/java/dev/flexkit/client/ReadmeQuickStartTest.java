package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage example of the README compiles against the generated client, so the README cannot drift from it. */
class ReadmeQuickStartTest {

    private static final Pattern QUICK_START =
            Pattern.compile("<!-- quickstart -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeUsageExampleCompiles(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("QuickStart.java");
        Files.writeString(source, readmeQuickStart());

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-d",
                                    dir.toString(),
                                    "-Xlint:all",
                                    "-Werror"),
                            null,
                            files.getJavaFileObjects(source))
                    .call();

            assertThat(diagnostics.getDiagnostics())
                    .extracting(Object::toString)
                    .isEmpty();
            assertThat(compiled).isTrue();
        }
        assertThat(dir.resolve("QuickStart.class")).exists();
    }

    @Test
    void theQuickStartProjectRunsTheReadmeCode() throws IOException {
        Path project = Path.of(System.getProperty("flex.root", ".."))
                .resolve("examples/quickstart/src/main/java/QuickStart.java");

        assertThat(Files.readString(project)).isEqualTo(readmeQuickStart());
    }

    static String readmeQuickStart() throws IOException {
        Path readme = Path.of(System.getProperty("flex.root", "..")).resolve("README.md");
        Matcher matcher = QUICK_START.matcher(Files.readString(readme));
        assertThat(matcher.find())
                .as("README.md has a java block after <!-- quickstart -->")
                .isTrue();
        return matcher.group(1);
    }
}

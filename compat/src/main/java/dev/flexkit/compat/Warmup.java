package dev.flexkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads javac and japicmp, and lets the JIT see them, on a class of one line while openapi-generator generates a
 * client on another core: in a JVM that has just started, each costs a second or more of class loading before it
 * does any work, which would otherwise come after the generation instead of beside it. Once per JVM: after that
 * they are loaded (the Maven plugin's JVM, a test suite's).
 */
final class Warmup {

    private static final String SOURCE = """
            package flexcompat.warmup;

            public class Warm {
                public String names(java.util.List<String> names) {
                    return String.join(", ", names);
                }
            }
            """;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {}

    /** @param classpath the client's libraries, so that javac and japicmp open them now; once per JVM */
    static void startBeside(List<Path> classpath) {
        if (STARTED.getAndSet(true)) {
            return;
        }
        Thread thread = new Thread(() -> run(classpath), "flex-compat-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(List<Path> classpath) {
        try (Workspace workspace = new Workspace()) {
            Path sources = workspace.newFolder("sources");
            Path file = sources.resolve("flexcompat/warmup/Warm.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, SOURCE);
            byte[] jar = ClientCompiler.compile(sources, workspace.newFolder("compiled"), classpath, Optional.empty())
                    .client()
                    .bytes();
            JavaApiDiff.compareEveryClass(jar, jar, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // Only a warm-up: the real compilation reports whatever is wrong.
        }
    }
}

package dev.flexkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one run of the gate (materialised git refs, generated clients), removed afterwards. */
final class Workspace implements AutoCloseable {

    private final Path root;

    Workspace() {
        try {
            root = Files.createTempDirectory("flex-compat-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
    }

    /**
     * @param name a name unique within this run
     * @return a new empty folder
     */
    Path newFolder(String name) {
        try {
            return Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + root.resolve(name), e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder must not turn a verdict into a failure.
        }
    }
}

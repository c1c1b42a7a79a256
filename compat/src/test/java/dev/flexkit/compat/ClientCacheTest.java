package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client is built once per fingerprint: a later run reads it from the cache folder. */
class ClientCacheTest {

    @TempDir
    Path folder;

    @Test
    void aClientBuiltOnceIsReadFromTheFolderAfterwards() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        String key = "test-" + System.nanoTime();

        byte[] first = new ClientCache(folder).jar(key, () -> {
            builds.incrementAndGet();
            return new byte[] {1, 2, 3};
        });
        byte[] again = new ClientCache(folder).jar(key, () -> {
            builds.incrementAndGet();
            return new byte[] {9};
        });

        assertThat(builds).hasValue(1);
        assertThat(again).isEqualTo(first);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .singleElement().asString().endsWith(key + ".jar");
        }
    }

    @Test
    void specsThatDifferOnlyInDocumentationNeedNoClientAtAll() throws IOException {
        Path emptyCache = folder.resolve("cache");
        GateRun run = GateRun.of("--base", TestSpecs.mutations().resolve("base.yaml").toString(), "--head",
                TestSpecs.mutations().resolve("description-only/head.yaml").toString(), "--cache-dir",
                emptyCache.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(emptyCache).as("nothing was generated, so nothing was cached").doesNotExist();
    }
}

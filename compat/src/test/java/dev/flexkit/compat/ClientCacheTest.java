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
                    .singleElement()
                    .asString()
                    .endsWith(key + ".jar");
        }
    }

    @Test
    void javaChangesAreReadBackAsJapicmpFoundThem() {
        String key = "pair-" + System.nanoTime();
        JavaChange removed =
                new JavaChange("dev.flexkit.client.model.Customer", "getEmail()", "METHOD_REMOVED", true, true);
        JavaChange sourceOnly =
                new JavaChange("dev.flexkit.client.api.CustomersApi", "", "METHOD_ADDED_TO_INTERFACE", false, true);

        new ClientCache(folder).javaChanges(key, () -> java.util.List.of(removed, sourceOnly));
        var again = new ClientCache(folder).javaChanges(key, () -> {
            throw new AssertionError("compared again");
        });

        assertThat(again).containsExactly(removed, sourceOnly);
    }

    @Test
    void aSecondRunOnTheSameFilesReadsItsFindingsBack() throws IOException {
        Path cache = folder.resolve("cache");
        // Documentation only: no client to build, so the test is about the findings alone.
        Path head =
                Files.copy(TestSpecs.mutations().resolve("description-only/head.yaml"), folder.resolve("head.yaml"));
        String[] args = {
            "--base",
            TestSpecs.mutations().resolve("base.yaml").toString(),
            "--head",
            head.toString(),
            "--cache-dir",
            cache.toString(),
            "--format",
            "json"
        };

        GateRun first = GateRun.of(args);
        GateRun second = GateRun.of(args);
        String customerName = "        name:\n          type: string\n        status:";
        Files.writeString(
                head,
                Files.readString(head)
                        .replace(
                                customerName,
                                customerName.replace(
                                        "string\n",
                                        "string\n          description: How the customer is addressed.\n")));
        GateRun afterAnEdit = GateRun.of(args);

        assertThat(first.out()).contains("\"subject\" : \"Customer.email\"");
        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".findings")))
                    .hasSize(2);
        }
        assertThat(afterAnEdit.out()).as("an edited spec is judged again").contains("\"subject\" : \"Customer.name\"");
    }

    @Test
    void specsThatDifferOnlyInDocumentationNeedNoClientAtAll() throws IOException {
        Path emptyCache = folder.resolve("cache");
        GateRun run = GateRun.of(
                "--base",
                TestSpecs.mutations().resolve("base.yaml").toString(),
                "--head",
                TestSpecs.mutations().resolve("description-only/head.yaml").toString(),
                "--cache-dir",
                emptyCache.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        try (Stream<Path> files = Files.list(emptyCache)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".refs")))
                    .as("nothing was generated, so only the findings (and each file's references) were cached")
                    .singleElement()
                    .asString()
                    .endsWith(".findings");
        }
    }
}

package dev.flexkit.sandbox.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.StandaloneJar;
import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;

/**
 * The sandbox under hostile input (issue 13): contract-driven fuzzing of the standalone jar over real HTTP.
 * {@code -Dfuzz.tries=N -Dfuzz.seed=S} choose the run (CI: 5,000 requests on seed 13); the report is written to
 * {@code target/fuzz-report.txt}.
 */
class ContractFuzzIT {

    private static final int TRIES = Integer.getInteger("fuzz.tries", 5_000);
    private static final long SEED = Long.getLong("fuzz.seed", 13L);
    /** Fuzzers side by side, each on its own connection and keys (lane i fuzzes with seed + i). */
    private static final int LANES = Integer.getInteger("fuzz.lanes", 4);

    // A jqwik example rather than a property: one run of many requests against one sandbox, whose arbitraries need
    // jqwik's lifecycle; -Dfuzz.seed makes it repeatable, as a property's seed would.
    @Example
    void everyAnswerKeepsTheSandboxsPromises() throws Exception {
        List<ContractOperation> operations = ContractOperations.all();
        JsonNode startingSeed = new YAMLMapper().readTree(StandaloneJar.EXAMPLE_SEED.toFile());
        try (StandaloneJar sandbox = StandaloneJar.start();
                RawHttp http = new RawHttp("127.0.0.1", sandbox.port())) {
            ExecutorService pool = Executors.newFixedThreadPool(LANES);
            GenerationDesk desk = new GenerationDesk();
            List<Future<FuzzReport>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                int number = lane;
                int tries = TRIES / LANES + (lane == 0 ? TRIES % LANES : 0);
                lanes.add(pool.submit(() -> {
                    try (RawHttp connection = new RawHttp("127.0.0.1", sandbox.port())) {
                        return new Fuzzer(connection, SEED + number, number, operations, startingSeed, desk).run(tries);
                    }
                }));
            }
            desk.serveUntil(() -> GenerationDesk.allDone(lanes));
            FuzzReport report = new FuzzReport(SEED);
            for (Future<FuzzReport> lane : lanes) {
                report.add(lane.get());
            }
            pool.shutdown();
            String text = report.text(sandbox.port());
            Files.writeString(Path.of("target", "fuzz-report.txt"), text);
            System.out.println(text.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));

            assertThat(report.requests()).isEqualTo(TRIES);
            assertThat(report.byOperation().keySet())
                    .as("every operation of both contracts was fuzzed")
                    .containsAll(operations.stream()
                            .map(ContractOperation::operationId)
                            .toList());
            assertThat(report.byIntent().keySet())
                    .as("every kind of request was sent")
                    .containsAll(
                            List.of(Intent.values()).stream().map(Intent::name).toList());
            assertThat(report.findings())
                    .as("findings (see target/fuzz-report.txt):\n" + text)
                    .isEmpty();

            // WireMock's own shutdown must not be a door: the sandbox still answers after it was knocked on.
            RawHttp.Response shutdown = FuzzRequest.of(
                            "POST",
                            "/__admin/shutdown",
                            "fsk_test_fuzzshutdown",
                            null,
                            null,
                            Intent.BREAKS_CONTRACT,
                            "admin:shutdown")
                    .sendOn(http);
            assertThat(shutdown.status()).isBetween(400, 499);
            Thread.sleep(500);
            assertThat(sandbox.isAlive())
                    .as("still running after POST /__admin/shutdown")
                    .isTrue();
        }
    }
}

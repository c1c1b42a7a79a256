package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.fuzz.Oracle.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;

/**
 * Sends fuzzed requests one after the other on one keep-alive connection, for a few keys at a time (two of
 * them differing only in case), and checks every answer with the {@link Oracle}; after every refused write it
 * reads the key's listings again to prove that nothing changed. The same seed gives the same requests.
 */
final class Fuzzer {

    /** Requests per set of keys: fresh keys keep every dataset within one page of a listing. */
    private static final int EPISODE = 200;

    private static final int GEN_SIZE = 1000;
    private static final int PROGRESS = 2_500;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final RawHttp http;
    private final Random random;
    private final IdPool ids = new IdPool();
    private final Oracle oracle = new Oracle(ids);
    private final StateProbe state;
    private final FuzzReport report;
    private final Arbitrary<FuzzRequest> requests;
    private String[] keys = new String[0];
    private final int lane;
    private final Executor generation;
    private String currentKey;
    private long generationNanos;

    /** @param startingSeed the seed document every key starts with (its ids are every key's own) */
    /** @param lane which of the fuzzers running side by side this is (its keys are its own) */
    /** @param generation runs jqwik's generators (on jqwik's thread) */
    Fuzzer(
            RawHttp http,
            long seed,
            int lane,
            List<ContractOperation> operations,
            JsonNode startingSeed,
            Executor generation) {
        this.lane = lane;
        this.generation = generation;
        this.http = http;
        this.random = new Random(seed);
        this.state = new StateProbe(http, this::checkProbe);
        this.report = new FuzzReport(seed);
        ids.shareAll(startingSeed);
        SchemaValues values = new SchemaValues(ids, () -> currentKey);
        ValidRequests valid = new ValidRequests(values, ids, () -> currentKey);
        List<Arbitrary<FuzzRequest>> validByOperation =
                operations.stream().map(valid::of).toList();
        // One request of an operation, then what is sent: it as it is (30 %), one of its mutations (50 %) or of its
        // hostile variants (20 %); only the variant drawn is made. No flatMap: jqwik then reuses every generator.
        // Uniform: jqwik's integers favour small values by default, which would skew the shares.
        Arbitrary<FuzzRequest> any = Combinators.combine(
                        Arbitraries.oneOf(validByOperation),
                        Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers()
                                .between(0, Integer.MAX_VALUE)
                                .withDistribution(RandomDistribution.uniform()))
                .as((request, kind, pick) -> {
                    if (kind < 30) {
                        return request;
                    }
                    if (kind < 80) {
                        List<Supplier<FuzzRequest>> mutations = Mutations.of(request);
                        return mutations.get(pick % mutations.size()).get();
                    }
                    List<FuzzRequest> hostile = HostileRequests.of(request);
                    return hostile.get(pick % hostile.size());
                });
        this.requests = any;
    }

    FuzzReport run(int tries) throws IOException {
        // Without jqwik's edge cases at this level: they would be worked out up front, for every operation at once;
        // the schema values mix their own bounds in (SchemaValues).
        RandomGenerator<FuzzRequest> generator = CompletableFuture.supplyAsync(
                        () -> requests.generator(GEN_SIZE), generation)
                .join();
        for (int i = 0; i < tries; i++) {
            if (i % EPISODE == 0) {
                newKeys(i / EPISODE);
            }
            currentKey = keys[random.nextInt(keys.length)];
            long start = System.nanoTime();
            FuzzRequest request = CompletableFuture.supplyAsync(
                            () -> generator.next(random).value(), generation)
                    .join();
            generationNanos += System.nanoTime() - start;
            send(request);
            if ((i + 1) % PROGRESS == 0) {
                System.out.printf(
                        "fuzz lane %d: %d of %d requests, %d distinct findings%n",
                        lane, i + 1, tries, report.findings().size());
            }
        }
        report.probes(state.requests(), state.millis());
        report.generation(generationNanos / 1_000_000);
        return report;
    }

    private void newKeys(int episode) throws IOException {
        for (String old : keys) {
            ids.retire(old);
        }
        // Keys are case-sensitive secrets: two that differ only in case are two datasets, on one connection too.
        String name = "L" + lane + "E" + episode;
        keys = new String[] {
            "fsk_test_Fuzz" + name + "Key",
            "fsk_test_fuzz" + name.toLowerCase(Locale.ROOT) + "key",
            "fsk_test_Other" + name
        };
        for (String key : keys) {
            state.picture(key, StateProbe.all());
        }
    }

    private void send(FuzzRequest request) throws IOException {
        boolean write = !READS.contains(request.method().toUpperCase(Locale.ROOT));
        List<String> listings = StateProbe.listingsOf(request);
        String before = write ? state.picture(request.key(), listings) : null;
        RawHttp.Response answer;
        long start = System.nanoTime();
        try {
            answer = request.sendOn(http);
        } catch (IOException e) {
            report.finding(new Finding("no-answer", request, null, e.toString()));
            http.close();
            return;
        }
        report.count(request, answer, (System.nanoTime() - start) / 1_000_000);
        boolean accepted = answer.status() >= 200 && answer.status() < 300;
        if (accepted && write) {
            ids.ownGiven(request.key(), Oracle.parse(request.body()));
        }
        List<Finding> findings = oracle.check(request, answer);
        findings.forEach(report::finding);
        int status = answer.status();
        if (accepted) {
            JsonNode json = Oracle.parse(answer.body());
            ids.own(request.key(), json);
            if (write) {
                ids.claimUnowned(request.key(), Oracle.parse(request.body()));
                state.changed(request.key());
            }
        } else if (write && status >= 400 && status < 500) {
            String after = state.readAgain(request.key(), listings);
            if (!after.equals(before)) {
                report.finding(new Finding(
                        "refused-changed-state",
                        request,
                        answer,
                        "the key's listings changed:\n" + before + "->\n" + after));
                state.changed(request.key());
            }
        } else if (write) {
            state.changed(request.key());
        }
    }

    private void checkProbe(FuzzRequest probe, RawHttp.Response answer) {
        oracle.check(probe, answer).forEach(report::finding);
        if (answer.status() == 200) {
            ids.own(probe.key(), Oracle.parse(answer.body()));
        }
    }
}

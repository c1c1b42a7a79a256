package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.fuzz.Oracle.Finding;
import dev.flexkit.sandbox.fuzz.RawHttp.Answer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Sends fuzzed requests one after the other on one keep-alive connection, for a few keys at a time (two of
 * them differing only in case), and checks every answer with the {@link Oracle}; after every refused write it
 * reads the key's listings again to prove that nothing changed. The same seed gives the same requests.
 */
final class Fuzzer {

    /** Requests per set of keys: fresh keys keep every dataset within one page of a listing. */
    private static final int EPISODE = 200;
    private static final int GEN_SIZE = 1000;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final RawHttp http;
    private final Random random;
    private final IdPool ids = new IdPool();
    private final Oracle oracle = new Oracle(ids);
    private final StateProbe state;
    private final FuzzReport report;
    private final RandomGenerator<FuzzRequest> requests;
    private String[] keys = new String[0];
    private String currentKey;

    Fuzzer(RawHttp http, long seed, List<ContractOperation> operations) {
        this.http = http;
        this.random = new Random(seed);
        this.state = new StateProbe(http);
        this.report = new FuzzReport(seed);
        SchemaValues values = new SchemaValues(ids, () -> currentKey);
        ValidRequests valid = new ValidRequests(values, ids, () -> currentKey);
        Arbitrary<FuzzRequest> any = Arbitraries.of(operations).flatMap(operation -> valid.of(operation).flatMap(request ->
                Arbitraries.frequencyOf(
                        Tuple.of(30, Arbitraries.just(request)),
                        Tuple.of(50, Arbitraries.of(Mutations.of(request))),
                        Tuple.of(20, Arbitraries.of(HostileRequests.of(request))))));
        // Without jqwik's edge cases at this level: they would be computed up front, for every operation and key at once;
        // the schema values mix their own bounds in (SchemaValues).
        this.requests = any.generator(GEN_SIZE);
    }

    FuzzReport run(int tries) throws IOException {
        for (int i = 0; i < tries; i++) {
            if (i % EPISODE == 0) {
                newKeys(i / EPISODE);
            }
            currentKey = keys[random.nextInt(keys.length)];
            FuzzRequest request = requests.next(random).value();
            send(request);
        }
        report.probes(state.requests());
        return report;
    }

    private void newKeys(int episode) throws IOException {
        for (String old : keys) {
            ids.retire(old);
        }
        // Keys are case-sensitive secrets: two that differ only in case are two datasets, on one connection too.
        keys = new String[] {"fsk_test_Fuzz" + episode + "Key", "fsk_test_fuzz" + episode + "key", "fsk_test_Other" + episode};
        for (String key : keys) {
            state.picture(key, this::checkProbe);
        }
    }

    private void send(FuzzRequest request) throws IOException {
        boolean write = !READS.contains(request.method().toUpperCase(Locale.ROOT));
        String before = write ? state.picture(request.key(), this::checkProbe) : null;
        Answer answer;
        try {
            answer = http.send(request);
        } catch (IOException e) {
            report.finding(new Finding("no-answer", request, null, e.toString()));
            http.close();
            return;
        }
        report.count(request, answer);
        List<Finding> findings = oracle.check(request, answer);
        findings.forEach(report::finding);
        int status = answer.status();
        if (status >= 200 && status < 300) {
            JsonNode json = Oracle.parse(answer.body());
            ids.own(request.key(), json);
            if (write) {
                ids.claimUnowned(request.key(), Oracle.parse(request.body()));
                state.changed(request.key());
            }
        } else if (write && status >= 400 && status < 500) {
            String after = state.read(request.key(), this::checkProbe);
            if (!after.equals(before)) {
                report.finding(new Finding("refused-changed-state", request, answer, "the key's listings changed:\n" + before + "->\n" + after));
                state.changed(request.key());
            }
        } else if (write) {
            state.changed(request.key());
        }
    }

    private void checkProbe(FuzzRequest probe, Answer answer) {
        oracle.check(probe, answer).forEach(report::finding);
        if (answer.status() == 200) {
            ids.own(probe.key(), Oracle.parse(answer.body()));
        }
    }
}

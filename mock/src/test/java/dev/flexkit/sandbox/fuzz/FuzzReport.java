package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.fuzz.Oracle.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run sent and found: requests by operation, intent, kind of mutation and status, and each kind of
 * finding once per operation and mutation with its count and a curl line that reproduces it.
 */
final class FuzzReport {

    private final long seed;
    private int requests;
    private int probes;
    private long probeMillis;
    private long generationMillis;
    private final Map<String, Integer> byOperation = new TreeMap<>();
    private final Map<String, Integer> byIntent = new TreeMap<>();
    private final Map<String, Integer> byMutation = new TreeMap<>();
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> successesByOperation = new TreeMap<>();
    private final Map<String, Long> millisByKind = new TreeMap<>();
    private final Map<String, Finding> firstFindings = new LinkedHashMap<>();
    private final Map<String, Integer> findingCounts = new LinkedHashMap<>();
    private final Map<String, Integer> knownCounts = new TreeMap<>();
    private final KnownDefects known = KnownDefects.load();

    FuzzReport(long seed) {
        this.seed = seed;
    }

    void count(FuzzRequest request, RawHttp.Response answer, long millis) {
        requests++;
        millisByKind.merge(kind(request.label()), millis, Long::sum);
        String operation =
                request.operation() == null ? "(none)" : request.operation().operationId();
        byOperation.merge(operation, 1, Integer::sum);
        byIntent.merge(request.intent().name(), 1, Integer::sum);
        byMutation.merge(kind(request.label()), 1, Integer::sum);
        byStatus.merge(String.valueOf(answer.status()), 1, Integer::sum);
        if (answer.status() >= 200 && answer.status() < 300) {
            successesByOperation.merge(operation, 1, Integer::sum);
        }
    }

    void finding(Finding finding) {
        String reason = known.reasonFor(finding);
        if (reason != null) {
            knownCounts.merge(finding.kind() + ": " + reason, 1, Integer::sum);
            return;
        }
        String operation = finding.request().operation() == null
                ? "-"
                : finding.request().operation().operationId();
        String id =
                finding.kind() + " " + operation + " " + kind(finding.request().label());
        firstFindings.putIfAbsent(id, finding);
        findingCounts.merge(id, 1, Integer::sum);
    }

    void probes(int count, long millis) {
        probes = count;
        probeMillis = millis;
    }

    /** Adds what another lane of the same run sent and found. */
    void add(FuzzReport other) {
        requests += other.requests;
        probes += other.probes;
        probeMillis += other.probeMillis;
        generationMillis += other.generationMillis;
        other.byOperation.forEach((k, v) -> byOperation.merge(k, v, Integer::sum));
        other.byIntent.forEach((k, v) -> byIntent.merge(k, v, Integer::sum));
        other.byMutation.forEach((k, v) -> byMutation.merge(k, v, Integer::sum));
        other.byStatus.forEach((k, v) -> byStatus.merge(k, v, Integer::sum));
        other.successesByOperation.forEach((k, v) -> successesByOperation.merge(k, v, Integer::sum));
        other.millisByKind.forEach((k, v) -> millisByKind.merge(k, v, Long::sum));
        other.firstFindings.forEach(firstFindings::putIfAbsent);
        other.findingCounts.forEach((k, v) -> findingCounts.merge(k, v, Integer::sum));
        other.knownCounts.forEach((k, v) -> knownCounts.merge(k, v, Integer::sum));
    }

    void generation(long millis) {
        generationMillis = millis;
    }

    int requests() {
        return requests;
    }

    Map<String, Integer> byOperation() {
        return byOperation;
    }

    Map<String, Integer> byIntent() {
        return byIntent;
    }

    List<String> findings() {
        return new ArrayList<>(firstFindings.keySet());
    }

    /** {@code body:minimum:/customer/x} is of kind {@code body:minimum}. */
    private static String kind(String label) {
        String[] parts = label.split(":", 3);
        return parts.length < 2 ? parts[0] : parts[0] + ":" + parts[1];
    }

    String text(int port) {
        StringBuilder text = new StringBuilder();
        text.append("Fuzz run: seed ")
                .append(seed)
                .append(", ")
                .append(requests)
                .append(" fuzzed requests (+")
                .append(probes)
                .append(" state probes in ")
                .append(probeMillis)
                .append(" ms), generated in ")
                .append(generationMillis)
                .append(" ms, ")
                .append(firstFindings.size())
                .append(" distinct findings\n");
        text.append("by intent: ").append(byIntent).append('\n');
        text.append("by status: ").append(byStatus).append('\n');
        text.append("by operation (requests / 2xx):\n");
        byOperation.forEach((operation, count) -> text.append("  ")
                .append(operation)
                .append(": ")
                .append(count)
                .append(" / ")
                .append(successesByOperation.getOrDefault(operation, 0))
                .append('\n'));
        text.append("by kind of request: ").append(byMutation).append('\n');
        text.append("milliseconds by kind of request: ").append(millisByKind).append('\n');
        knownCounts.forEach((reason, count) -> text.append("\nKNOWN DEFECT (x")
                .append(count)
                .append(", not failing the run; " + "src/test/resources/fuzz/known-defects.txt): ")
                .append(reason)
                .append('\n'));
        firstFindings.forEach((id, finding) -> {
            text.append("\nFINDING ")
                    .append(id)
                    .append(" (x")
                    .append(findingCounts.get(id))
                    .append("): ")
                    .append(finding.detail())
                    .append('\n');
            text.append("  request: ").append(finding.request().describe()).append('\n');
            if (finding.answer() != null) {
                String body = new String(finding.answer().body(), StandardCharsets.UTF_8);
                text.append("  answer: ")
                        .append(finding.answer().status())
                        .append(' ')
                        .append(body.length() > 300 ? body.substring(0, 300) + "..." : body)
                        .append('\n');
            }
            text.append("  curl: ").append(curl(finding.request(), port)).append('\n');
        });
        return text.toString();
    }

    private static String curl(FuzzRequest request, int port) {
        StringBuilder curl = new StringBuilder("curl -sS -i --path-as-is -X ")
                .append(quote(request.method()))
                .append(' ')
                .append(quote("http://127.0.0.1:" + port + shorten(request.target())));
        for (FuzzRequest.Header header : request.headers()) {
            curl.append(" -H ").append(quote(header.name() + ": " + shorten(header.value())));
        }
        if (request.body() != null) {
            curl.append(" --data-binary ").append(quote(shorten(new String(request.body(), StandardCharsets.UTF_8))));
        }
        return curl.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 400 ? text : text.substring(0, 200) + "...(" + text.length() + " chars)";
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

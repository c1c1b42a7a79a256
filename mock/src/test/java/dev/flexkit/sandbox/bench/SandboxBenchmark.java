package dev.flexkit.sandbox.bench;

import dev.flexkit.sandbox.FlexSandbox;
import dev.flexkit.sandbox.ProcessOutput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Measures the sandbox: start-up of the standalone jar, its size, and throughput and latency of three
 * operations under concurrent load over HTTP. Not a test (no assertion on time): run it with
 * {@code bin/benchmark} and write the figures down in docs/benchmarks.md.
 */
public final class SandboxBenchmark {

    private static final int THREADS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String key;

    private SandboxBenchmark(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.key = "Bearer " + apiKey;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(String.format(
                Locale.ROOT,
                "Java %s, %d processors, %d client threads, %s warm-up, %s measured%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                THREADS,
                WARM_UP,
                MEASURE));
        Path jar = Path.of("target", "flex-sandbox.jar");
        if (Files.exists(jar)) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "standalone jar: %.1f MB, ready after %d ms%n",
                    Files.size(jar) / 1e6,
                    startUpMillis(jar)));
        }
        try (FlexSandbox sandbox = FlexSandbox.start(0)) {
            if (Boolean.getBoolean("bench.renewalsOnly")) { // -Dbench.renewalsOnly=true: the renewal phase alone
                SandboxBenchmark renewing = new SandboxBenchmark(sandbox.baseUrl(), "fsk_test_renewals");
                renewing.seed();
                renewing.renewals();
                return;
            }
            if (Boolean.getBoolean("bench.growthOnly")) { // -Dbench.growthOnly=true: the growth phase alone
                SandboxBenchmark growing = new SandboxBenchmark(sandbox.baseUrl(), "fsk_test_growth");
                growing.seed();
                growing.growth(growing.offSessionCheckout());
                return;
            }
            SandboxBenchmark bench = new SandboxBenchmark(sandbox.baseUrl(), "fsk_test_benchmark");
            bench.seed();
            String session = bench.offSessionCheckout();
            System.out.println("| operation | requests/s | p50 ms | p95 ms | p99 ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            bench.run(
                    "create an off-session checkout (contract check + rules)",
                    i -> bench.post("/v1/checkout/sessions", OFF_SESSION));
            bench.run("retrieve a checkout session", i -> bench.get("/v1/checkout/sessions/" + session));
            bench.run("list customers", i -> bench.get("/v1/customers?limit=10"));
            bench.run("a refused checkout (letter required)", i -> bench.post("/v1/checkout/sessions", REFUSED));
            SandboxBenchmark growing = new SandboxBenchmark(sandbox.baseUrl(), "fsk_test_growth");
            growing.seed();
            growing.growth(growing.offSessionCheckout());
            SandboxBenchmark renewing = new SandboxBenchmark(sandbox.baseUrl(), "fsk_test_renewals");
            renewing.seed();
            renewing.renewals();
        }
    }

    private static final int SUBSCRIPTIONS = 10_000;

    /**
     * 10,000 monthly subscriptions on one key (each its own customer, with the letter its approved consultation
     * granted), then the clock moved a year in one control call: 120,000 renewals, each an off-session charge under
     * the documented rules (the 12th, on the letters' anniversary, refused). Prints how long the advance took and
     * the live heap after it.
     */
    private void renewals() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                for (int i = thread; i < SUBSCRIPTIONS; i += THREADS) {
                    String body = post("/v1/checkout/sessions", SUBSCRIPTION);
                    int start = body.indexOf("fcs_");
                    String session = body.substring(start, body.indexOf('"', start));
                    post(
                            "/__admin/flex/checkout/sessions/" + session + "/complete",
                            "{\"consultation\": \"approved\", \"customer\": {\"email\": \"sub" + i
                                    + "@example.com\"}}");
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        long start = System.nanoTime();
        String clock = post("/__admin/flex/clock", "{\"advance\": \"P1Y\"}");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println();
        System.out.println(
                "| subscriptions on one key | renewals run by one clock advance of P1Y | advance s | live heap MB |");
        System.out.println("|---:|---:|---:|---:|");
        System.out.println(String.format(
                Locale.ROOT,
                "| %,d | %,d | %.2f | %.0f |",
                SUBSCRIPTIONS,
                clock.split("\"subscription_id\"", -1).length - 1,
                seconds,
                liveHeapMegabytes()));
    }

    private static final String SUBSCRIPTION = """
            {"checkout_session": {"mode": "subscription", "success_url": "https://example.com/success",
             "line_items": [{"price_data": {"product": "fprod_Gym", "unit_amount": 6900,
                             "recurring": {"interval": "month", "interval_count": 1}}, "quantity": 1}]}}""";

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int SAMPLES = 300;

    /**
     * Grows one key to 1,000, 10,000 and 100,000 checkout sessions and times, one request at a time, what a list
     * costs at each size (first page, a deep offset, a deep cursor) beside a retrieve; then 1 and 8 connections
     * listing; and the live heap the sessions take (the sandbox runs in this JVM). A second customer's five sessions
     * come first, so that the list filtered by that customer finds them at the far end of the store.
     */
    private void growth(String oldest) throws Exception { // oldest: the key's first session
        for (int i = 0; i < 5; i++) {
            post(
                    "/v1/checkout/sessions",
                    OFF_SESSION.replace("fcus_Bench", "fcus_Rare").replace("fpm_Bench", "fpm_Rare"));
        }
        System.out.println();
        System.out.println(
                "| sessions on one key | first page ms | deep offset ms | deep cursor ms | one customer's 5 of them ms | retrieve ms | list req/s, 1 / 8 threads | live heap MB | resident MB |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int stored = 6;
        for (int size : SIZES) {
            fill(size - stored);
            stored = size;
            int deep = size - 20;
            System.out.println(String.format(
                    Locale.ROOT,
                    "| %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f / %.0f | %.0f | %.0f |",
                    size,
                    median(i -> get("/v1/checkout/sessions?limit=10")),
                    median(i -> get("/v1/checkout/sessions?limit=10&offset=" + deep)),
                    median(i -> get("/v1/checkout/sessions?limit=10&ending_before=" + oldest)),
                    median(i -> get("/v1/checkout/sessions?limit=10&customer=fcus_Rare")),
                    median(i -> get("/v1/checkout/sessions/" + oldest)),
                    throughput(1, i -> get("/v1/checkout/sessions?limit=10")),
                    throughput(THREADS, i -> get("/v1/checkout/sessions?limit=10")),
                    liveHeapMegabytes(),
                    residentMegabytes()));
        }
    }

    // The resident set of this JVM (the sandbox and the harness driving it), as Linux counts it; 0 elsewhere.
    private static double residentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst()
                        .orElse(0)
                / 1024.0;
    }

    private void fill(int sessions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int share = sessions / THREADS + (t < sessions % THREADS ? 1 : 0);
            workers.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    post("/v1/checkout/sessions", OFF_SESSION);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static double median(Call call) throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            call.run(i);
            latencies.add(System.nanoTime() - start);
        }
        Collections.sort(latencies);
        return latencies.get(SAMPLES / 2) / 1e6;
    }

    private static double throughput(int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int done = 0;
                for (; System.nanoTime() < end; done++) {
                    call.run(done);
                }
                return done;
            }));
        }
        int total = 0;
        for (Future<Integer> worker : workers) {
            total += worker.get();
        }
        pool.shutdown();
        return total / 3.0;
    }

    private static double liveHeapMegabytes() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    private static final String OFF_SESSION = """
            {"checkout_session": {"mode": "off_session", "customer": "fcus_Bench", "payment_method": "fpm_Bench",
             "line_items": [{"price": "fprice_Gym", "quantity": 1}]}}""";
    private static final String REFUSED = """
            {"checkout_session": {"mode": "off_session", "customer": "fcus_Bench", "payment_method": "fpm_Bench",
             "line_items": [{"price": "fprice_Skin", "quantity": 1}]}}""";

    private void seed() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/flex/seed"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                {"products": [{"product_id": "fprod_Gym", "name": "Gym", "visit_type": "gym", "hsa_fsa_eligibility": "letter_of_medical_necessity"},
                              {"product_id": "fprod_Skin", "name": "Skin", "visit_type": "skincare", "hsa_fsa_eligibility": "letter_of_medical_necessity"}],
                 "prices": [{"price_id": "fprice_Gym", "product": "fprod_Gym", "unit_amount": 6900},
                            {"price_id": "fprice_Skin", "product": "fprod_Skin", "unit_amount": 4500}],
                 "customers": [{"customer_id": "fcus_Bench", "email": "bench@example.com",
                                "payment_methods": [{"payment_method_id": "fpm_Bench", "off_session": true}],
                                "letters": [{"visit_type": "gym", "consultation_date": "2026-01-01"}]},
                               {"customer_id": "fcus_Rare", "email": "rare@example.com",
                                "payment_methods": [{"payment_method_id": "fpm_Rare", "off_session": true}],
                                "letters": [{"visit_type": "gym", "consultation_date": "2026-01-01"}]}],
                 "now": "2026-06-01T00:00:00Z"}""")));
    }

    private String offSessionCheckout() throws IOException, InterruptedException {
        String body = post("/v1/checkout/sessions", OFF_SESSION);
        int start = body.indexOf("fcs_");
        return body.substring(start, body.indexOf('"', start));
    }

    private String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request.header("Authorization", key)
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A call that may throw; the benchmark stops on the first failure rather than measure errors. */
    @FunctionalInterface
    private interface Call {
        void run(int i) throws Exception;
    }

    private void run(String name, Call call) throws Exception {
        load(call, WARM_UP);
        List<Long> latencies = load(call, MEASURE);
        Collections.sort(latencies);
        IntFunction<Double> percentile =
                p -> latencies.get(Math.min(latencies.size() - 1, latencies.size() * p / 100)) / 1e6;
        System.out.println(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.2f |",
                name,
                latencies.size() / (double) MEASURE.toSeconds(),
                percentile.apply(50),
                percentile.apply(95),
                percentile.apply(99)));
    }

    private static List<Long> load(Call call, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    call.run(i);
                    mine.add(System.nanoTime() - start);
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        return all;
    }

    private static long startUpMillis(Path jar) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        try {
            ProcessOutput.of(process).await("listening on");
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}

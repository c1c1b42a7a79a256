package dev.flexkit.sandbox.bench;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.sandbox.FlexSandbox;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The generated client's own cost: one retrieve of a customer through it (typed errors, retry strategy, buffered
 * body, Jackson models) against the same request through a bare, pooled HttpClient 5 that reads the body as a
 * string, one after the other on one thread against the same embedded sandbox, in alternating rounds so that
 * both meet the same machine. Not a test: run it with {@code bin/benchmark}, write the figure in
 * docs/benchmarks.md.
 */
public final class ClientOverheadBenchmark {

    private static final String KEY = "fsk_test_benchmark_client";
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 1_000;

    private ClientOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (FlexSandbox sandbox = FlexSandbox.start(0);
                CloseableHttpClient bare =
                        HttpClients.custom().disableAutomaticRetries().build();
                ApiClient client =
                        new ApiClient().setBasePath(sandbox.baseUrl()).setBearerToken(KEY)) {
            String id = createCustomer(bare, sandbox.baseUrl());
            CustomersApi customers = new CustomersApi(client);
            HttpGet get = new HttpGet(sandbox.baseUrl() + "/v1/customers/" + id);
            get.setHeader("Authorization", "Bearer " + KEY);
            get.setHeader("Accept", "application/json");

            Runnable viaClient = () -> {
                try {
                    customers.retrieveCustomer(id);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            Runnable viaBare = () -> {
                try {
                    bare.execute(get, response -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            measure(viaClient, PER_ROUND * 3);
            measure(viaBare, PER_ROUND * 3);
            double[] typed = new double[ROUNDS];
            double[] plain = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                typed[round] = measure(viaClient, PER_ROUND);
                plain[round] = measure(viaBare, PER_ROUND);
            }
            double clientMedian = median(typed);
            double bareMedian = median(plain);
            System.out.println("| retrieve a customer, one thread | mean µs per request (median of " + ROUNDS
                    + " rounds of " + PER_ROUND + ") |");
            System.out.println("|---|---:|");
            System.out.println(String.format(Locale.ROOT, "| bare HttpClient 5 | %.0f |", bareMedian));
            System.out.println(String.format(Locale.ROOT, "| generated client | %.0f |", clientMedian));
            System.out.println(String.format(
                    Locale.ROOT,
                    "%nclient overhead: %+.1f %% (budget: within 15 %%)",
                    (clientMedian / bareMedian - 1) * 100));
        }
    }

    private static String createCustomer(CloseableHttpClient http, String baseUrl) throws Exception {
        HttpPost post = new HttpPost(baseUrl + "/v1/customers");
        post.setHeader("Authorization", "Bearer " + KEY);
        post.setEntity(new StringEntity(
                "{\"customer\": {\"email\": \"bench@example.com\", \"first_name\": \"Bench\"}}",
                ContentType.APPLICATION_JSON));
        String body =
                http.execute(post, response -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        int start = body.indexOf("fcus_");
        return body.substring(start, body.indexOf('"', start));
    }

    /** @return the mean time of one call, in microseconds */
    private static double measure(Runnable call, int times) {
        long started = System.nanoTime();
        for (int i = 0; i < times; i++) {
            call.run();
        }
        return (System.nanoTime() - started) / 1e3 / times;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
    }
}

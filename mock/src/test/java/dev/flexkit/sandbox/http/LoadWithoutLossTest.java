package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 64 threads create at once, all on one key and each on a key of its own, over connections of their own; then every
 * key is listed in full, by offset and by cursor: every created object is there exactly once, nothing else is.
 */
class LoadWithoutLossTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final int THREADS = 64;
    private static final int CREATES_PER_THREAD = 8;
    private static final int PAGE = 100;

    private final SandboxClient sandbox = new SandboxClient(FLEX);
    // java.net.http opens a connection per request in flight: the sandbox sees 64 at once, not a pool's few.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void sixtyFourThreadsOnOneKeyLoseAndDuplicateNothing() throws Exception {
        String key = sandbox.apiKey();

        List<String> created = createInParallel(thread -> key);

        assertEveryListingHoldsExactly(key, created);
    }

    @Test
    void sixtyFourThreadsOnSixtyFourKeysLoseDuplicateAndMixNothing() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            keys.add(sandbox.withAnotherKey().apiKey());
        }

        List<String> created = createInParallel(keys::get);

        for (int i = 0; i < THREADS; i++) {
            assertEveryListingHoldsExactly(
                    keys.get(i), created.subList(i * CREATES_PER_THREAD, (i + 1) * CREATES_PER_THREAD));
        }
    }

    /** @return the ids created, thread by thread in order */
    private List<String> createInParallel(Function<Integer, String> keyOfThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                start.await();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < CREATES_PER_THREAD; i++) {
                    JsonNode customer = send(
                            "POST",
                            "/v1/customers",
                            keyOfThread.apply(thread),
                            "{\"customer\":{\"email\":\"load" + thread + "x" + i + "@example.com\"}}");
                    ids.add(customer.get("customer").get("customer_id").asText());
                }
                return ids;
            }));
        }
        start.countDown();
        List<String> created = new ArrayList<>();
        for (Future<List<String>> thread : threads) {
            created.addAll(thread.get());
        }
        pool.shutdown();
        assertThat(created).as("ids handed out").hasSize(THREADS * CREATES_PER_THREAD);
        assertThat(new HashSet<>(created)).as("distinct ids handed out").hasSize(created.size());
        return created;
    }

    private void assertEveryListingHoldsExactly(String key, List<String> created) throws Exception {
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<String> page = ids(send("GET", "/v1/customers?limit=" + PAGE + "&offset=" + offset, key, null));
            byOffset.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<String> byCursor = new ArrayList<>();
        for (String cursor = null; ; ) {
            List<String> page = ids(send(
                    "GET",
                    "/v1/customers?limit=" + PAGE + (cursor == null ? "" : "&starting_after=" + cursor),
                    key,
                    null));
            byCursor.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            cursor = page.get(page.size() - 1);
        }

        assertThat(byOffset)
                .as("listed by offset")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(byCursor).as("listed by cursor").doesNotHaveDuplicates().containsExactlyElementsOf(byOffset);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("customers")
                .forEach(customer -> ids.add(customer.get("customer_id").asText()));
        return ids;
    }

    private JsonNode send(String method, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return JsonResponses.MAPPER.readTree(response.body());
    }
}

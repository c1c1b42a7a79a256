package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.IdempotencyException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.ClockChange;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotency-Key on the sandbox's POST and PATCH operations, over HTTP, every exchange checked against the contract. */
class IdempotencyApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final String CREATE = """
            {"checkout_session": {"mode": "payment", "line_items": [{"price": "fprice_GymMonthly", "quantity": 1}],
             "success_url": "https://example.com/success"}}""";

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    @Test
    void aRepeatGetsTheFirstAnswerByteForByteAndCreatesNothing() {
        SandboxClient.Raw first =
                sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));
        SandboxClient.Raw again =
                sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sessions()).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));

        SandboxClient.Raw refused = sandbox.send(
                "POST",
                "/v1/checkout/sessions",
                CREATE.replace("\"quantity\": 1", "\"quantity\": 2"),
                Map.of("Idempotency-Key", "k-1"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/detail/0/type").asText()).isEqualTo("idempotency_key_reused");
        assertThat(refused.json().at("/detail/0/loc").toString()).isEqualTo("[\"header\",\"Idempotency-Key\"]");
        assertThat(sessions()).hasSize(1);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefused() {
        sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));

        SandboxClient.Raw refused = sandbox.send(
                "POST",
                "/v1/customers",
                "{\"customer\": {\"email\": \"a@example.com\"}}",
                Map.of("Idempotency-Key", "k-1"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(sandbox.send("GET", "/v1/customers?email=a@example.com", null)
                        .json()
                        .get("customers"))
                .isEmpty();
    }

    @Test
    void theGeneratedClientSaysIdempotencyException() throws Exception {
        CheckoutSessionsApi api = sandbox.checkoutSessions();
        api.createCheckoutSession(
                new CheckoutSessionCreateRequest().checkoutSession(Fixtures.cart(Fixtures.GYM)),
                RequestOptions.builder().idempotencyKey("order-1").build());

        assertThatThrownBy(() -> api.createCheckoutSession(
                        new CheckoutSessionCreateRequest().checkoutSession(Fixtures.cart(Fixtures.BANDAGE)),
                        RequestOptions.builder().idempotencyKey("order-1").build()))
                .isInstanceOf(IdempotencyException.class);
    }

    @Test
    void keysArePerApiKey() throws Exception {
        SandboxClient other = sandbox.withAnotherKey();
        Fixtures.seed(other);

        SandboxClient.Raw mine =
                sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "shared"));
        SandboxClient.Raw theirs =
                other.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "shared"));

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().at("/checkout_session/checkout_session_id").asText())
                .isNotEqualTo(
                        mine.json().at("/checkout_session/checkout_session_id").asText());
        assertThat(other.send("GET", "/v1/checkout/sessions", null).json().get("checkout_sessions"))
                .hasSize(1);
    }

    @Test
    void aKeyIsKeptFor24HoursOfTheSandboxClock() throws Exception {
        sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));
        sandbox.control().setClock(new ClockChange().advance("PT23H59M"));
        assertThat(sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"))
                        .status())
                .isEqualTo(200);
        assertThat(sessions()).hasSize(1);

        sandbox.control().setClock(new ClockChange().advance("PT1M"));
        sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "k-1"));

        assertThat(sessions()).hasSize(2);
    }

    @Test
    void thirtyTwoConcurrentIdenticalRequestsExecuteOnce() throws Exception {
        int requests = 32;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SandboxClient.Raw>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return sandbox.send("POST", "/v1/checkout/sessions", CREATE, Map.of("Idempotency-Key", "together"));
                }));
            }
            start.countDown();
            String firstBody = answers.get(0).get().body();
            for (Future<SandboxClient.Raw> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
                assertThat(answer.get().body()).isEqualTo(firstBody);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions()).hasSize(1);
    }

    @Test
    void aRetriedPostCarriesTheSameKeyAndCreatesOneCheckoutSession() throws Exception {
        // The first answer is lost on the way back, after the sandbox created the session (a proxy's 503, a reset).
        AtomicInteger attempts = new AtomicInteger();
        List<String> keys = new ArrayList<>();
        ExecChainHandler losesTheFirstAnswer = (request, scope, chain) -> {
            keys.add(request.getFirstHeader("Idempotency-Key").getValue());
            ClassicHttpResponse response = chain.proceed(request, scope);
            if (attempts.incrementAndGet() == 1) {
                response.close();
                throw new SocketException("Connection reset");
            }
            return response;
        };
        try (ApiClient client = sandbox.flexWith(
                builder -> builder.addExecInterceptorAfter(ChainElement.RETRY.name(), "lose", losesTheFirstAnswer))) {
            CheckoutSession created = new CheckoutSessionsApi(client)
                    .createCheckoutSession(
                            new CheckoutSessionCreateRequest().checkoutSession(Fixtures.cart(Fixtures.GYM)))
                    .getCheckoutSession();

            assertThat(attempts).hasValue(2);
            assertThat(keys).hasSize(2).containsOnly(keys.get(0));
            assertThat(sessions()).singleElement().isEqualTo(created.getCheckoutSessionId());
        }
    }

    private List<String> sessions() {
        List<String> ids = new ArrayList<>();
        sandbox.send("GET", "/v1/checkout/sessions", null)
                .json()
                .get("checkout_sessions")
                .forEach(s -> ids.add(s.get("checkout_session_id").asText()));
        return ids;
    }
}

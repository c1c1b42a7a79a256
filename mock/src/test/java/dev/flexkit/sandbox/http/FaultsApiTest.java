package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.ApiConnectionException;
import dev.flexkit.client.RateLimitException;
import dev.flexkit.client.ServerException;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.FaultKind;
import dev.flexkit.sandbox.client.model.FaultRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults on demand: the next requests of one key meet them, through the generated client's retries. */
class FaultsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private void inject(FaultKind kind, int count, String operation) throws Exception {
        sandbox.control()
                .injectFault(new FaultRequest().fault(kind).count(count).operation(operation));
    }

    private ApiClient client() {
        return sandbox.flexWith(builder -> {}).setRetryDelays(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private static CheckoutSessionCreateRequest gym() {
        return new CheckoutSessionCreateRequest().checkoutSession(Fixtures.cart(Fixtures.GYM));
    }

    @Test
    void twoUnavailableCreatesAreRetriedAndOneSessionIsCreated() throws Exception {
        inject(FaultKind.UNAVAILABLE, 2, "createCheckoutSession");
        try (ApiClient client = client()) {
            new CheckoutSessionsApi(client).createCheckoutSession(gym());
        }
        assertThat(sessions()).hasSize(1);
        assertThat(sandbox.control().listFaults().getFaults()).isEmpty();
    }

    @Test
    void aFaultInPlaceOfTheRequestChangesNothing() throws Exception {
        inject(FaultKind.SERVER_ERROR, 1, null);
        // Outside the contract checks: a 500 is what the contract does not promise.
        try (ApiClient client = new ApiClient()
                .setBasePath(sandbox.baseUrl())
                .setBearerToken(sandbox.apiKey())
                .setMaxNetworkRetries(0)) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).createCheckoutSession(gym()))
                    .isInstanceOfSatisfying(
                            ServerException.class, e -> assertThat(e.getCode()).isEqualTo(500));
        }
        assertThat(sessions()).isEmpty();
    }

    @Test
    void aRateLimitAsksToWaitAndTheClientWaits() throws Exception {
        sandbox.control()
                .injectFault(new FaultRequest().fault(FaultKind.RATE_LIMITED).retryAfter(1));
        long started = System.nanoTime();
        try (ApiClient client = client()) {
            new CheckoutSessionsApi(client).listCheckoutSessions();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitBeyondTheRetriesIsARateLimitException() throws Exception {
        sandbox.control()
                .injectFault(new FaultRequest()
                        .fault(FaultKind.RATE_LIMITED)
                        .retryAfter(0)
                        .count(3));
        try (ApiClient client = client()) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).listCheckoutSessions())
                    .isInstanceOfSatisfying(
                            RateLimitException.class,
                            e -> assertThat(e.getRetryAfter()).contains(Duration.ZERO));
        }
    }

    @Test
    void aDelayPastTheTimeoutIsRetriedWithTheSameKeyAndCreatesOneSession() throws Exception {
        sandbox.control()
                .injectFault(
                        new FaultRequest().fault(FaultKind.DELAY).delayMs(3_000).operation("createCheckoutSession"));
        CheckoutSession created;
        try (ApiClient client = client().setResponseTimeout(Duration.ofSeconds(1))) {
            created =
                    new CheckoutSessionsApi(client).createCheckoutSession(gym()).getCheckoutSession();
        }
        assertThat(sessions()).containsExactly(created.getCheckoutSessionId());
    }

    @Test
    void connectionFaultsAndCutBodiesAreRetried() throws Exception {
        inject(FaultKind.CONNECTION_RESET, 1, null);
        inject(FaultKind.EMPTY_RESPONSE, 1, null);
        inject(FaultKind.TRUNCATED_BODY, 1, null);
        try (ApiClient client = client().setMaxNetworkRetries(3)) {
            assertThat(new CheckoutSessionsApi(client).listCheckoutSessions().getCheckoutSessions())
                    .isEmpty();
        }
        assertThat(sandbox.control().listFaults().getFaults()).isEmpty();
    }

    @Test
    void aCutBodyWithoutRetriesIsAnApiConnectionException() throws Exception {
        inject(FaultKind.TRUNCATED_BODY, 1, null);
        try (ApiClient client = client().setMaxNetworkRetries(0)) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).listCheckoutSessions())
                    .isInstanceOf(ApiConnectionException.class);
        }
    }

    @Test
    void aFaultOfOneOperationLeavesTheOthersAlone() throws Exception {
        inject(FaultKind.SERVER_ERROR, 1, "createCustomer");
        try (ApiClient client = client().setMaxNetworkRetries(0)) {
            new CheckoutSessionsApi(client).createCheckoutSession(gym());
        }
        assertThat(sandbox.control().listFaults().getFaults()).singleElement().satisfies(f -> {
            assertThat(f.getOperation()).isEqualTo("createCustomer");
            assertThat(f.getRemaining()).isEqualTo(1);
        });
    }

    @Test
    void anotherKeyNeverMeetsTheFault() throws Exception {
        inject(FaultKind.SERVER_ERROR, 5, null);
        SandboxClient other = sandbox.withAnotherKey();
        assertThat(other.send("GET", "/v1/checkout/sessions", null).status()).isEqualTo(200);
        assertThat(sandbox.control().listFaults().getFaults())
                .singleElement()
                .satisfies(f -> assertThat(f.getRemaining()).isEqualTo(5));
        sandbox.control().clearFaults();
        assertThat(sandbox.control().listFaults().getFaults()).isEmpty();
    }

    @Test
    void forwardCompatibleSurprisesAreReadByTheModels() throws Exception {
        String id = Fixtures.create(sandbox, Fixtures.cart(Fixtures.GYM)).getCheckoutSessionId();
        inject(FaultKind.UNKNOWN_FIELD, 1, null);
        inject(FaultKind.UNKNOWN_ENUM_VALUE, 1, null);
        inject(FaultKind.EXPLICIT_NULL, 1, null);
        // Outside the contract checks on purpose: an enum value the contract does not list is what this shows.
        try (ApiClient plain = new ApiClient().setBasePath(sandbox.baseUrl()).setBearerToken(sandbox.apiKey())) {
            CheckoutSessionsApi api = new CheckoutSessionsApi(plain);
            CheckoutSession withField = api.retrieveCheckoutSession(id).getCheckoutSession();
            CheckoutSession withValue = api.retrieveCheckoutSession(id).getCheckoutSession();
            CheckoutSession withNull = api.retrieveCheckoutSession(id).getCheckoutSession();

            assertThat(withField.getUnknownFields()).containsKey(FaultInjection.UNKNOWN_FIELD);
            assertThat(withField.getCheckoutSessionId()).isEqualTo(id);
            assertThat(plain.getObjectMapper().writeValueAsString(withValue))
                    .as("read, kept and written back")
                    .contains("\"" + FaultInjection.UNKNOWN_VALUE + "\"");
            assertThat(withValue.getCheckoutSessionId()).isEqualTo(id);
            assertThat(withNull.getCheckoutSessionId()).isEqualTo(id);
            assertThat(plain.getObjectMapper().writeValueAsString(withNull)).contains("null");
        }
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(id)
                        .getCheckoutSession()
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.OPEN);
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

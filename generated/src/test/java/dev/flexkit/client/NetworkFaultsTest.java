package dev.flexkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated client against WireMock's fault simulation: for each failure, the exception the caller gets, how
 * many attempts the server saw, and that the whole call ended within the budget the settings give (attempts times
 * the response timeout, plus the longest backoffs, plus slack for a loaded machine).
 */
class NetworkFaultsTest {

    private static final String CUSTOMER = """
            {"customer": {"customer_id": "fcus_01J0000000000000000000000", "email": "jane@example.com", "test_mode": true}}
            """;
    // Long enough that a loaded CI machine answers a stub in time; the delay fault lies well beyond it.
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);
    private static final Duration SLACK = Duration.ofSeconds(3);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final String id = "fcus_" + UUID.randomUUID().toString().replace("-", "");
    private final String email = UUID.randomUUID() + "@example.com";
    private final ApiClient client = new ApiClient()
            .setBasePath(server.baseUrl())
            .setBearerToken("fsk_test_ci")
            .setResponseTimeout(RESPONSE_TIMEOUT)
            .setRetryDelays(Duration.ofMillis(50), MAX_BACKOFF);
    private final CustomersApi customers = new CustomersApi(client);

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"
            })
    void aFaultWithoutAnHttpAnswerIsAnApiConnectionExceptionAfterTheRetries(Fault fault) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
                    assertThat(e.getOperationId()).isEqualTo("retrieveCustomer");
                    assertThat(e.getCode()).isZero();
                    assertThat(e.getMessage()).startsWith("retrieveCustomer: no answer from " + server.baseUrl());
                });

        assertThat(attempts()).isEqualTo(3);
        assertWithin(started, budget(3));
    }

    @Test
    void aDelayPastTheResponseTimeoutIsAnApiConnectionExceptionAfterTheRetries() {
        server.stubFor(get(anyUrl()).willReturn(okJson(CUSTOMER).withFixedDelay(4_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id))
                .isInstanceOfSatisfying(
                        ApiConnectionException.class,
                        e -> assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class));

        assertThat(attempts()).isEqualTo(3);
        assertWithin(started, budget(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void aServerErrorIsRetriedThenAServerException(int status) {
        server.stubFor(
                get(anyUrl()).willReturn(aResponse().withStatus(status).withBody("{\"detail\": \"upstream failed\"}")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id)).isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.getCode()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo("retrieveCustomer: " + status + " upstream failed");
        });

        assertThat(attempts()).isEqualTo(3);
        assertWithin(started, budget(3));
    }

    @Test
    void aConflictIsRetriedThenAFlexApiException() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(409).withBody("{\"detail\": \"in progress\"}")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id))
                .isExactlyInstanceOf(FlexApiException.class)
                .satisfies(e -> assertThat(((FlexApiException) e).getCode()).isEqualTo(409));

        assertThat(attempts()).isEqualTo(3);
        assertWithin(started, budget(3));
    }

    @Test
    void a429WaitsTheRetryAfterItAsksForThenARateLimitException() {
        server.stubFor(get(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody("{\"detail\": \"Too many requests\"}")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id)).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(1));
            assertThat(e.getFlexMessage()).isEqualTo("Too many requests");
        });

        assertThat(attempts()).isEqualTo(3);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("two waits of Retry-After: 1").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(took).isLessThan(Duration.ofSeconds(2).plus(budget(3)));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsNotWaitedFor() {
        client.setMaxRetryAfter(Duration.ofSeconds(5));
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> customers.retrieveCustomer(id))
                .isInstanceOfSatisfying(
                        RateLimitException.class,
                        e -> assertThat(e.getRetryAfter()).contains(Duration.ofHours(1)));

        assertThat(attempts()).isEqualTo(1);
        assertWithin(started, budget(1));
    }

    @Test
    void anotherClientErrorIsNeverRetried() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"detail\": \"not_found\"}")));

        assertThatThrownBy(() -> customers.retrieveCustomer(id))
                .isInstanceOf(dev.flexkit.client.NotFoundException.class);

        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void aRetriedGetSucceedsWhenTheServerRecovers() throws Exception {
        server.stubFor(get(anyUrl())
                .inScenario("recovers")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        server.stubFor(
                get(anyUrl()).inScenario("recovers").whenScenarioStateIs("up").willReturn(okJson(CUSTOMER)));

        assertThat(customers.retrieveCustomer(id).getCustomer().getEmail()).isEqualTo("jane@example.com");

        assertThat(attempts()).isEqualTo(2);
    }

    @Test
    void aRetriedPostCarriesTheSameIdempotencyKeyOnEveryAttempt() {
        server.stubFor(
                post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> customers.createCustomer(newCustomer())).isInstanceOf(ServerException.class);

        List<String> keys =
                requests().stream().map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(keys.get(0));
        assertThat(UUID.fromString(keys.get(0))).as("a generated key is a UUID").isNotNull();
    }

    @Test
    void theCallersIdempotencyKeyIsSentOnEveryAttempt() {
        server.stubFor(post(urlPathEqualTo("/v1/customers"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> customers.createCustomer(
                        newCustomer(),
                        RequestOptions.builder().idempotencyKey("order-1234").build()))
                .isInstanceOf(ApiConnectionException.class);

        assertThat(requests())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("order-1234"));
    }

    @Test
    void aPostWithoutRetriesConfiguredIsSentExactlyOnce() {
        client.setMaxNetworkRetries(0);
        server.stubFor(
                post(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> customers.createCustomer(newCustomer())).isInstanceOf(ServerException.class);

        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsNeverRetried() throws Exception {
        // The sandbox's control client generates no keys: its POSTs show the rule for a request without one.
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));
        // WireMock keeps /__admin for itself: the control API is mounted under this test's id here.
        try (dev.flexkit.sandbox.client.ApiClient control = new dev.flexkit.sandbox.client.ApiClient()
                .setBasePath(server.baseUrl() + "/" + id)
                .setBearerToken("fsk_test_ci")) {
            assertThatThrownBy(() -> new dev.flexkit.sandbox.client.api.SandboxApi(control).reset())
                    .isInstanceOfSatisfying(
                            dev.flexkit.sandbox.client.ApiException.class,
                            e -> assertThat(e.getCode()).isEqualTo(503));
        }

        assertThat(requests())
                .singleElement()
                .satisfies(r -> assertThat(r.containsHeader("Idempotency-Key")).isFalse());
    }

    @Test
    void perCallOptionsReplaceTheApiKeyAndAddHeadersForOneCallOnly() throws Exception {
        server.stubFor(get(anyUrl()).willReturn(okJson(CUSTOMER)));

        customers.retrieveCustomer(
                id,
                RequestOptions.builder()
                        .apiKey("fsk_test_other")
                        .header("X-Trace", "t-1")
                        .build());
        customers.retrieveCustomer(id);

        List<LoggedRequest> sent = requests();
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer fsk_test_other");
        assertThat(sent.get(0).getHeader("X-Trace")).isEqualTo("t-1");
        assertThat(sent.get(1).getHeader("Authorization")).isEqualTo("Bearer fsk_test_ci");
        assertThat(sent.get(1).containsHeader("X-Trace")).isFalse();
    }

    @Test
    void timeoutsAreSetByDefault() throws Exception {
        try (ApiClient fresh = new ApiClient()) {
            assertThat(fresh.getConnectTimeout()).isEqualTo(30_000);
            assertThat(fresh.getReadTimeout()).isEqualTo(80_000);
            assertThat(fresh.getMaxNetworkRetries()).isEqualTo(2);
            fresh.setConnectTimeout(Duration.ofSeconds(2)).setResponseTimeout(Duration.ofSeconds(3));
            assertThat(fresh.getConnectTimeout()).isEqualTo(2_000);
            assertThat(fresh.getResponseTimeout()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    private CustomerCreateRequest newCustomer() {
        return new CustomerCreateRequest()
                .customer(new CustomerCreateParams()
                        .email(email)
                        .firstName("Jane")
                        .lastName("Doe"));
    }

    private int attempts() {
        return requests().size();
    }

    /**
     * @return the requests of this test the server saw, oldest first (a delayed answer of an earlier test may be
     *     logged late)
     */
    private List<LoggedRequest> requests() {
        List<LoggedRequest> sent = new ArrayList<>(server.getAllServeEvents().stream()
                .map(e -> e.getRequest())
                .filter(r -> r.getUrl().contains(id) || r.getBodyAsString().contains(email))
                .toList());
        Collections.reverse(sent);
        return sent;
    }

    private static Duration budget(int attempts) {
        return RESPONSE_TIMEOUT
                .multipliedBy(attempts)
                .plus(MAX_BACKOFF.multipliedBy(attempts - 1))
                .plus(SLACK);
    }

    private static void assertWithin(long startedNanos, Duration budget) {
        assertThat(Duration.ofNanos(System.nanoTime() - startedNanos)).isLessThan(budget);
    }
}

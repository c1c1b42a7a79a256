package dev.flexkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.api.CapturesApi;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.api.EventsApi;
import dev.flexkit.client.api.InvoicesApi;
import dev.flexkit.client.api.PricesApi;
import dev.flexkit.client.api.ProductsApi;
import dev.flexkit.client.api.RefundsApi;
import dev.flexkit.client.api.SubscriptionsApi;
import dev.flexkit.client.api.WebhooksApi;
import dev.flexkit.contract.http.RawRequests;
import dev.flexkit.sandbox.client.api.SandboxApi;
import dev.flexkit.sandbox.http.JsonResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * A test's view of the sandbox of its class ({@link FlexSandboxExtension}): the test's key (or another one), the
 * generated clients of the Flex API and of the control API, and raw HTTP ({@link RawRequests}) for what the typed
 * clients cannot send. Every exchange is checked against the contract by the extension.
 */
public final class SandboxClient {

    private final FlexSandboxExtension sandbox;
    private final String otherKey;

    /** The current test's key, read when a request is made (each test has its own). */
    public SandboxClient(FlexSandboxExtension sandbox) {
        this(sandbox, null);
    }

    private SandboxClient(FlexSandboxExtension sandbox, String otherKey) {
        this.sandbox = sandbox;
        this.otherKey = otherKey;
    }

    public String apiKey() {
        return otherKey != null ? otherKey : sandbox.apiKey();
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    /** @return a client of the sandbox with another, fresh key (another dataset) but the same contract checks */
    public SandboxClient withAnotherKey() {
        return new SandboxClient(sandbox, sandbox.newApiKey());
    }

    public ApiClient flex() {
        return new ApiClient(sandbox.httpClient()).setBasePath(baseUrl()).setBearerToken(apiKey());
    }

    /**
     * @param customizer adds to the HttpClient the generated client builds for itself (its retries and timeouts)
     * @return a client of its own, with the contract checks; close it
     */
    public ApiClient flexWith(Consumer<HttpClientBuilder> customizer) {
        return new ApiClient(builder -> {
                    builder.addExecInterceptorFirst("contract-check", sandbox.contractChecks());
                    customizer.accept(builder);
                })
                .setBasePath(baseUrl())
                .setBearerToken(apiKey());
    }

    public CheckoutSessionsApi checkoutSessions() {
        return new CheckoutSessionsApi(flex());
    }

    public RefundsApi refunds() {
        return new RefundsApi(flex());
    }

    public CapturesApi captures() {
        return new CapturesApi(flex());
    }

    public CustomersApi customers() {
        return new CustomersApi(flex());
    }

    public ProductsApi products() {
        return new ProductsApi(flex());
    }

    public PricesApi prices() {
        return new PricesApi(flex());
    }

    public SubscriptionsApi subscriptions() {
        return new SubscriptionsApi(flex());
    }

    public InvoicesApi invoices() {
        return new InvoicesApi(flex());
    }

    public WebhooksApi webhooks() {
        return new WebhooksApi(flex());
    }

    public EventsApi events() {
        return new EventsApi(flex());
    }

    public SandboxApi control() {
        return new SandboxApi(new dev.flexkit.sandbox.client.ApiClient(sandbox.httpClient())
                .setBasePath(baseUrl())
                .setBearerToken(apiKey()));
    }

    /** A raw response: what the typed clients would hide. */
    public record Raw(int status, Map<String, String> headers, String body) {

        public JsonNode json() {
            try {
                return JsonResponses.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    /** Sends a request that keeps to the contract, with this client's key. */
    public Raw send(String method, String path, String body) {
        return send(method, path, body, "Bearer " + apiKey(), false, Map.of());
    }

    /** Sends a request that keeps to the contract, with this client's key and the given headers. */
    public Raw send(String method, String path, String body, Map<String, String> headers) {
        return send(method, path, body, "Bearer " + apiKey(), false, headers);
    }

    /** Sends a request that breaks the contract on purpose; only its response is checked. */
    public Raw sendInvalid(String method, String path, String body) {
        return send(method, path, body, "Bearer " + apiKey(), true, Map.of());
    }

    /** Sends a request with the given Authorization header (or none, when null), deliberately outside the contract. */
    public Raw sendWithAuthorization(String method, String path, String authorization) {
        return send(method, path, null, authorization, true, Map.of());
    }

    private Raw send(
            String method,
            String path,
            String body,
            String authorization,
            boolean outsideContract,
            Map<String, String> headers) {
        RawRequests.Response response = RawRequests.send(
                sandbox.httpClient(), method, baseUrl() + path, body, authorization, outsideContract, headers);
        return new Raw(response.status(), response.headers(), response.body());
    }
}

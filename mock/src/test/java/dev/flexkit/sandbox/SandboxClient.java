package dev.flexkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.api.PricesApi;
import dev.flexkit.client.api.ProductsApi;
import dev.flexkit.contract.http.ContractCheckingInterceptor;
import dev.flexkit.contract.http.ContractViolationRecorder;
import dev.flexkit.sandbox.client.api.SandboxApi;
import dev.flexkit.sandbox.http.JsonResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * A test's view of the sandbox: its own test-mode key, the generated clients of the Flex API and of the
 * control API, and raw HTTP for what the typed clients cannot send. Every exchange is checked against the
 * contract.
 */
public final class SandboxClient {

    private final String baseUrl;
    private final String apiKey = "fsk_test_" + UUID.randomUUID().toString().replace("-", "");
    private final ContractViolationRecorder violations;
    private final CloseableHttpClient http;

    SandboxClient(String baseUrl, ContractViolationRecorder violations) {
        this.baseUrl = baseUrl;
        this.violations = violations;
        this.http = HttpClients.custom()
                .addExecInterceptorFirst("contract-check", new ContractCheckingInterceptor(violations))
                .build();
    }

    public String apiKey() {
        return apiKey;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** @return a client of the sandbox with another, fresh key (another dataset) but the same contract checks */
    public SandboxClient withAnotherKey() {
        return new SandboxClient(baseUrl, violations);
    }

    public ApiClient flex() {
        return new ApiClient(http).setBasePath(baseUrl).setBearerToken(apiKey);
    }

    /**
     * @param customizer adds to the HttpClient the generated client builds for itself (its retries and timeouts)
     * @return a client of its own, with the contract checks; close it
     */
    public ApiClient flexWith(Consumer<HttpClientBuilder> customizer) {
        return new ApiClient(builder -> {
            builder.addExecInterceptorFirst("contract-check", new ContractCheckingInterceptor(violations));
            customizer.accept(builder);
        }).setBasePath(baseUrl).setBearerToken(apiKey);
    }

    public CheckoutSessionsApi checkoutSessions() {
        return new CheckoutSessionsApi(flex());
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

    public SandboxApi control() {
        return new SandboxApi(new dev.flexkit.sandbox.client.ApiClient(http).setBasePath(baseUrl).setBearerToken(apiKey));
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
        return send(method, path, body, "Bearer " + apiKey, false, Map.of());
    }

    /** Sends a request that keeps to the contract, with this client's key and the given headers. */
    public Raw send(String method, String path, String body, Map<String, String> headers) {
        return send(method, path, body, "Bearer " + apiKey, false, headers);
    }

    /** Sends a request that breaks the contract on purpose; only its response is checked. */
    public Raw sendInvalid(String method, String path, String body) {
        return send(method, path, body, "Bearer " + apiKey, true, Map.of());
    }

    /** Sends a request with the given Authorization header (or none, when null), deliberately outside the contract. */
    public Raw sendWithAuthorization(String method, String path, String authorization) {
        return send(method, path, null, authorization, true, Map.of());
    }

    private Raw send(String method, String path, String body, String authorization, boolean deliberatelyInvalid,
                     Map<String, String> headers) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(baseUrl + path));
        headers.forEach(request::setHeader);
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ContractCheckingInterceptor.DELIBERATELY_INVALID_REQUEST, deliberatelyInvalid);
        try {
            return http.execute(request, context, response -> {
                Map<String, String> answered = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (var header : response.getHeaders()) {
                    answered.put(header.getName(), header.getValue());
                }
                String text = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new Raw(response.getCode(), answered, text);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

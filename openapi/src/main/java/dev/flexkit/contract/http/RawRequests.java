package dev.flexkit.contract.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * What a generated client cannot send (a malformed body, a missing or foreign key), sent through the same
 * HttpClient, so that the {@link ContractCheckingInterceptor} still checks the response. The one raw-HTTP harness of
 * the kit's tests: the sandbox's tests and the conformance suite's steps both use it.
 */
public final class RawRequests {

    private RawRequests() {}

    /** A raw response: what a typed client would hide. Headers are looked up case-insensitively. */
    public record Response(int status, Map<String, String> headers, String body) {}

    /**
     * @param body          a JSON body, or null for none
     * @param authorization the Authorization header, or null for none
     * @param outsideContract whether the request breaks the contract on purpose: then only the response is checked
     */
    public static Response send(
            HttpClient http, String method, String url, String body, String authorization, boolean outsideContract) {
        return send(http, method, url, body, authorization, outsideContract, Map.of());
    }

    /** @param headers further request headers, sent as given */
    public static Response send(
            HttpClient http,
            String method,
            String url,
            String body,
            String authorization,
            boolean outsideContract,
            Map<String, String> headers) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(url));
        headers.forEach(request::setHeader);
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ContractCheckingInterceptor.DELIBERATELY_INVALID_REQUEST, outsideContract);
        try {
            return http.execute(request, context, response -> {
                Map<String, String> answered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (Header header : response.getHeaders()) {
                    answered.put(header.getName(), header.getValue());
                }
                String text = response.getEntity() == null
                        ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return new Response(response.getCode(), answered, text);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

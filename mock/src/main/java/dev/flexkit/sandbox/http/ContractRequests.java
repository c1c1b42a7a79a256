package dev.flexkit.sandbox.http;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Presents a request WireMock received to the Atlassian validator. */
final class ContractRequests {

    private ContractRequests() {
    }

    /**
     * @param mountPath where the server mounts the handler that received the request ({@code /__admin} for admin
     *                  extensions, whose requests WireMock gives without it)
     */
    static com.atlassian.oai.validator.model.Request of(Request request, String mountPath) {
        URI uri = URI.create(request.getUrl());
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), mountPath + uri.getPath());
        for (HttpHeader header : request.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    builder.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
                }
            }
        }
        byte[] body = request.getBody();
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

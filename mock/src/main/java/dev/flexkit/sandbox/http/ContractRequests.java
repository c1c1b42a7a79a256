package dev.flexkit.sandbox.http;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.contract.QueryStrings;
import java.net.URI;

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
        QueryStrings.addTo(builder, uri.getRawQuery());
        byte[] body = request.getBody();
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }
}

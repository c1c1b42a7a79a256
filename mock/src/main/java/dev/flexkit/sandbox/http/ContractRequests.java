package dev.flexkit.sandbox.http;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.contract.QueryStrings;

/** Presents a request WireMock received to the Atlassian validator. */
final class ContractRequests {

    private ContractRequests() {}

    /**
     * @param mountPath where the server mounts the handler that received the request ({@code /__admin} for admin
     *                  extensions, whose requests WireMock gives without it)
     */
    static com.atlassian.oai.validator.model.Request of(Request request, String mountPath) {
        RequestUrls url = RequestUrls.of(request.getUrl());
        SimpleRequest.Builder builder =
                new SimpleRequest.Builder(request.getMethod().getName(), mountPath + url.path());
        for (HttpHeader header : request.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        QueryStrings.addTo(builder, url.rawQuery());
        byte[] body = request.getBody();
        if (body != null && body.length > 0) {
            builder.withBody(new ReadBody(body, RequestBodies.tree(request).orElse(null)));
        }
        return builder.build();
    }
}

package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.domain.Idempotency;
import java.util.function.Supplier;

/**
 * Translates between WireMock and the domain's {@link Idempotency}: a {@code POST} or {@code PATCH} with an
 * {@code Idempotency-Key} header is answered through it, everything else runs as it is.
 */
final class IdempotentReplays {

    static final String HEADER = "Idempotency-Key";

    private IdempotentReplays() {}

    static ResponseDefinition serve(Idempotency idempotency, Request request, Supplier<ResponseDefinition> run) {
        String method = request.getMethod().getName();
        String key = request.getHeader(HEADER);
        if (key == null || !("POST".equals(method) || "PATCH".equals(method))) {
            return run.get();
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
        Idempotency.Answer answer =
                idempotency.answer(key, new Idempotency.Request(method, request.getUrl(), body), () -> {
                    ResponseDefinition response = run.get();
                    String contentType = response.getHeaders() == null
                            ? null
                            : response.getHeaders().getContentTypeHeader().firstValue();
                    return new Idempotency.Answer(response.getStatus(), contentType, response.getByteBody());
                });
        ResponseDefinitionBuilder replay = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status())
                .withBody(answer.body());
        if (answer.contentType() != null) {
            replay.withHeader("Content-Type", answer.contentType());
        }
        return replay.build();
    }
}

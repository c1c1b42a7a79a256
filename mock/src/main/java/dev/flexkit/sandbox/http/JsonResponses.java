package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.model.ErrorMessage;
import dev.flexkit.client.model.HTTPValidationError;
import dev.flexkit.client.model.ValidationError;
import dev.flexkit.sandbox.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** JSON responses in Flex's shapes, written with the generated client's own ObjectMapper. */
public final class JsonResponses {

    /**
     * The mapper the generated models are made for; what it writes, the client reads. Taken from a client given no
     * HttpClient: {@code new ApiClient()} would open a connection pool that nothing closes.
     */
    public static final ObjectMapper MAPPER = new ApiClient((CloseableHttpClient) null).getObjectMapper();

    private JsonResponses() {}

    public static ResponseDefinition json(int status, Object body) {
        try {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(MAPPER.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    public static ResponseDefinition noContent() {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    /** {@code {"detail": "..."}}, the body of 401, 404, 405 and 429. */
    public static ResponseDefinition detail(int status, String detail) {
        return json(status, new ErrorMessage().detail(detail));
    }

    public static ResponseDefinition unauthorized(String detail) {
        return ResponseDefinitionBuilder.like(detail(401, detail))
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    /** {@code {"detail": [{"loc", "msg", "type"}, ...]}}, the body of 422 and 400. */
    public static ResponseDefinition problems(int status, List<Problem> problems) {
        return json(status, body(problems));
    }

    /** The body Flex answers with for these problems, as the generated model. */
    public static HTTPValidationError body(List<Problem> problems) {
        List<ValidationError> details = new ArrayList<>();
        for (Problem problem : problems) {
            details.add(new ValidationError()
                    .loc(new ArrayList<>(problem.loc()))
                    .msg(problem.msg())
                    .type(problem.type()));
        }
        return new HTTPValidationError().detail(details);
    }
}

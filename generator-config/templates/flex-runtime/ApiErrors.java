package dev.flexkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.message.BasicHttpResponse;

/** Turns an answer that is not a success into its typed exception, with Flex's envelope parsed. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static FlexApiException fromResponse(String operationId, int status, Map<String, List<String>> headers, String body,
                                                ObjectMapper mapper) {
        List<ErrorDetail> detail = new ArrayList<>();
        String message = parse(body, mapper, detail);
        if (status == 422 && detail.stream().anyMatch(p -> IdempotencyException.TYPE.equals(p.type()))) {
            return new IdempotencyException(operationId, status, headers, body, message, detail);
        }
        switch (status) {
            case 400:
                return new InvalidStateException(operationId, status, headers, body, message, detail);
            case 401:
                return new AuthenticationException(operationId, status, headers, body, message, detail);
            case 402:
                return new CardDeclinedException(operationId, status, headers, body, message, detail);
            case 404:
                return new NotFoundException(operationId, status, headers, body, message, detail);
            case 422:
                return new InvalidRequestException(operationId, status, headers, body, message, detail);
            case 429:
                return new RateLimitException(operationId, status, headers, body, message, detail, retryAfter(headers));
            default:
                return status >= 500
                        ? new ServerException(operationId, status, headers, body, message, detail)
                        : new FlexApiException(operationId, status, headers, body, message, detail);
        }
    }

    /** Fills {@code detail} from a {@code {"detail": [...]}} body; returns Flex's message (empty when there is none). */
    private static String parse(String body, ObjectMapper mapper, List<ErrorDetail> detail) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException notJson) {
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
        JsonNode node = root == null ? null : root.get("detail");
        if (node == null) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            for (JsonNode problem : node) {
                List<Object> loc = new ArrayList<>();
                problem.path("loc").forEach(part -> loc.add(part.isInt() ? (Object) part.asInt() : part.asText()));
                detail.add(new ErrorDetail(loc, problem.path("msg").asText(), problem.path("type").asText()));
            }
            return detail.stream().map(ApiErrors::describe).collect(Collectors.joining("; "));
        }
        return node.toString();
    }

    private static String describe(ErrorDetail problem) {
        String loc = problem.loc().stream().map(String::valueOf).collect(Collectors.joining("."));
        return problem.msg() + " (" + (loc.isEmpty() ? "" : loc + ", ") + problem.type() + ")";
    }

    private static Duration retryAfter(Map<String, List<String>> headers) {
        BasicHttpResponse response = new BasicHttpResponse(429);
        if (headers != null) {
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        return NetworkRetryStrategy.retryAfter(response).orElse(null);
    }
}

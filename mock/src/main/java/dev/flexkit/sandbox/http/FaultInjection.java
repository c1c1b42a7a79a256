package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.domain.Faults;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Translates a fault the domain says a request meets ({@link Faults}) into what WireMock sends: an error answer
 * or a broken connection in place of the request, or the request's own answer late, cut short or with a
 * forward-compatible surprise.
 */
final class FaultInjection {

    static final String UNKNOWN_FIELD = "sandbox_unknown_field";
    static final String UNKNOWN_VALUE = "sandbox_unknown_value";
    private static final List<String> ENUM_FIELDS =
            List.of("status", "mode", "visit_type", "capture_method", "hsa_fsa_eligibility");

    private FaultInjection() {}

    static ResponseDefinition apply(Faults.Pending fault, Supplier<ResponseDefinition> run) {
        return switch (fault.kind()) {
            case RATE_LIMITED ->
                ResponseDefinitionBuilder.like(JsonResponses.detail(429, "Too Many Requests"))
                        .withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()))
                        .build();
            case SERVER_ERROR -> JsonResponses.detail(500, "Internal Server Error");
            case UNAVAILABLE -> JsonResponses.detail(503, "Service Unavailable");
            case CONNECTION_RESET ->
                ResponseDefinitionBuilder.responseDefinition()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER)
                        .build();
            case EMPTY_RESPONSE ->
                ResponseDefinitionBuilder.responseDefinition()
                        .withFault(Fault.EMPTY_RESPONSE)
                        .build();
            case DELAY ->
                ResponseDefinitionBuilder.like(run.get())
                        .withFixedDelay(fault.delayMillis())
                        .build();
            case TRUNCATED_BODY -> truncated(run.get());
            case UNKNOWN_FIELD, UNKNOWN_ENUM_VALUE, EXPLICIT_NULL -> surprise(fault.kind(), run.get());
        };
    }

    /* Announces the whole body and sends half of it: the client sees the connection end inside the body. */
    private static ResponseDefinition truncated(ResponseDefinition answer) {
        byte[] body = answer.getByteBody() == null ? new byte[0] : answer.getByteBody();
        return ResponseDefinitionBuilder.like(answer)
                .withHeader("Content-Length", String.valueOf(body.length))
                .withBody(Arrays.copyOf(body, body.length / 2))
                .build();
    }

    private static ResponseDefinition surprise(Faults.Kind kind, ResponseDefinition answer) {
        if (answer.getStatus() >= 300 || answer.getByteBody() == null) {
            return answer;
        }
        JsonNode root;
        try {
            root = JsonResponses.MAPPER.readTree(answer.getByteBody());
        } catch (IOException notJson) {
            return answer;
        }
        ObjectNode resource = resourceOf(root);
        if (resource == null) {
            return answer;
        }
        switch (kind) {
            case UNKNOWN_FIELD -> resource.put(UNKNOWN_FIELD, "a field a newer Flex sends");
            case UNKNOWN_ENUM_VALUE -> replaceFirstEnum(resource);
            default -> nullFirstString(resource);
        }
        return ResponseDefinitionBuilder.like(answer).withBody(root.toString()).build();
    }

    /** @return the object of an envelope ({@code {"customer": {...}}}) or the first object of a list envelope */
    private static ObjectNode resourceOf(JsonNode root) {
        if (root == null || !root.isObject() || root.size() == 0) {
            return null;
        }
        JsonNode inside = root.elements().next();
        if (inside.isArray()) {
            inside = inside.size() == 0 ? null : inside.get(0);
        }
        return inside instanceof ObjectNode object ? object : null;
    }

    private static boolean replaceFirstEnum(ObjectNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (ENUM_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                node.put(field.getKey(), UNKNOWN_VALUE);
                return true;
            }
            if (field.getValue() instanceof ObjectNode child && replaceFirstEnum(child)) {
                return true;
            }
        }
        return false;
    }

    private static void nullFirstString(ObjectNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isTextual() && !field.getKey().endsWith("_id")) {
                node.putNull(field.getKey());
                return;
            }
        }
    }
}

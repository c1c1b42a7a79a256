package dev.flexkit.sandbox.fuzz;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import dev.flexkit.sandbox.http.JsonResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every answer must be: never a 5xx; Flex's error envelope for every refusal; a 2xx that keeps to the contract
 * and shows only the key's own objects; a refusal for a request that breaks the contract, and none for breaking it
 * for one that keeps to it.
 */
final class Oracle {

    /** Where a refusal for breaking the contract points ({@code loc[0]}); domain rules point at a field. */
    private static final Set<String> CONTRACT_LOCATIONS = Set.of("body", "query", "path", "header");
    /**
     * The codes of a refusal for the request's shape (FastAPI's and pydantic's); a domain rule refuses with a code
     * named after the rule ({@code invalid_cursor}, {@code price_not_found}, ...), which a valid request may get.
     */
    private static final Set<String> CONTRACT_CODES = Set.of(
            "missing",
            "type_error",
            "enum",
            "less_than_equal",
            "greater_than_equal",
            "string_too_long",
            "string_too_short",
            "too_short",
            "too_long",
            "string_pattern_mismatch",
            "value_error",
            "json_invalid",
            "union_error",
            "content_type",
            "int_parsing",
            "invalid_request_error");

    private static final String IGNORED_HEADER = "X-Flex-Sandbox-Ignored";

    private final IdPool ids;

    Oracle(IdPool ids) {
        this.ids = ids;
    }

    /** A broken promise: its kind, the request and answer that show it, and what was wrong. */
    record Finding(String kind, FuzzRequest request, RawHttp.Response answer, String detail) {}

    List<Finding> check(FuzzRequest request, RawHttp.Response answer) {
        List<Finding> findings = new ArrayList<>();
        int status = answer.status();
        boolean success = status >= 200 && status < 300;
        JsonNode json = json(answer);
        if (status >= 500) {
            findings.add(new Finding("5xx", request, answer, "status " + status));
        }
        if (!success && !request.method().equals("HEAD") && !isEnvelope(answer, json)) {
            findings.add(new Finding(
                    "not-flex-envelope", request, answer, "a " + status + " that is not Flex's JSON error envelope"));
        }
        switch (request.intent()) {
            case BREAKS_CONTRACT -> {
                if (status < 400 || status >= 500) {
                    findings.add(new Finding(
                            "invalid-accepted",
                            request,
                            answer,
                            "a request that breaks the contract answered " + status));
                }
            }
            case UNAUTHENTICATED -> {
                if (status != 401) {
                    findings.add(new Finding(
                            "unauthenticated-not-401", request, answer, "answered " + status + " instead of 401"));
                }
            }
            case VALID, VALID_WITH_UNKNOWN_FIELDS -> {
                String refusal = contractRefusal(status, json);
                if (refusal != null) {
                    findings.add(new Finding(
                            request.intent() == Intent.VALID ? "valid-refused" : "unknown-field-refused",
                            request,
                            answer,
                            refusal));
                }
                String ignored = answer.header(IGNORED_HEADER);
                if (request.intent() == Intent.VALID_WITH_UNKNOWN_FIELDS
                        && success
                        && (ignored == null || !ignored.contains(Mutations.UNKNOWN))) {
                    findings.add(
                            new Finding("unknown-field-not-named", request, answer, IGNORED_HEADER + ": " + ignored));
                }
            }
            case HOSTILE -> {}
        }
        if (success && json != null && request.key() != null) {
            List<String> leaks = ids.leaks(request.key(), json);
            if (!leaks.isEmpty()) {
                findings.add(new Finding("isolation-leak", request, answer, "shows ids of another key: " + leaks));
            }
        }
        if (success && isTheOperation(request)) {
            for (ContractViolation violation : contractViolations(request, answer)) {
                findings.add(new Finding("2xx-breaks-contract", request, answer, violation.describe()));
            }
        }
        return findings;
    }

    private static boolean isTheOperation(FuzzRequest request) {
        return request.operation() != null
                && request.method().equals(request.operation().method())
                && !request.label().startsWith("path:")
                && !request.label().startsWith("admin:");
    }

    private static List<ContractViolation> contractViolations(FuzzRequest request, RawHttp.Response answer) {
        String target = request.target();
        int question = target.indexOf('?');
        SimpleRequest checked = new SimpleRequest.Builder(
                        request.method(), question < 0 ? target : target.substring(0, question))
                .build();
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status());
        answer.headers().forEach(response::withHeader);
        if (answer.body().length > 0) {
            response.withBody(answer.body());
        }
        return request.operation().contract().checkResponse(checked, response.build());
    }

    /** @return why the answer is a refusal for breaking the contract, or null when it is none */
    private static String contractRefusal(int status, JsonNode json) {
        if ((status != 422 && status != 400)
                || json == null
                || !json.path("detail").isArray()) {
            return null;
        }
        for (JsonNode detail : json.get("detail")) {
            if (CONTRACT_LOCATIONS.contains(detail.path("loc").path(0).asText())
                    && CONTRACT_CODES.contains(detail.path("type").asText())) {
                return "refused for the contract: " + detail;
            }
        }
        return null;
    }

    private static boolean isEnvelope(RawHttp.Response answer, JsonNode json) {
        String type = answer.header("Content-Type");
        if (json == null
                || type == null
                || !type.startsWith("application/json")
                || !json.isObject()
                || json.size() != 1) {
            return false;
        }
        JsonNode detail = json.get("detail");
        if (detail == null) {
            return false;
        }
        if (detail.isTextual()) {
            return true;
        }
        if (!detail.isArray() || detail.isEmpty()) {
            return false;
        }
        for (JsonNode item : detail) {
            if (!item.path("loc").isArray()
                    || !item.path("msg").isTextual()
                    || !item.path("type").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode json(RawHttp.Response answer) {
        if (answer.body().length == 0) {
            return null;
        }
        try {
            return JsonResponses.MAPPER.readTree(answer.body());
        } catch (IOException notJson) {
            return null;
        }
    }

    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JsonResponses.MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}

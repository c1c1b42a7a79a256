package dev.flexkit.sandbox.http;

import dev.flexkit.contract.ContractViolation;
import dev.flexkit.sandbox.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what the contract validator found in a request into Flex's error details, in the shape FastAPI gives
 * them: {@code loc} starts with where the problem is ({@code body}, {@code query}, {@code path},
 * {@code header}) and {@code type} is a short code. Everything is read from the finding's structure (its key,
 * its pointer, the properties the contract names), never from the wording of the validator's message.
 */
final class ContractProblems {

    // The validator's message keys, by their last segment, and the codes FastAPI/pydantic use for the same failure.
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("required", "missing"),
            Map.entry("missing", "missing"),
            Map.entry("type", "type_error"),
            Map.entry("enum", "enum"),
            Map.entry("maximum", "less_than_equal"),
            Map.entry("minimum", "greater_than_equal"),
            Map.entry("maxLength", "string_too_long"),
            Map.entry("minLength", "string_too_short"),
            Map.entry("minItems", "too_short"),
            Map.entry("maxItems", "too_long"),
            Map.entry("pattern", "string_pattern_mismatch"),
            Map.entry("format", "value_error"),
            // An integer beyond the width the contract gives it (int64 amounts); pydantic's nearest type.
            Map.entry("int32", "int_parsing_size"),
            Map.entry("int64", "int_parsing_size"),
            Map.entry("invalidJson", "json_invalid"),
            Map.entry("oneOf", "union_error"),
            Map.entry("notAllowed", "content_type"));

    /** pydantic's message for a required field that is absent. */
    static final String FIELD_REQUIRED = "Field required";

    private ContractProblems() {}

    static List<Problem> of(List<ContractViolation> violations) {
        List<Problem> problems = new ArrayList<>();
        for (ContractViolation violation : violations) {
            String type = type(violation.key());
            if (violation.key().equals(ContractViolation.MISSING_PROPERTIES)
                    && !violation.properties().isEmpty()) {
                // FastAPI names each missing field in a detail of its own.
                for (String property : violation.properties()) {
                    List<Object> loc = bodyLoc(violation);
                    loc.add(property);
                    problems.add(new Problem(loc, FIELD_REQUIRED, type));
                }
            } else {
                problems.add(new Problem(loc(violation), violation.message(), type));
            }
        }
        return problems;
    }

    private static List<Object> loc(ContractViolation violation) {
        String field = violation.field();
        if (field.startsWith("/") || field.isEmpty() && violation.key().contains(".body")) {
            return bodyLoc(violation);
        }
        List<Object> loc = new ArrayList<>();
        if (field.contains(" parameter ")) {
            // ContractViolation's form for a parameter: "<in> parameter <name>"
            loc.add(field.substring(0, field.indexOf(' ')));
            loc.add(field.substring(field.lastIndexOf(' ') + 1));
        } else if (violation.key().contains("contentType")) {
            loc.add("header");
            loc.add("Content-Type");
        } else {
            loc.add("request");
        }
        return loc;
    }

    private static List<Object> bodyLoc(ContractViolation violation) {
        List<Object> loc = new ArrayList<>();
        loc.add("body");
        loc.addAll(violation.location());
        return loc;
    }

    private static String type(String key) {
        return TYPES.getOrDefault(key.substring(key.lastIndexOf('.') + 1), "invalid_request_error");
    }
}

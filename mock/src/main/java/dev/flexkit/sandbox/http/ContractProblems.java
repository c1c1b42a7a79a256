package dev.flexkit.sandbox.http;

import dev.flexkit.contract.ContractViolation;
import dev.flexkit.sandbox.domain.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the contract validator found in a request into Flex's error details, in the shape FastAPI gives
 * them: {@code loc} starts with where the problem is ({@code body}, {@code query}, {@code path},
 * {@code header}) and {@code type} is a short code.
 */
final class ContractProblems {

    private static final Pattern MISSING = Pattern.compile("missing required properties \\(\\[\"([^\"]+)\"");

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
            Map.entry("invalidJson", "json_invalid"),
            Map.entry("oneOf", "union_error"),
            Map.entry("notAllowed", "content_type"));

    private ContractProblems() {
    }

    static List<Problem> of(List<ContractViolation> violations) {
        List<Problem> problems = new ArrayList<>();
        for (ContractViolation violation : violations) {
            problems.add(new Problem(loc(violation), violation.message(), type(violation.key())));
        }
        return problems;
    }

    private static List<Object> loc(ContractViolation violation) {
        List<Object> loc = new ArrayList<>();
        String field = violation.field();
        if (field.startsWith("/") || field.isEmpty() && violation.key().contains(".body")) {
            loc.add("body");
            for (String segment : field.split("/")) {
                if (!segment.isEmpty()) {
                    loc.add(segment.chars().allMatch(Character::isDigit) ? Integer.parseInt(segment) : unescape(segment));
                }
            }
            Matcher missing = MISSING.matcher(violation.message());
            if (missing.find()) {
                loc.add(missing.group(1));
            }
        } else if (field.contains(" parameter ")) {
            loc.add(field.substring(0, field.indexOf(' ')));
            loc.add(field.substring(field.lastIndexOf(' ') + 1));
        } else {
            loc.add(violation.key().contains("contentType") ? "header" : "request");
            if (violation.key().contains("contentType")) {
                loc.add("Content-Type");
            }
        }
        return loc;
    }

    private static String type(String key) {
        return TYPES.getOrDefault(key.substring(key.lastIndexOf('.') + 1), "invalid_request_error");
    }

    private static String unescape(String pointerSegment) {
        return pointerSegment.replace("~1", "/").replace("~0", "~");
    }
}

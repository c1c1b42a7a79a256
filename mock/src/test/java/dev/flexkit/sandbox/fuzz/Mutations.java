package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import dev.flexkit.sandbox.http.JsonResponses;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Requests that break the contract, each in one place and by one keyword: the body's type, enum, required,
 * minimum/maximum, format, minLength/maxLength, pattern, minItems/maxItems, nullable and additionalProperties,
 * the query parameters' the same way, and malformed JSON. Unknown fields and parameters are the exception: Flex
 * ignores them, so they make a {@link Intent#VALID_WITH_UNKNOWN_FIELDS} request.
 */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String UNKNOWN = "fuzz_unknown_field";

    private Mutations() {}

    /** @return every mutation of {@code valid} this fuzzer knows, at least one, each made only when drawn */
    static List<Supplier<FuzzRequest>> of(FuzzRequest valid) {
        List<Supplier<FuzzRequest>> mutations = new ArrayList<>();
        ContractOperation operation = valid.operation();
        query(valid, operation, mutations);
        if (operation.bodySchema() != null && valid.body() != null) {
            JsonNode body = parse(valid.body());
            body(valid, body, operation.bodySchema(), new ArrayList<>(), body, mutations);
            malformed(valid, body, operation.bodyRequired(), mutations);
        }
        if (operation.bodyRequired()) {
            mutations.add(() -> valid.withBody(null, Intent.BREAKS_CONTRACT, "body:missing")
                    .withHeader("Content-Type", "", null, Intent.BREAKS_CONTRACT, "body:missing"));
        }
        if (mutations.isEmpty()) {
            mutations.add(() -> valid.withTarget(
                    valid.target() + (valid.target().contains("?") ? "&" : "?") + UNKNOWN + "=1",
                    Intent.VALID_WITH_UNKNOWN_FIELDS,
                    "query:unknown"));
        }
        return mutations;
    }

    private static void query(FuzzRequest valid, ContractOperation operation, List<Supplier<FuzzRequest>> mutations) {
        String separator = valid.target().contains("?") ? "&" : "?";
        mutations.add(() -> valid.withTarget(
                valid.target() + separator + UNKNOWN + "=1", Intent.VALID_WITH_UNKNOWN_FIELDS, "query:unknown"));
        for (Parameter parameter : operation.queryParameters()) {
            Schema<?> schema = parameter.getSchema();
            String name = parameter.getName();
            List<String[]> broken = new ArrayList<>();
            switch (Schemas.type(schema)) {
                case "integer" -> {
                    broken.add(new String[] {"type", "abc"});
                    broken.add(new String[] {"type", "1.5"});
                    broken.add(new String[] {"type", "5%20"});
                    broken.add(new String[] {"type", "%201"});
                    BigInteger[] bounds = Schemas.integerBounds(schema);
                    if (schema.getMinimum() != null) {
                        broken.add(new String[] {
                            "minimum", bounds[0].subtract(BigInteger.ONE).toString()
                        });
                    }
                    if (schema.getMaximum() != null) {
                        broken.add(new String[] {
                            "maximum", bounds[1].add(BigInteger.ONE).toString()
                        });
                    }
                    broken.add(new String[] {
                        "format", "int32".equals(schema.getFormat()) ? "2147483648" : "9223372036854775808"
                    });
                }
                case "boolean" -> broken.add(new String[] {"type", "yes"});
                default -> {
                    if (schema.getEnum() != null) {
                        broken.add(new String[] {"enum", "not_a_value"});
                    }
                    if ("date-time".equals(schema.getFormat())) {
                        broken.add(new String[] {"format", "2026-13-45T99:00:00Z"});
                    }
                }
            }
            for (String[] value : broken) {
                mutations.add(() -> valid.withTarget(
                        withoutParameter(valid.target(), name) + separatorOf(withoutParameter(valid.target(), name))
                                + name + "=" + value[1],
                        Intent.BREAKS_CONTRACT,
                        "query:" + value[0] + ":" + name));
            }
        }
    }

    private static String separatorOf(String target) {
        return target.contains("?") ? "&" : "?";
    }

    private static String withoutParameter(String target, String name) {
        int question = target.indexOf('?');
        if (question < 0) {
            return target;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : target.substring(question + 1).split("&")) {
            if (!pair.equals(name) && !pair.startsWith(name + "=")) {
                kept.add(pair);
            }
        }
        return target.substring(0, question) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    @SuppressWarnings("unchecked")
    private static void body(
            FuzzRequest valid,
            JsonNode root,
            Schema<?> schema,
            List<Object> path,
            JsonNode node,
            List<Supplier<FuzzRequest>> mutations) {
        String at = "/" + String.join("/", path.stream().map(String::valueOf).toList());
        if (node.isNull()) {
            return;
        }
        String type = Schemas.type(schema);
        boolean union = schema.getOneOf() != null && !schema.getOneOf().isEmpty();
        if (!union && !type.equals("any")) {
            add(valid, root, path, wrongType(type), "type", at, mutations);
        }
        if (!Boolean.TRUE.equals(schema.getNullable()) && !path.isEmpty()) {
            add(valid, root, path, JSON.nullNode(), "nullable", at, mutations);
        }
        if (schema.getEnum() != null && node.isTextual()) {
            add(valid, root, path, JSON.textNode("not_" + node.textValue()), "enum", at, mutations);
        }
        if (node.isTextual()) {
            String text = node.textValue();
            if (schema.getMinLength() != null && schema.getMinLength() > 0) {
                add(
                        valid,
                        root,
                        path,
                        JSON.textNode(text.substring(0, Math.min(text.length(), schema.getMinLength() - 1))),
                        "minLength",
                        at,
                        mutations);
            }
            if (schema.getMaxLength() != null) {
                add(
                        valid,
                        root,
                        path,
                        JSON.textNode("x".repeat(schema.getMaxLength() + 1)),
                        "maxLength",
                        at,
                        mutations);
            }
            if (schema.getPattern() != null) {
                add(valid, root, path, JSON.textNode("!" + text), "pattern", at, mutations);
            }
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            switch (format) {
                case "date-time" ->
                    add(valid, root, path, JSON.textNode("2026-02-30T25:61:00Z"), "format", at, mutations);
                case "date" -> add(valid, root, path, JSON.textNode("2026-02-30"), "format", at, mutations);
                case "email" -> add(valid, root, path, JSON.textNode("not-an-email"), "format", at, mutations);
                default -> {}
            }
        }
        if (node.isIntegralNumber()) {
            BigInteger[] bounds = Schemas.integerBounds(schema);
            if (schema.getMinimum() != null) {
                add(valid, root, path, JSON.numberNode(bounds[0].subtract(BigInteger.ONE)), "minimum", at, mutations);
            }
            if (schema.getMaximum() != null) {
                add(valid, root, path, JSON.numberNode(bounds[1].add(BigInteger.ONE)), "maximum", at, mutations);
            }
            if (schema.getMaximum() == null && schema.getFormat() != null) {
                add(valid, root, path, JSON.numberNode(bounds[1].add(BigInteger.ONE)), "format", at, mutations);
            }
            add(valid, root, path, JSON.numberNode(1.5), "type", at, mutations);
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            if (schema.getMinItems() != null && schema.getMinItems() > 0) {
                ArrayNode shorter = array.deepCopy();
                while (shorter.size() >= schema.getMinItems()) {
                    shorter.remove(shorter.size() - 1);
                }
                add(valid, root, path, shorter, "minItems", at, mutations);
            }
            if (schema.getMaxItems() != null && !array.isEmpty()) {
                ArrayNode longer = array.deepCopy();
                while (longer.size() <= schema.getMaxItems()) {
                    longer.add(array.get(0));
                }
                add(valid, root, path, longer, "maxItems", at, mutations);
            }
            if (!array.isEmpty() && schema.getItems() != null) {
                path.add(0);
                body(valid, root, schema.getItems(), path, array.get(0), mutations);
                path.remove(path.size() - 1);
            }
        }
        if (node.isObject() && !union) {
            Map<String, Schema<?>> properties = schema.getProperties() == null
                    ? Map.of()
                    : (Map<String, Schema<?>>) (Map<?, ?>) schema.getProperties();
            if (schema.getRequired() != null) {
                for (String required : schema.getRequired()) {
                    if (node.has(required)) {
                        ObjectNode without = ((ObjectNode) node).deepCopy();
                        without.remove(required);
                        add(valid, root, path, without, "required", at + "/" + required, mutations);
                    }
                }
            }
            if (!properties.isEmpty()) {
                ObjectNode extra = ((ObjectNode) node).deepCopy();
                extra.put(UNKNOWN, 1);
                boolean closed = Boolean.FALSE.equals(schema.getAdditionalProperties());
                List<Object> where = List.copyOf(path);
                mutations.add(() -> replaced(
                        valid,
                        root,
                        where,
                        extra,
                        closed ? Intent.BREAKS_CONTRACT : Intent.VALID_WITH_UNKNOWN_FIELDS,
                        "body:" + (closed ? "additionalProperties" : "unknown") + ":" + at));
            }
            properties.forEach((name, property) -> {
                if (node.has(name)) {
                    path.add(name);
                    body(valid, root, property, path, node.get(name), mutations);
                    path.remove(path.size() - 1);
                }
            });
        }
    }

    private static JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> JSON.numberNode(7);
            case "integer", "number" -> JSON.textNode("7");
            case "boolean" -> JSON.textNode("true");
            case "array" -> JSON.objectNode();
            case "object" -> JSON.arrayNode().add(1);
            default -> JSON.arrayNode();
        };
    }

    private static void add(
            FuzzRequest valid,
            JsonNode root,
            List<Object> path,
            JsonNode value,
            String keyword,
            String at,
            List<Supplier<FuzzRequest>> mutations) {
        List<Object> where = List.copyOf(path);
        mutations.add(() -> replaced(valid, root, where, value, Intent.BREAKS_CONTRACT, "body:" + keyword + ":" + at));
    }

    private static FuzzRequest replaced(
            FuzzRequest valid, JsonNode root, List<Object> path, JsonNode value, Intent intent, String label) {
        JsonNode copy;
        if (path.isEmpty()) {
            copy = value;
        } else {
            copy = root.deepCopy();
            JsonNode parent = copy;
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, value);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
        }
        return valid.withBody(ValidRequests.bytes(copy), intent, label);
    }

    // Bodies that are not the JSON document the contract describes, or not JSON at all.
    private static void malformed(
            FuzzRequest valid, JsonNode body, boolean required, List<Supplier<FuzzRequest>> mutations) {
        String json = new String(valid.body(), StandardCharsets.UTF_8);
        List<String[]> bodies = new ArrayList<>(List.of(
                new String[] {"truncated", json.substring(0, json.length() / 2)},
                new String[] {"trailing-junk", json + "garbage"},
                new String[] {"two-documents", json + json},
                new String[] {"null", "null"},
                new String[] {"single-quotes", json.replace('"', '\'')},
                new String[] {"comment", "/* c */" + json},
                new String[] {"deep-nesting", "[".repeat(5000) + "]".repeat(5000)}));
        if (required) {
            bodies.add(new String[] {"empty", ""});
        }
        // A string with a lone UTF-16 surrogate, a number JSON has no spelling for, one no integer type holds.
        withFirst(body, JsonNode::isTextual, "\"\\ud800x\"")
                .ifPresent(text -> bodies.add(new String[] {"lone-surrogate", text}));
        withFirst(body, JsonNode::isNumber, "NaN").ifPresent(text -> bodies.add(new String[] {"nan", text}));
        withFirst(body, JsonNode::isNumber, "1e999999")
                .ifPresent(text -> bodies.add(new String[] {"huge-number", text}));
        for (String[] malformed : bodies) {
            if (!malformed[1].equals(json)) {
                mutations.add(() -> valid.withBody(
                        malformed[1].getBytes(StandardCharsets.UTF_8), Intent.BREAKS_CONTRACT, "json:" + malformed[0]));
            }
        }
        mutations.add(() -> valid.withBody(
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                Intent.BREAKS_CONTRACT,
                "json:invalid-utf8"));
        mutations.add(() -> valid.withHeader(
                "Content-Type", "Content-Type", "text/plain", Intent.BREAKS_CONTRACT, "header:content-type-text"));
        mutations.add(() -> valid.withHeader(
                "Content-Type",
                "Content-Type",
                "application/json; charset=utf-8",
                Intent.VALID,
                "header:content-type-charset"));
    }

    /** @return the body with its first node of a kind written as {@code raw}, when it has one */
    private static Optional<String> withFirst(JsonNode body, Predicate<JsonNode> kind, String raw) {
        JsonNode copy = body.deepCopy();
        String marker = "FUZZ_MARKER_7f3a";
        if (!replaceFirst(copy, kind, JSON.textNode(marker))) {
            return Optional.empty();
        }
        return Optional.of(
                new String(ValidRequests.bytes(copy), StandardCharsets.UTF_8).replace("\"" + marker + "\"", raw));
    }

    private static boolean replaceFirst(JsonNode node, Predicate<JsonNode> kind, JsonNode value) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (kind.test(field.getValue())) {
                    object.set(field.getKey(), value);
                    return true;
                }
                if (replaceFirst(field.getValue(), kind, value)) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (kind.test(array.get(i))) {
                    array.set(i, value);
                    return true;
                }
                if (replaceFirst(array.get(i), kind, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JsonResponses.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

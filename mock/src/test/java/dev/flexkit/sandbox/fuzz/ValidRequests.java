package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import dev.flexkit.sandbox.http.JsonResponses;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Requests that keep to the contract: path ids, query parameters and bodies from the schemas and the examples. */
final class ValidRequests {

    private final SchemaValues values;
    private final IdPool ids;
    private final Supplier<String> currentKey;

    ValidRequests(SchemaValues values, IdPool ids, Supplier<String> currentKey) {
        this.values = values;
        this.ids = ids;
        this.currentKey = currentKey;
    }

    Arbitrary<FuzzRequest> of(ContractOperation operation) {
        Arbitrary<String> path = path(operation);
        Arbitrary<String> query = query(operation);
        Arbitrary<Optional<JsonNode>> body = body(operation);
        return Combinators.combine(path, query, body)
                .as((p, q, b) -> FuzzRequest.of(
                        operation.method(),
                        p + (q.isEmpty() ? "" : "?" + q),
                        currentKey.get(),
                        b.map(ValidRequests::bytes).orElse(null),
                        operation,
                        Intent.VALID,
                        "valid"));
    }

    static byte[] bytes(JsonNode json) {
        try {
            return JsonResponses.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Arbitrary<String> path(ContractOperation operation) {
        List<Parameter> parameters = operation.pathParameters();
        if (parameters.isEmpty()) {
            return Arbitraries.just(operation.pathTemplate());
        }
        List<Arbitrary<String>> segments = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String prefix = operation.idPrefixOf(parameter.getName());
            segments.add(
                    prefix == null
                            ? Arbitraries.strings()
                                    .alpha()
                                    .numeric()
                                    .ofMinLength(1)
                                    .ofMaxLength(12)
                            : values.id(prefix));
        }
        return Combinators.combine(segments).as(chosen -> {
            String path = operation.pathTemplate();
            for (int i = 0; i < parameters.size(); i++) {
                path = path.replace("{" + parameters.get(i).getName() + "}", encode(chosen.get(i)));
            }
            return path;
        });
    }

    private Arbitrary<String> query(ContractOperation operation) {
        List<Arbitrary<Optional<String>>> pairs = new ArrayList<>();
        for (Parameter parameter : operation.queryParameters()) {
            pairs.add(queryValue(operation, parameter)
                    .map(v -> encode(parameter.getName()) + "=" + encode(v))
                    .optional(0.3));
        }
        if (pairs.isEmpty()) {
            return Arbitraries.just("");
        }
        return Combinators.combine(pairs)
                .as(chosen -> String.join(
                        "&", chosen.stream().flatMap(Optional::stream).toList()));
    }

    /** A value of a query parameter that keeps to its schema; cursors are ids of the listed collection. */
    Arbitrary<String> queryValue(ContractOperation operation, Parameter parameter) {
        String name = parameter.getName();
        if (name.equals("starting_after") || name.equals("ending_before")) {
            String[] segments = operation.pathTemplate().split("/");
            String prefix = IdPool.prefixOfCollection(segments[segments.length - 1]);
            if (prefix != null) {
                return values.id(prefix);
            }
        }
        Schema<?> schema = parameter.getSchema();
        // A query has no null: a nullable enum's null is the parameter left out.
        return values.of(name, schema)
                .filter(json -> !json.isNull())
                .map(json -> json.isTextual() ? json.textValue() : json.toString());
    }

    private Arbitrary<Optional<JsonNode>> body(ContractOperation operation) {
        if (operation.bodySchema() == null) {
            return Arbitraries.just(Optional.empty());
        }
        Arbitrary<JsonNode> generated = values.of("body", operation.bodySchema());
        if (operation.bodyExamples().isEmpty()) {
            return generated.map(Optional::of);
        }
        Arbitrary<JsonNode> examples = Combinators.combine(
                        Arbitraries.of(operation.bodyExamples()), Arbitraries.longs())
                .as((example, salt) -> withOwnIds(example, new Random(salt)));
        return Arbitraries.frequencyOf(Tuple.of(3, examples), Tuple.of(7, generated))
                .map(Optional::of);
    }

    // The contract's examples name ids of Flex's docs; the current key's own ids (mostly) take their place.
    private JsonNode withOwnIds(JsonNode example, Random random) {
        if (example.isTextual() && IdPool.ID.matcher(example.textValue()).matches()) {
            String prefix = example.textValue().substring(0, example.textValue().indexOf('_') + 1);
            return TextNode.valueOf(ids.pick(
                    currentKey.get(),
                    prefix,
                    random.nextInt(100),
                    random.nextInt(10_000),
                    "Ex" + random.nextInt(1000)));
        }
        if (example.isObject()) {
            ObjectNode copy = JsonResponses.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> field : example.properties()) {
                copy.set(field.getKey(), withOwnIds(field.getValue(), random));
            }
            return copy;
        }
        if (example.isArray()) {
            var copy = JsonResponses.MAPPER.createArrayNode();
            example.forEach(item -> copy.add(withOwnIds(item, random)));
            return copy;
        }
        return example;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

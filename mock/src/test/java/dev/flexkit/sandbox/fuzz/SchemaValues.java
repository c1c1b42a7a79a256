package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flexkit.sandbox.http.JsonResponses;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of JSON values that keep to a schema of the contract: every keyword the contract uses (type,
 * enum, format, pattern, minimum/maximum, minLength/maxLength, minItems/maxItems, required, oneOf, nullable,
 * additionalProperties). Fields that name an object take ids from the {@link IdPool} of the current key.
 */
final class SchemaValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;
    private static final Pattern DIGITS = Pattern.compile("^\\^\\[0-9]\\{(\\d+)}\\$$");

    private final IdPool ids;
    private final Supplier<String> currentKey;

    SchemaValues(IdPool ids, Supplier<String> currentKey) {
        this.ids = ids;
        this.currentKey = currentKey;
    }

    Arbitrary<JsonNode> of(String name, Schema<?> schema) {
        return of(name, schema, 0);
    }

    /** An id of the current key (mostly), of another key, or of nobody. */
    Arbitrary<String> id(String prefix) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.integers().between(0, 10_000).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.strings().alpha().numeric().ofMinLength(4).ofMaxLength(12))
                .as((roll, index, suffix) -> ids.pick(currentKey.get(), prefix, roll, index, suffix));
    }

    private Arbitrary<JsonNode> of(String name, Schema<?> schema, int depth) {
        Arbitrary<JsonNode> value = nonNull(name, schema, depth);
        return Boolean.TRUE.equals(schema.getNullable())
                ? value.injectNull(0.05).map(v -> v == null ? JSON.nullNode() : v)
                : value;
    }

    private Arbitrary<JsonNode> nonNull(String name, Schema<?> schema, int depth) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            List<Arbitrary<JsonNode>> alternatives = new ArrayList<>();
            for (Schema<?> alternative : schema.getOneOf()) {
                alternatives.add(of(name, alternative, depth + 1));
            }
            return Arbitraries.oneOf(alternatives);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<JsonNode> values = schema.getEnum().stream()
                    .<JsonNode>map(v -> JsonResponses.MAPPER.valueToTree(v))
                    .toList();
            return Arbitraries.of(values);
        }
        String type = Schemas.type(schema);
        return switch (type) {
            case "string" -> string(name, schema);
            case "integer" -> integer(schema);
            case "number" ->
                Arbitraries.doubles()
                        .between(minimum(schema, -1_000_000), maximum(schema, 1_000_000))
                        .ofScale(2)
                        .map(d -> (JsonNode) JSON.numberNode(d));
            case "boolean" -> Arbitraries.of(true, false).map(b -> (JsonNode) JSON.booleanNode(b));
            case "array" -> array(name, schema, depth);
            case "object" -> object(schema, depth);
            default -> Arbitraries.just(JSON.textNode("x"));
        };
    }

    private Arbitrary<JsonNode> string(String name, Schema<?> schema) {
        String prefix = Schemas.idPrefix(name, schema);
        if (prefix != null) {
            return id(prefix).map(JSON::textNode);
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        Arbitrary<String> text = switch (format) {
            case "date-time" ->
                Combinators.combine(
                                date(),
                                Arbitraries.integers().between(0, 23),
                                Arbitraries.integers().between(0, 59),
                                Arbitraries.integers().between(0, 999))
                        .as((day, hour, minute, millis) ->
                                "%sT%02d:%02d:00.%03dZ".formatted(day, hour, minute, millis));
            case "date" -> date();
            case "email" ->
                Combinators.combine(
                                Arbitraries.strings()
                                        .alpha()
                                        .numeric()
                                        .withChars("._+-")
                                        .ofMinLength(1)
                                        .ofMaxLength(16)
                                        .filter(local -> Character.isLetterOrDigit(local.charAt(0))
                                                && Character.isLetterOrDigit(local.charAt(local.length() - 1))
                                                && !local.contains("..")),
                                Arbitraries.strings()
                                        .alpha()
                                        .numeric()
                                        .ofMinLength(1)
                                        .ofMaxLength(12))
                        .as((local, domain) -> local + "@" + domain + ".example.com");
            default -> schema.getPattern() != null ? patterned(schema) : plain(schema);
        };
        return text.map(JSON::textNode);
    }

    private static Arbitrary<String> date() {
        return Combinators.combine(
                        Arbitraries.integers().between(2024, 2028),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> "%04d-%02d-%02d".formatted(y, m, d));
    }

    // The patterns of the contract: an id prefix (handled by the caller), or a fixed number of digits.
    private static Arbitrary<String> patterned(Schema<?> schema) {
        Matcher digits = DIGITS.matcher(schema.getPattern());
        if (digits.matches()) {
            return Arbitraries.strings().numeric().ofLength(Integer.parseInt(digits.group(1)));
        }
        if (schema.getExample() != null) {
            return Arbitraries.just(schema.getExample().toString());
        }
        throw new IllegalStateException("The fuzzer cannot make a string for pattern " + schema.getPattern()
                + ": teach SchemaValues this pattern or give the schema an example");
    }

    private static Arbitrary<String> plain(Schema<?> schema) {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Math.max(min, 24) : schema.getMaxLength();
        // Mostly letters and digits; sometimes any valid Unicode, astral characters (surrogate pairs) included.
        Arbitrary<String> ascii = Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" -.'")
                .ofMinLength(min)
                .ofMaxLength(max);
        Arbitrary<String> unicode = Arbitraries.strings()
                .withCharRange(' ', '\ud7ff')
                .withChars("é漢😀\u0000\t\"\\/")
                .ofMinLength(min)
                .ofMaxLength(max)
                .filter(s -> s.codePointCount(0, s.length()) >= min);
        return Arbitraries.frequencyOf(Tuple.of(8, ascii), Tuple.of(2, unicode));
    }

    private static Arbitrary<JsonNode> integer(Schema<?> schema) {
        BigInteger[] bounds = Schemas.integerBounds(schema);
        BigInteger min = bounds[0];
        BigInteger max = bounds[1];
        // Small values mostly (amounts, quantities), the whole range sometimes, and the bounds themselves.
        BigInteger smallMax = max.min(min.max(BigInteger.valueOf(-10)).add(BigInteger.valueOf(20_000)));
        Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(min, smallMax);
        Arbitrary<BigInteger> any = Arbitraries.bigIntegers().between(min, max);
        return Arbitraries.frequencyOf(Tuple.of(8, small), Tuple.of(1, any), Tuple.of(1, Arbitraries.of(min, max)))
                .map(value -> (JsonNode) JSON.numberNode(value));
    }

    private static double minimum(Schema<?> schema, double otherwise) {
        return schema.getMinimum() == null ? otherwise : schema.getMinimum().doubleValue();
    }

    private static double maximum(Schema<?> schema, double otherwise) {
        return schema.getMaximum() == null ? otherwise : schema.getMaximum().doubleValue();
    }

    private Arbitrary<JsonNode> array(String name, Schema<?> schema, int depth) {
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Math.max(min, 3) : Math.min(schema.getMaxItems(), Math.max(min, 3));
        Schema<?> items = schema.getItems() == null ? new Schema<>().type("string") : schema.getItems();
        return of(name, items, depth + 1)
                .list()
                .ofMinSize(min)
                .ofMaxSize(depth >= MAX_DEPTH ? min : max)
                .map(values -> {
                    var array = JSON.arrayNode();
                    values.forEach(array::add);
                    return (JsonNode) array;
                });
    }

    @SuppressWarnings("unchecked")
    private Arbitrary<JsonNode> object(Schema<?> schema, int depth) {
        Map<String, Schema<?>> properties =
                schema.getProperties() == null ? Map.of() : (Map<String, Schema<?>>) (Map<?, ?>) schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<String> names = new ArrayList<>();
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        properties.forEach((name, property) -> {
            Arbitrary<JsonNode> value = of(name, property, depth + 1);
            if (required.contains(name)) {
                names.add(name);
                values.add(value.map(Optional::of));
            } else if (depth < MAX_DEPTH) {
                names.add(name);
                values.add(value.optional(0.4));
            }
        });
        if (schema.getAdditionalProperties() instanceof Schema<?> mapValues && properties.isEmpty()) {
            return Arbitraries.maps(
                            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                            of("value", mapValues, depth + 1))
                    .ofMaxSize(depth >= MAX_DEPTH ? 0 : 3)
                    .map(map -> {
                        ObjectNode object = JSON.objectNode();
                        map.forEach(object::set);
                        return (JsonNode) object;
                    });
        }
        if (values.isEmpty()) {
            return Arbitraries.just(JSON.objectNode());
        }
        return Combinators.combine(values).as(present -> {
            ObjectNode object = JSON.objectNode();
            for (int i = 0; i < present.size(); i++) {
                String name = names.get(i);
                present.get(i).ifPresent(v -> object.set(name, v));
            }
            return (JsonNode) object;
        });
    }
}

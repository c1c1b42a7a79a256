package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The quick check may only ever spare the Atlassian validator a value it has nothing to say about: for every
 * request body, documented response body and parameter of both contracts, and values made from their examples by the mutations that break
 * (or keep) a contract in the ways that matter to the two validators' differences (a line break after an id,
 * astral characters at a length bound, integers at int32 and int64's edges, 1.0 for an integer, date-times with
 * 13 fraction digits, nulls for nullable fields, unknown and missing properties), the prechecked validator's
 * report is exactly the plain Atlassian validator's, message for message.
 */
class QuickCheckSoundnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A schema the contract checks values against, and values it documents. */
    private record Target(
            String name,
            Schema<?> schema,
            String keyPrefix,
            List<JsonNode> examples,
            SchemaValidator plain,
            PrecheckedSchemaValidator prechecked) {
        @Override
        public String toString() {
            return name;
        }
    }

    private record Pair(SchemaValidator plain, PrecheckedSchemaValidator prechecked) {}

    private static final List<Target> BODIES = new ArrayList<>();
    private static final List<Target> PARAMETERS = new ArrayList<>();

    static {
        for (String file : List.of(FlexContract.FLEX_API, FlexContract.SANDBOX_CONTROL)) {
            OpenAPI api = ContractValidator.parse(FlexContract.read(file));
            MessageResolver messages =
                    new MessageResolver(LevelResolver.create().build());
            Pair pair = new Pair(new SchemaValidator(api, messages), new PrecheckedSchemaValidator(api, messages));
            Operations.each(api, (method, path, operation) -> {
                String name = file + " " + operation.getOperationId();
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    MediaType json = operation.getRequestBody().getContent().get("application/json");
                    if (json != null) {
                        List<JsonNode> examples = new ArrayList<>();
                        ContractExamplesTest.examples(
                                        api, operation.getRequestBody().getContent())
                                .values()
                                .forEach(body -> examples.add(read(body)));
                        SeedPages.all().stream()
                                .filter(page -> (operation.getOperationId() + " request").equals(page.what()))
                                .forEach(page -> examples.add(read(page.json())));
                        BODIES.add(new Target(
                                name + " body",
                                json.getSchema(),
                                "request.body",
                                examples,
                                pair.plain(),
                                pair.prechecked()));
                    }
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().forEach((status, response) -> {
                        MediaType json = response.getContent() == null
                                ? null
                                : response.getContent().get("application/json");
                        if (json != null && json.getSchema() != null) {
                            List<JsonNode> examples = new ArrayList<>();
                            ContractExamplesTest.examples(api, response.getContent())
                                    .values()
                                    .forEach(body -> examples.add(read(body)));
                            if (!examples.isEmpty()) {
                                BODIES.add(new Target(
                                        name + " " + status + " response",
                                        json.getSchema(),
                                        "response.body",
                                        examples,
                                        pair.plain(),
                                        pair.prechecked()));
                            }
                        }
                    });
                }
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        if (parameter.getSchema() != null) {
                            PARAMETERS.add(new Target(
                                    name + " " + parameter.getIn() + " " + parameter.getName(),
                                    parameter.getSchema(),
                                    "request.parameter",
                                    List.of(),
                                    pair.plain(),
                                    pair.prechecked()));
                        }
                    }
                }
            });
        }
    }

    // The values where the two validators' readings of the contract could part.
    private static final List<JsonNode> EDGES = List.of(
            NODES.textNode(""),
            NODES.textNode("fcus_GraceGymLetter"),
            NODES.textNode("fcus_GraceGymLetter\n"),
            NODES.textNode("fcus_"),
            NODES.textNode("FCUS_abc"),
            NODES.textNode("fprice_GymMonthly"),
            NODES.textNode("4000000000009995"),
            NODES.textNode("4242424242424242\n"),
            NODES.textNode("1234"),
            NODES.textNode("fwhsec_abc="),
            NODES.textNode("fwhsec_abc==="),
            NODES.textNode("2026-12-01T10:00:00Z"),
            NODES.textNode("2026-12-01T10:00:00+05:30"),
            NODES.textNode("2026-12-01T10:00:00.123456789Z"),
            NODES.textNode("2026-12-01T10:00:00.1234567890123Z"),
            NODES.textNode("2026-12-01t10:00:00z"),
            NODES.textNode("2026-12-01 10:00:00Z"),
            NODES.textNode("2026-12-01T10:00:00"),
            NODES.textNode("2026-02-30"),
            NODES.textNode("2026-12-01"),
            NODES.textNode("20261201"),
            NODES.textNode("joh.doe@example.com"),
            NODES.textNode("joh doe@example.com"),
            NODES.textNode("a@b"),
            NODES.textNode("<a@b.example>"),
            NODES.textNode("\uD83D\uDE00"),
            NODES.textNode("\uD83D\uDE00".repeat(64)),
            NODES.textNode("\uD83D\uDE00".repeat(256)),
            NODES.textNode("x".repeat(256)),
            NODES.textNode("x".repeat(5001)),
            NODES.numberNode(0),
            NODES.numberNode(-1),
            NODES.numberNode(1),
            NODES.numberNode(1.0),
            NODES.numberNode(1.5),
            NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(Integer.MAX_VALUE + 1L),
            NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)),
            NODES.numberNode(1e3),
            NODES.booleanNode(true),
            NODES.nullNode(),
            NODES.objectNode(),
            NODES.arrayNode());

    @Property(tries = 2000)
    void aBodyGetsExactlyThePlainValidatorsReport(@ForAll("bodies") Case value) {
        ValidationReport plain = value.target()
                .plain()
                .validate(
                        () -> value.value(),
                        value.target().schema(),
                        value.target().keyPrefix());
        ValidationReport prechecked = value.target()
                .prechecked()
                .validate(
                        () -> value.value(),
                        value.target().schema(),
                        value.target().keyPrefix());

        assertThat(describe(prechecked)).as(value.toString()).isEqualTo(describe(plain));
        Statistics.label("body").collect(plain.getMessages().isEmpty() ? "valid" : "invalid");
        // The property has teeth only where values are valid, the ones the quick check spares fge.
        Statistics.label("body").coverage(checker -> checker.check("valid").percentage(p -> p >= 10));
    }

    @Property(tries = 2000)
    void aParameterGetsExactlyThePlainValidatorsReport(@ForAll("parameters") Case value) {
        String text = value.value().isTextual()
                ? value.value().textValue()
                : value.value().toString();
        ValidationReport plain = value.target()
                .plain()
                .validate(text, value.target().schema(), value.target().keyPrefix());
        ValidationReport prechecked = value.target()
                .prechecked()
                .validate(text, value.target().schema(), value.target().keyPrefix());

        assertThat(describe(prechecked)).as(value.toString()).isEqualTo(describe(plain));
        Statistics.label("parameter").collect(plain.getMessages().isEmpty() ? "valid" : "invalid");
        Statistics.label("parameter").coverage(checker -> checker.check("valid").percentage(p -> p >= 10));
    }

    /**
     * The quick check is in use: it vouches for every request body's schema and every parameter's, and accepts
     * every documented request.
     */
    @Test
    void everyDocumentedRequestIsAcceptedQuickly() {
        assertThat(BODIES).hasSizeGreaterThan(20);
        assertThat(BODIES.stream().filter(target -> !target.examples().isEmpty()))
                .hasSizeGreaterThan(20);
        for (Target target : BODIES.stream()
                .filter(target -> target.keyPrefix().equals("request.body"))
                .toList()) {
            assertThat(target.prechecked().vouchesFor(target.schema(), target.keyPrefix()))
                    .as(target.name())
                    .isTrue();
            for (JsonNode example : target.examples()) {
                assertThat(target.prechecked().quicklyAccepts(target.schema(), target.keyPrefix(), example))
                        .as(target.name() + " " + example)
                        .isTrue();
            }
        }
        assertThat(PARAMETERS)
                .allSatisfy(target -> assertThat(target.prechecked().vouchesFor(target.schema(), target.keyPrefix()))
                        .as(target.name())
                        .isTrue());
    }

    /** A value of a target, made from one of its examples (or from nothing) by a few mutations. */
    record Case(Target target, JsonNode value) {
        @Override
        public String toString() {
            return target + ": " + value;
        }
    }

    @Provide
    Arbitrary<Case> bodies() {
        return Arbitraries.of(BODIES).flatMap(target -> {
            Set<JsonNode> pool = new LinkedHashSet<>(EDGES);
            target.examples().forEach(example -> leaves(example, pool));
            enumValues(io.swagger.v3.core.util.Json.mapper().valueToTree(target.schema()), pool);
            List<JsonNode> values = List.copyOf(pool);
            Arbitrary<JsonNode> mutation = Combinators.combine(
                            Arbitraries.integers().between(0, 9),
                            Arbitraries.integers().between(0, 1000),
                            oneOf(values))
                    .as((kind, where, replacement) -> mutationOf(kind, where, replacement));
            return Combinators.combine(
                            oneOf(target.examples().isEmpty() ? List.of(NODES.objectNode()) : target.examples()),
                            mutation.list().ofMinSize(1).ofMaxSize(3))
                    .as((example, mutations) -> {
                        JsonNode value = example.deepCopy();
                        for (JsonNode m : mutations) {
                            value = apply(value, m);
                        }
                        return new Case(target, value);
                    });
        });
    }

    @Provide
    Arbitrary<Case> parameters() {
        return Combinators.combine(Arbitraries.of(PARAMETERS), oneOf(EDGES)).as(Case::new);
    }

    // By index: a JSON node is an Iterable, which jqwik's Arbitraries.of takes for a collection of its children.
    private static Arbitrary<JsonNode> oneOf(List<JsonNode> nodes) {
        return Arbitraries.integers().between(0, nodes.size() - 1).map(nodes::get);
    }

    // A mutation, encoded as a node so that jqwik can show it: {kind, where, replacement}.
    private static JsonNode mutationOf(int kind, int where, JsonNode replacement) {
        ObjectNode mutation = NODES.objectNode();
        mutation.put("kind", kind);
        mutation.put("where", where);
        mutation.set("replacement", replacement);
        return mutation;
    }

    /** A place in a value: the container that holds it and its name or index there. */
    private record Place(JsonNode container, String name, int index) {
        JsonNode get() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode node) {
            if (name != null) {
                ((ObjectNode) container).set(name, node);
            } else {
                ((ArrayNode) container).set(index, node);
            }
        }
    }

    private static JsonNode apply(JsonNode value, JsonNode mutation) {
        List<Place> places = new ArrayList<>();
        places(value, places);
        JsonNode replacement = mutation.get("replacement").deepCopy();
        int where = mutation.get("where").asInt();
        if (places.isEmpty()) {
            return value.isObject() ? ((ObjectNode) value).set("zz_unknown", replacement) : replacement;
        }
        Place place = places.get(where % places.size());
        JsonNode node = place.get();
        switch (mutation.get("kind").asInt()) {
            case 0 -> {
                if (place.name() != null) {
                    ((ObjectNode) place.container()).remove(place.name());
                } else {
                    ((ArrayNode) place.container()).remove(place.index());
                }
            }
            case 1 -> place.set(NODES.nullNode());
            case 2 -> {
                if (node.isObject()) {
                    ((ObjectNode) node).set("zz_unknown", replacement);
                } else if (node.isArray()) {
                    ((ArrayNode) node)
                            .add(node.isEmpty() ? replacement : node.get(0).deepCopy());
                }
            }
            case 3, 4, 5, 6 -> place.set(perturbed(node, where));
            default -> place.set(replacement);
        }
        return value;
    }

    // Small changes of a documented value, at the edges where the validators could part.
    private static JsonNode perturbed(JsonNode node, int how) {
        if (node.isTextual()) {
            String text = node.textValue();
            List<String> variants = List.of(
                    text + "\n",
                    text + "\r\n",
                    text + "\u2028",
                    text + " ",
                    " " + text,
                    text.toUpperCase(java.util.Locale.ROOT),
                    text + "\uD83D\uDE00",
                    text.isEmpty() ? "" : text.substring(1),
                    text.isEmpty() ? "" : text.substring(0, text.length() - 1),
                    text + text,
                    text.replace('T', 't'),
                    text.replace("Z", ".1234567890123Z"),
                    text.replace("Z", "+05:30"),
                    text.replace("@", " @"),
                    text.replace("_", "-"),
                    "");
            return NODES.textNode(variants.get(how % variants.size()));
        }
        if (node.isNumber()) {
            BigInteger integer = node.bigIntegerValue();
            List<JsonNode> variants = List.of(
                    NODES.numberNode(integer.add(BigInteger.ONE)),
                    NODES.numberNode(integer.subtract(BigInteger.ONE)),
                    NODES.numberNode(integer.negate()),
                    NODES.numberNode(node.doubleValue()),
                    NODES.numberNode(node.doubleValue() + 0.5),
                    NODES.numberNode(integer.multiply(BigInteger.TEN.pow(12))),
                    NODES.numberNode(integer.add(BigInteger.TWO.pow(31))),
                    NODES.numberNode(BigInteger.TWO.pow(31)),
                    NODES.numberNode(BigInteger.TWO.pow(63)),
                    NODES.numberNode(BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)),
                    NODES.textNode(node.asText()));
            return variants.get(how % variants.size());
        }
        if (node.isBoolean()) {
            return how % 2 == 0 ? NODES.booleanNode(!node.booleanValue()) : NODES.textNode(node.asText());
        }
        return node.isArray() ? NODES.arrayNode() : NODES.objectNode();
    }

    private static void places(JsonNode node, List<Place> into) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                into.add(new Place(node, name, -1));
                places(node.get(name), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                into.add(new Place(node, null, i));
                places(node.get(i), into);
            }
        }
    }

    private static void leaves(JsonNode node, Set<JsonNode> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else {
            into.add(node);
        }
    }

    private static void enumValues(JsonNode schema, Set<JsonNode> into) {
        if (schema.isObject() && schema.path("enum").isArray()) {
            schema.path("enum").forEach(into::add);
        }
        if (schema.isContainerNode()) {
            schema.forEach(child -> enumValues(child, into));
        }
    }

    private static List<String> describe(ValidationReport report) {
        return report.getMessages().stream()
                .map(message -> message.getLevel() + " " + message.getKey() + " " + message.getMessage())
                .toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json.replace("[email protected]", "joh.doe@example.com"));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.flexkit.contract;

import com.atlassian.oai.validator.schema.keyword.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.SchemaValidatorsConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles the JSON schemas the Atlassian validator checks values against (after its own transformations) for
 * networknt's validator, which decides the same question several times faster and from any thread, but only
 * where it is known to decide it no less strictly than the Atlassian validator's fge backend: a schema with a
 * keyword, a format or a pattern outside what both read alike ({@link #KEYWORDS}, {@link QuickFormats},
 * {@link QuickPatterns#isPlain}) is not compiled, and the Atlassian validator alone checks values against it.
 */
final class QuickSchemas {

    /** A compiled schema: whether a value certainly keeps to it. */
    interface QuickSchema {
        boolean accepts(JsonNode value);
    }

    // draft 4's assertions that networknt and fge implement alike, and the keywords that hold sub-schemas.
    private static final Set<String> KEYWORDS = Set.of(
            "type",
            "enum",
            "required",
            "properties",
            "additionalProperties",
            "items",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minLength",
            "maxLength",
            "pattern",
            "format",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minProperties",
            "maxProperties",
            "$ref");

    // What neither validator checks a value against ("nullable" once turned into a "null" type, as fge does).
    private static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "example",
            "examples",
            "default",
            "readOnly",
            "writeOnly",
            "deprecated",
            "externalDocs",
            "xml",
            "nullable");

    private static final Set<String> FORMATS =
            QuickFormats.ALL.stream().map(Format::getName).collect(Collectors.toUnmodifiableSet());

    private static final String META_SCHEMA = "https://flexkit.dev/quick-check/draft-04";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;

    QuickSchemas() {
        JsonMetaSchema draft4 = JsonMetaSchema.builder(META_SCHEMA, JsonMetaSchema.getV4())
                .formats(formats -> {
                    formats.clear();
                    QuickFormats.ALL.forEach(format -> formats.put(format.getName(), format));
                })
                // Only annotations get this far (vouchesFor refuses any other keyword): read them as such, quietly.
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
        factory = JsonSchemaFactory.builder()
                .defaultMetaSchemaIri(META_SCHEMA)
                .metaSchema(draft4)
                .build();
        config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(QuickPatterns.INSTANCE)
                .build();
    }

    /**
     * @param transformed the schema as the Atlassian validator hands it to fge ({@code $schema} and the
     *                    contract's components injected, nullable types not yet turned into "null" types)
     * @return the compiled schema, or empty when the quick check cannot vouch for it
     */
    Optional<QuickSchema> compile(ObjectNode transformed) {
        ObjectNode schema = transformed.deepCopy();
        schema.remove("$schema");
        // The contract's components are injected into every schema; they are checked, and kept, only when the
        // schema refers to one (a fully resolved contract inlines them).
        JsonNode components = schema.remove("components");
        if (!vouchesFor(schema)) {
            return Optional.empty();
        }
        if (hasReference(schema)) {
            if (components == null || !eachVouchedFor(components.path("schemas"))) {
                return Optional.empty();
            }
            schema.set("components", components);
        }
        // OpenAPI's "nullable" turned into a "null" type and enum value, by the Atlassian digester fge runs.
        Nullable.NullableDigester.getInstance().digest(schema);
        JsonSchema compiled;
        try {
            compiled = factory.getSchema(schema, config);
        } catch (RuntimeException uncompilable) {
            return Optional.empty(); // the Atlassian validator will say what it makes of the schema
        }
        return Optional.of(value -> {
            try {
                return compiled.validate(value, OutputFormat.BOOLEAN);
            } catch (RuntimeException undecided) {
                return false;
            }
        });
    }

    private static boolean vouchesFor(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        if (schema.has("$ref") && schema.size() > 1) {
            return false; // draft 4 ignores a reference's siblings; whether both validators do is not worth a bet
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (keyword.startsWith("x-") || ANNOTATIONS.contains(keyword)) {
                continue;
            }
            if (!KEYWORDS.contains(keyword) || !vouchesFor(keyword, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean vouchesFor(String keyword, JsonNode value) {
        return switch (keyword) {
            case "properties" -> eachVouchedFor(value);
            case "items", "additionalProperties" ->
                value.isBoolean() && !keyword.equals("items")
                        || value.isArray() && keyword.equals("items") && allVouchedFor(value)
                        || vouchesFor(value);
            case "allOf", "anyOf", "oneOf" -> value.isArray() && allVouchedFor(value);
            case "not" -> vouchesFor(value);
            case "format" -> FORMATS.contains(value.asText());
            case "pattern" -> value.isTextual() && QuickPatterns.isPlain(value.textValue());
            case "$ref" -> value.isTextual() && value.textValue().startsWith("#/components/schemas/");
            default -> true;
        };
    }

    private static boolean eachVouchedFor(JsonNode schemasByName) {
        if (!schemasByName.isObject()) {
            return false;
        }
        for (JsonNode schema : schemasByName) {
            if (!vouchesFor(schema)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allVouchedFor(JsonNode schemas) {
        for (JsonNode schema : schemas) {
            if (!vouchesFor(schema)) {
                return false;
            }
        }
        return true;
    }

    static boolean hasReference(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref") || hasReference(field.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasReference(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}

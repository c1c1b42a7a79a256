package dev.flexkit.contract;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.schema.transform.AdditionalPropertiesInjectionTransformer;
import com.atlassian.oai.validator.schema.transform.RequiredFieldTransformer;
import com.atlassian.oai.validator.schema.transform.SchemaDefinitionsInjectionTransformer;
import com.atlassian.oai.validator.schema.transform.SchemaRefInjectionTransformer;
import com.atlassian.oai.validator.schema.transform.SchemaTransformationContext;
import com.atlassian.oai.validator.schema.transform.SchemaTransformer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Atlassian validator's schema check, asked only about the values a quick check does not accept. A value
 * that networknt's validator accepts against the very schema fge would check it against ({@link QuickSchemas}
 * vouches for the keywords, formats and patterns where both decide alike) has no problem to report, so the
 * answer is an empty report at a fraction of fge's cost; a value it does not accept, and every value of a schema
 * it cannot vouch for, goes to the Atlassian validator as before, which reports the problems in its own words.
 * The 422s are therefore exactly what they were; a valid request, the common one, skips fge's check, which was
 * a quarter of a create's CPU time. {@code QuickCheckSoundnessTest} holds the claim to generated values.
 */
final class PrecheckedSchemaValidator extends SchemaValidator {

    // The Atlassian validator's own transformations, in its order (SchemaValidator.transformers).
    private static final List<SchemaTransformer> TRANSFORMERS = List.of(
            SchemaDefinitionsInjectionTransformer.getInstance(),
            SchemaRefInjectionTransformer.getInstance(),
            AdditionalPropertiesInjectionTransformer.getInstance(),
            RequiredFieldTransformer.getInstance());

    // Schemas come from the parsed contract and are compared by identity: hashing a swagger Schema walks it whole.
    // A contract has a bounded number of them; past the bound, values are checked by the Atlassian validator.
    private static final int MOST_SCHEMAS = 4096;

    private record Key(Schema<?> schema, String keyPrefix) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.schema == schema && key.keyPrefix.equals(keyPrefix);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema) * 31 + keyPrefix.hashCode();
        }
    }

    private final Map<Key, Optional<QuickSchemas.QuickSchema>> quick = new ConcurrentHashMap<>();
    private final QuickSchemas schemas = new QuickSchemas();
    private final JsonNode definitions;
    private final boolean additionalPropertiesChecked;

    @SuppressWarnings("rawtypes") // swagger-parser's own type for the components' schemas
    PrecheckedSchemaValidator(OpenAPI api, MessageResolver messages) {
        super(api, messages);
        definitions = Optional.ofNullable(api.getComponents())
                .map(components -> components.getSchemas())
                .<JsonNode>map(all -> Json.mapper().convertValue(all, JsonNode.class))
                .orElseGet(() -> Json.mapper().createObjectNode());
        additionalPropertiesChecked = !messages.isIgnored(ADDITIONAL_PROPERTIES_KEY);
    }

    @Override
    @SuppressWarnings("rawtypes") // SchemaValidator's own signature
    public ValidationReport validate(JsonNodeSupplier supplier, Schema schema, String keyPrefix) {
        if (schema == null) {
            return ValidationReport.empty();
        }
        JsonNode value;
        try {
            value = supplier.get();
        } catch (IOException | RuntimeException unreadable) {
            return super.validate(supplier, schema, keyPrefix);
        }
        if (value != null && quicklyAccepts(schema, keyPrefix, value)) {
            return ValidationReport.empty();
        }
        return super.validate(() -> value, schema, keyPrefix);
    }

    /** @return whether the quick check accepts the value, which spares the Atlassian validator's check */
    boolean quicklyAccepts(Schema<?> schema, String keyPrefix, JsonNode value) {
        return quick(schema, keyPrefix).map(check -> check.accepts(value)).orElse(false);
    }

    /** @return whether the quick check can decide values of this schema at all */
    boolean vouchesFor(Schema<?> schema, String keyPrefix) {
        return quick(schema, keyPrefix).isPresent();
    }

    private Optional<QuickSchemas.QuickSchema> quick(Schema<?> schema, String keyPrefix) {
        Key key = new Key(schema, keyPrefix == null ? "" : keyPrefix);
        Optional<QuickSchemas.QuickSchema> compiled = quick.get(key);
        if (compiled == null) {
            if (quick.size() >= MOST_SCHEMAS) {
                return Optional.empty();
            }
            compiled = quick.computeIfAbsent(key, k -> schemas.compile(transformed(schema, k.keyPrefix())));
        }
        return compiled;
    }

    // SchemaValidator.readAndTransformSchemaObject, which is private: the same schema object fge is given.
    private ObjectNode transformed(Schema<?> schema, String keyPrefix) {
        ObjectNode schemaObject = Json.mapper().convertValue(schema, ObjectNode.class);
        SchemaTransformationContext context = SchemaTransformationContext.create()
                .forRequest("request.body".equalsIgnoreCase(keyPrefix))
                .forResponse("response.body".equalsIgnoreCase(keyPrefix))
                .withAdditionalPropertiesValidation(additionalPropertiesChecked)
                // A schema that refers to no component (a fully resolved contract inlines them) is the same without
                // them, and a copy of every component per schema is most of the cost of compiling one.
                .withDefinitions(
                        QuickSchemas.hasReference(schemaObject)
                                ? definitions.deepCopy()
                                : Json.mapper().createObjectNode())
                .build();
        TRANSFORMERS.forEach(transformer -> transformer.apply(schemaObject, context));
        return schemaObject;
    }
}

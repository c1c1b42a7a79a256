package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A reader of the contract can tell, for every operation and schema, whether Flex documents it. */
class ProvenanceTest {

    private static final Set<String> SOURCES = Set.of("documented", "flex-code", "third-party", "inferred");
    private static final OpenAPI API = ContractFiles.flexApi();

    @Test
    void everyOperationSaysWhereItComesFrom() {
        List<String> unsourced = new ArrayList<>();
        Operations.each(API, (method, path, operation) -> {
            if (!hasProvenance(operation.getExtensions())) {
                unsourced.add(method + " " + path);
            }
        });
        assertThat(unsourced).isEmpty();
    }

    @Test
    void everySchemaSaysWhereItComesFrom() {
        assertThat(schemas().entrySet())
                .filteredOn(entry -> !hasProvenance(entry.getValue().getExtensions()))
                .extracting(Map.Entry::getKey)
                .isEmpty();
    }

    @Test
    void inferredEnumValuesAreValuesOfTheirEnum() {
        schemas().forEach((name, schema) -> {
            Object inferred = extension(schema, "x-flex-inferred-values");
            if (inferred != null) {
                List<String> values = schema.getEnum().stream().map(Object::toString).toList();
                assertThat(values).as(name).containsAll(((List<?>) inferred).stream().map(Object::toString).toList());
            }
        });
    }

    @Test
    void sourceTagsUseTheKnownVocabulary() {
        schemas().forEach((name, schema) -> {
            Object source = extension(schema, "x-flex-source");
            if (source != null) {
                assertThat(SOURCES).as(name).contains(source.toString());
            }
        });
    }

    @Test
    void everyDocumentedRuleIsStatedWhereCheckoutSessionsAreCreated() {
        List<Map<String, Object>> rules = Rules.of(API);
        String create = API.getPaths().get("/v1/checkout/sessions").getPost().getDescription();

        assertThat(rules).extracting(rule -> rule.get("id"))
                .contains("letter-required", "visit-type-scope", "one-year-expiry", "no-split-cart");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule).containsKeys("id", "name", "statement", "x-flex-doc");
            assertThat(create).contains("*" + rule.get("name") + "*");
        });
    }

    // swagger-models types the schema map with a raw Schema.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Schema<?>> schemas() {
        return (Map) API.getComponents().getSchemas();
    }

    private static boolean hasProvenance(Map<String, Object> extensions) {
        if (extensions == null) {
            return false;
        }
        Object doc = extensions.get("x-flex-doc");
        Object source = extensions.get("x-flex-source");
        return (doc != null && doc.toString().startsWith("http")) || (source != null && SOURCES.contains(source.toString()));
    }

    private static Object extension(Schema<?> schema, String name) {
        return schema.getExtensions() == null ? null : schema.getExtensions().get(name);
    }
}

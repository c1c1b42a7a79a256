package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
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
                List<String> values =
                        schema.getEnum().stream().map(Object::toString).toList();
                assertThat(values)
                        .as(name)
                        .containsAll(((List<?>) inferred)
                                .stream().map(Object::toString).toList());
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
    void everyCitedPageIsOneOfTheSourcesListedInTheContractReadme() throws Exception {
        List<String> cited = new ArrayList<>();
        collectCitations(Yaml.mapper().readTree(FlexContract.read(FlexContract.FLEX_API)), "$", cited);

        assertThat(cited).hasSizeGreaterThan(100);
        assertThat(cited)
                .allSatisfy(citation -> assertThat(SourceTable.urls())
                        .as(citation)
                        .contains(citation.substring(citation.indexOf(' ') + 1)));
    }

    @Test
    void everySourceOfTheReadmeIsCitedOrKeptInSources() throws Exception {
        List<String> cited = new ArrayList<>();
        collectCitations(Yaml.mapper().readTree(FlexContract.read(FlexContract.FLEX_API)), "$", cited);
        List<String> urls =
                cited.stream().map(c -> c.substring(c.indexOf(' ') + 1)).toList();
        List<String> kept = SeedPages.pages().stream().map(SeedPages::url).toList();

        assertThat(SourceTable.urls())
                .allSatisfy(url -> assertThat(urls.contains(url) || kept.contains(url))
                        .as(url)
                        .isTrue());
    }

    @Test
    void thePagesThatSayTheLetterRulesAreCitedForThem() {
        String walkthrough = "https://docs.withflex.com/developer-guides/integration/checkout/example-walkthrough";
        assertThat(Rules.of(API))
                .filteredOn(rule -> List.of("letter-required", "visit-type-scope", "one-year-expiry")
                        .contains(rule.get("id")))
                .extracting(rule -> rule.get("x-flex-doc"))
                .containsOnly(walkthrough);
        assertThat(API.getComponents().getExamples().get("LomnRequired").getExtensions())
                .containsEntry("x-flex-doc", walkthrough);
    }

    @Test
    void documentedOperationsAreNotTaggedAsCodeOrThirdPartyOnly() {
        List<String> understated = new ArrayList<>();
        Operations.each(API, (method, path, operation) -> {
            Map<String, Object> extensions = operation.getExtensions();
            if (extensions.get("x-flex-doc") != null
                    && extensions.get("x-flex-source") != null
                    && !"inferred".equals(extensions.get("x-flex-source"))) {
                understated.add(operation.getOperationId());
            }
        });
        assertThat(understated).isEmpty();
        assertThat(API.getPaths()
                        .get("/v1/checkout/sessions/{id}/refund")
                        .getPost()
                        .getExtensions())
                .containsKey("x-flex-doc")
                .doesNotContainKey("x-flex-source");
    }

    @Test
    void shippingRatesCouponsAndPromoCodesAreTheOperationsOfTheirPagesWithTheirMethods() {
        String reference = "https://docs.withflex.com/api-reference/";
        Map<String, String> pages = Map.ofEntries(
                Map.entry("GET /v1/shipping_rates", "shipping-rates/list-shipping-rates"),
                Map.entry("POST /v1/shipping_rates", "shipping-rates/create-shipping-rate"),
                Map.entry("GET /v1/shipping_rates/{id}", "shipping-rates/get-shipping-rate"),
                Map.entry("PUT /v1/shipping_rates/{id}", "shipping-rates/update-shipping-rate"),
                Map.entry("GET /v1/coupons", "coupons/list-coupons"),
                Map.entry("POST /v1/coupons", "coupons/create-coupon"),
                Map.entry("GET /v1/coupons/{id}", "coupons/get-coupon"),
                Map.entry("GET /v1/promo_codes", "promo-codes/list-promo-codes"),
                Map.entry("POST /v1/promo_codes", "promo-codes/create-promo-code"),
                Map.entry("POST /v1/promo_codes/{id}", "promo-codes/update-promo-code"));
        Map<String, Object> cited = new java.util.HashMap<>();
        Operations.each(API, (method, path, operation) -> {
            if (path.startsWith("/v1/shipping_rates")
                    || path.startsWith("/v1/coupons")
                    || path.startsWith("/v1/promo_codes")) {
                cited.put(method + " " + path, operation.getExtensions().get("x-flex-doc"));
            }
        });

        assertThat(cited).containsOnlyKeys(pages.keySet());
        pages.forEach((operation, page) ->
                assertThat(cited.get(operation)).as(operation).isEqualTo(reference + page));
        assertThat(schemas().get("Coupon").getExtensions())
                .containsEntry("x-flex-doc", reference + "coupons/get-coupon");
        assertThat(schemas().get("ShippingRateList").getExtensions()).containsEntry("x-flex-source", "inferred");
    }

    @Test
    void everyEventTypeTheSandboxSendsHasAPayloadSchemaThatRequiresItsObject() {
        Schema<?> type = schemas().get("EventType");
        Map<?, ?> payloads = (Map<?, ?>) extension(type, "x-flex-event-payloads");
        List<String> values = type.getEnum().stream().map(Object::toString).toList();

        assertThat(payloads).isNotEmpty();
        payloads.forEach((eventType, payload) -> {
            assertThat(values).as("payload of an unknown type").contains(eventType.toString());
            Schema<?> schema = schemas().get(payload.toString());
            assertThat(schema).as(payload.toString()).isNotNull();
            String object = schema.getProperties().get("object").get$ref();
            Schema<?> narrowed = schemas().get(object.substring(object.lastIndexOf('/') + 1));
            assertThat(narrowed.getRequired())
                    .as(payload + " requires one kind")
                    .hasSize(1);
            assertThat(schemas().get("EventObject").getProperties())
                    .containsKey(narrowed.getRequired().get(0));
        });
    }

    @Test
    void theEventTypesKeepFlexsSpellingsAndMarkTheInferredOnes() {
        Schema<?> type = schemas().get("EventType");
        assertThat(type.getEnum().stream().map(Object::toString))
                .contains(
                        "checkout.session.completed",
                        "checkout_session.completed",
                        "customer.subscription.created",
                        "invoice.paid",
                        "invoice.payment_succeeded",
                        "consultation.approved",
                        "refund.updated");
        assertThat(((List<?>) extension(type, "x-flex-inferred-values"))
                        .stream().map(Object::toString).toList())
                .contains("checkout.session.expired", "payment_intent.payment_failed")
                .doesNotContain("checkout.session.completed", "refund.updated");
        assertThat(type.getExtensions()).containsKey("x-flex-open");
    }

    @Test
    void theWebhookOperationsAndTheirCallbacksSayWhereTheyComeFrom() {
        var create = API.getPaths().get("/v1/webhooks").getPost();
        assertThat(create.getExtensions())
                .containsEntry(
                        "x-flex-doc", "https://docs.withflex.com/developer-guides/integration/checkout/fulfillment");
        assertThat(API.getPaths().get("/v1/webhooks/{id}").getDelete().getExtensions())
                .containsEntry("x-flex-source", "flex-code");
        assertThat(API.getPaths().get("/v1/events/{id}/retry").getPost().getExtensions())
                .containsEntry("x-flex-doc", "https://docs.withflex.com/api-reference/events/retry-event");
        assertThat(create.getCallbacks())
                .hasSize(7)
                .allSatisfy((name, callback) -> callback.values()
                        .forEach(item -> assertThat(hasProvenance(item.getPost().getExtensions()))
                                .as(name)
                                .isTrue()));
        assertThat(API.getComponents().getParameters().get("SvixSignature").getExtensions())
                .containsEntry("x-flex-doc", "https://docs.withflex.com/webhooks/verifying-webhooks");
    }

    @Test
    void pathParametersAreNamedAsOnFlexsPages() {
        assertThat(API.getPaths()).containsKey("/v1/customers/{id}/payment_methods/{pm_id}");
    }

    private static void collectCitations(JsonNode node, String where, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("x-flex-doc")) {
                    found.add(where + " " + field.getValue().asText());
                } else {
                    collectCitations(field.getValue(), where + "/" + field.getKey(), found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectCitations(node.get(i), where + "/" + i, found);
            }
        }
    }

    @Test
    void everyDocumentedRuleIsStatedWhereCheckoutSessionsAreCreated() {
        List<Map<String, Object>> rules = Rules.of(API);
        String create = API.getPaths().get("/v1/checkout/sessions").getPost().getDescription();

        assertThat(rules)
                .extracting(rule -> rule.get("id"))
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
        return (doc != null && doc.toString().startsWith("http"))
                || (source != null && SOURCES.contains(source.toString()));
    }

    private static Object extension(Schema<?> schema, String name) {
        return schema.getExtensions() == null ? null : schema.getExtensions().get(name);
    }
}

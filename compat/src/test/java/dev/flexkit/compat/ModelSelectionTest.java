package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * When only some models are generated, over the sources of the client of the other spec, the result is the whole
 * generation's, file for file; and every change the selection cannot vouch for generates the whole client.
 */
class ModelSelectionTest {

    private static final GeneratorConfig CONFIG = TestSpecs.projectGeneratorConfig();
    private static final Path CONTRACT = TestSpecs.flexRoot().resolve("openapi/flex-api.yaml");

    static List<String> corpusCases() throws IOException {
        return MutationCorpusTest.Corpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusCases")
    void aSelectedGenerationWritesWhatTheWholeOneWritesOnEveryCorpusCase(String mutation) {
        MutationCorpusTest.Corpus.Sides sides = MutationCorpusTest.Corpus.sides(mutation);

        assertSelectedGenerationIsWhole(sides.base(), sides.head());
    }

    @Test
    void theCorpusCasesThatChangeOnlyPropertiesAreSelected() {
        assertThat(selection(MutationCorpusTest.Corpus.sides("removed-response-field")))
                .isPresent();
        assertThat(selection(MutationCorpusTest.Corpus.sides("new-optional-request-field")))
                .isPresent();
        assertThat(selection(MutationCorpusTest.Corpus.sides("removed-operation")))
                .as("an operation: its API, no model")
                .hasValueSatisfying(selection -> assertThat(selection.models()).isEmpty())
                .hasValueSatisfying(selection -> assertThat(selection.tags()).isNotEmpty());
        assertThat(selection(MutationCorpusTest.Corpus.sides("added-request-media-type")))
                .as("a form")
                .isEmpty();
        assertThat(selection(MutationCorpusTest.Corpus.sides("changed-array-item-type")))
                .isPresent();
    }

    @Test
    void aRenamedFieldOfTheProjectsCustomerGeneratesItAndTheExpandableThatListsIt(@TempDir Path folder) {
        Path head = mutatedContract(folder, customer -> {
            ObjectNode properties = (ObjectNode) customer.get("properties");
            properties.set("phone_number", properties.remove("phone"));
        });

        Optional<ModelSelection.Selection> selected = assertSelectedGenerationIsWhole(CONTRACT, head);

        assertThat(selected.map(ModelSelection.Selection::models)).contains(Set.of("Customer", "ExpandableCustomer"));
    }

    @Test
    void aFieldOfANewTypeReachesTheImportsOfTheExpandable(@TempDir Path folder) {
        Path head = mutatedContract(
                folder,
                customer -> ((ObjectNode) customer.get("properties"))
                        .putObject("born_on")
                        .put("type", "string")
                        .put("format", "date"));

        Optional<ModelSelection.Selection> selected = assertSelectedGenerationIsWhole(CONTRACT, head);

        assertThat(selected.map(ModelSelection.Selection::models)).contains(Set.of("Customer", "ExpandableCustomer"));
    }

    @Test
    void aFieldOfTheCheckoutSessionWhoseEnumsAreReferencesWithSiblingsGeneratesOnlyItsModels(@TempDir Path folder) {
        Path head = mutatedContract(folder, "CheckoutSession", session -> {
            ObjectNode properties = (ObjectNode) session.get("properties");
            properties.set("visit", properties.remove("visit_type"));
        });

        Optional<ModelSelection.Selection> selected = assertSelectedGenerationIsWhole(CONTRACT, head);

        assertThat(selected.map(ModelSelection.Selection::models))
                .hasValueSatisfying(models -> assertThat(models).contains("CheckoutSession"));
    }

    @Test
    void aWholeGenerationIgnoresAModelListTheThreadInherited() {
        // What a pool's thread started during a selected generation holds for good.
        GlobalSettings.setProperty(CodegenConstants.MODELS, "Customer");
        try (Workspace workspace = new Workspace()) {
            Map<String, String> sources = sources(ClientGenerator.generate(
                    TestSpecs.mutations().resolve("base.yaml"), CONFIG, workspace.newFolder("whole")));

            assertThat(sources)
                    .containsKeys("dev/flexkit/client/model/CustomerStatus.java", "dev/flexkit/client/ApiClient.java");
        } finally {
            GlobalSettings.clearProperty(CodegenConstants.MODELS);
        }
    }

    @Test
    void aRenamedOperationOfTheProjectGeneratesOnlyItsApi(@TempDir Path folder) {
        Path head = TestSpecs.withChanged(
                CONTRACT,
                contract -> contract.get("paths")
                        .forEach(item -> item.forEach(operation -> {
                            if (operation.path("operationId").asText().equals("retrieveCustomer")) {
                                ((ObjectNode) operation).put("operationId", "fetchCustomer");
                            }
                        })),
                folder.resolve("flex-api.yaml"));

        Optional<ModelSelection.Selection> selected = assertSelectedGenerationIsWhole(CONTRACT, head);

        assertThat(selected).hasValueSatisfying(selection -> {
            assertThat(selection.models()).isEmpty();
            assertThat(selection.tags()).hasSize(1);
        });
    }

    @Test
    void aNewQueryParameterAndAFieldTogetherGenerateTheirApiAndModels(@TempDir Path folder) {
        Path head = TestSpecs.withChanged(
                CONTRACT,
                contract -> {
                    contract.get("paths")
                            .forEach(item -> item.forEach(operation -> {
                                if (operation.path("operationId").asText().equals("listCustomers")) {
                                    ((ObjectNode) operation)
                                            .withArray("parameters")
                                            .addObject()
                                            .put("name", "created_after")
                                            .put("in", "query")
                                            .putObject("schema")
                                            .put("type", "string")
                                            .put("format", "date-time");
                                }
                            }));
                    ((ObjectNode) contract.at("/components/schemas/Customer/properties")).remove("phone");
                },
                folder.resolve("flex-api.yaml"));

        Optional<ModelSelection.Selection> selected = assertSelectedGenerationIsWhole(CONTRACT, head);

        assertThat(selected).hasValueSatisfying(selection -> {
            assertThat(selection.models()).contains("Customer");
            assertThat(selection.tags()).hasSize(1);
        });
    }

    /** What the selection decides on small specs, the whole client generated wherever it cannot vouch. */
    @Nested
    class Decisions {

        @Test
        void aChangedPropertyOfAnObjectSelectsItsModel() {
            assertThat(models(spec(""), spec("")).isEmpty())
                    .as("nothing changed")
                    .isTrue();
            assertThat(models(spec(""), spec("", "note"))).contains(Set.of("C"));
        }

        @Test
        void aOneOfThatListsItIsGeneratedWithIt() {
            String oneOf = ",\"R\":{\"oneOf\":[{\"type\":\"string\"},{\"$ref\":\"#/components/schemas/C\"}]}";
            assertThat(models(spec(oneOf), spec(oneOf, "note"))).contains(Set.of("C", "R"));
        }

        @Test
        void compositionsThatInheritOrDiscriminateGenerateEverything() {
            String allOf = ",\"R\":{\"allOf\":[{\"$ref\":\"#/components/schemas/C\"}]}";
            String discriminated = ",\"R\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/C\"}],"
                    + "\"discriminator\":{\"propertyName\":\"kind\"}}";
            String nested = ",\"R\":{\"type\":\"object\",\"properties\":{\"f\":{\"anyOf\":["
                    + "{\"$ref\":\"#/components/schemas/C\"}]}}}";
            assertThat(models(spec(allOf), spec(allOf, "note"))).isEmpty();
            assertThat(models(spec(discriminated), spec(discriminated, "note"))).isEmpty();
            assertThat(models(spec(nested), spec(nested, "note"))).isEmpty();
        }

        @Test
        void aParameterOrAFormThatReadsItGeneratesEverything() {
            assertThat(models(withPath(parameter()), withPath(parameter(), "note")))
                    .isEmpty();
            assertThat(models(
                            withPath(body("application/x-www-form-urlencoded")),
                            withPath(body("application/x-www-form-urlencoded"), "note")))
                    .isEmpty();
            assertThat(models(withPath(body("application/json")), withPath(body("application/json"), "note")))
                    .contains(Set.of("C"));
        }

        @Test
        void anythingButPropertiesChangedGeneratesEverything() {
            JsonNode base = spec("");
            ObjectNode newSchema = spec("", "note").deepCopy();
            ((ObjectNode) newSchema.at("/components/schemas")).putObject("D").put("type", "string");
            ObjectNode nullable = spec("", "note").deepCopy();
            ((ObjectNode) nullable.at("/components/schemas/C")).put("nullable", true);
            ObjectNode inlineObject = spec("", "note").deepCopy();
            ((ObjectNode) inlineObject.at("/components/schemas/C/properties"))
                    .putObject("address")
                    .put("type", "object")
                    .putObject("properties")
                    .putObject("line1")
                    .put("type", "string");
            ObjectNode servers = spec("", "note").deepCopy();
            servers.putArray("servers").addObject().put("url", "https://example.test");

            assertThat(models(base, newSchema)).as("a new schema").isEmpty();
            assertThat(models(base, nullable)).as("the schema's root").isEmpty();
            assertThat(models(base, inlineObject)).as("an inline object").isEmpty();
            assertThat(models(base, servers)).as("outside the schemas").isEmpty();
        }

        private static Optional<Set<String>> models(JsonNode reference, JsonNode target) {
            return ModelSelection.of(reference, target).map(ModelSelection.Selection::models);
        }

        /* A spec with schema C (an object with "id" and the extra properties) and the other schemas given. */
        private static JsonNode spec(String otherSchemas, String... extraProperties) {
            StringBuilder properties = new StringBuilder("\"id\":{\"type\":\"string\"}");
            for (String property : extraProperties) {
                properties.append(",\"").append(property).append("\":{\"type\":\"string\"}");
            }
            return json("{\"openapi\":\"3.0.3\",\"paths\":{},\"components\":{\"schemas\":{\"C\":{\"type\":\"object\","
                    + "\"properties\":{" + properties + "}}" + otherSchemas + "}}}");
        }

        private static JsonNode withPath(String operation, String... extraProperties) {
            ObjectNode spec = spec("", extraProperties).deepCopy();
            ((ObjectNode) spec.get("paths")).set("/c", json("{\"post\":" + operation + "}"));
            return spec;
        }

        private static String parameter() {
            return "{\"parameters\":[{\"name\":\"c\",\"in\":\"query\",\"schema\":{\"$ref\":\"#/components/schemas/C\"}}],"
                    + "\"responses\":{\"204\":{\"description\":\"\"}}}";
        }

        private static String body(String mediaType) {
            return "{\"requestBody\":{\"content\":{\"" + mediaType + "\":{\"schema\":{\"$ref\":"
                    + "\"#/components/schemas/C\"}}}},\"responses\":{\"204\":{\"description\":\"\"}}}";
        }

        private static JsonNode json(String text) {
            try {
                return Json.mapper().readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Optional<ModelSelection.Selection> selection(MutationCorpusTest.Corpus.Sides sides) {
        return ModelSelection.of(
                SpecLoader.load(sides.base()).clientTree(),
                SpecLoader.load(sides.head()).clientTree());
    }

    /* The head's whole generation, and the selected one over the base's sources when there is a selection. */
    private static Optional<ModelSelection.Selection> assertSelectedGenerationIsWhole(Path base, Path head) {
        Optional<ModelSelection.Selection> selected = ModelSelection.of(
                SpecLoader.load(base).clientTree(), SpecLoader.load(head).clientTree());
        if (selected.isEmpty()) {
            return selected;
        }
        try (Workspace workspace = new Workspace()) {
            Map<String, String> baseSources =
                    sources(ClientGenerator.generate(base, CONFIG, workspace.newFolder("base")));
            Map<String, String> wholeHead =
                    sources(ClientGenerator.generate(head, CONFIG, workspace.newFolder("whole")));
            TreeMap<String, byte[]> reference = new TreeMap<>();
            baseSources.forEach((path, text) -> reference.put(path, text.getBytes(StandardCharsets.UTF_8)));
            Map<String, String> selectedHead = sources(ClientGenerator.generateOver(
                    new ClientJar(new TreeMap<>(), reference),
                    selected.get(),
                    head,
                    CONFIG,
                    workspace.newFolder("selected")));

            assertThat(selectedHead).isEqualTo(wholeHead);
        }
        return selected;
    }

    private static Path mutatedContract(Path folder, Consumer<ObjectNode> mutateCustomer) {
        return mutatedContract(folder, "Customer", mutateCustomer);
    }

    private static Path mutatedContract(Path folder, String schema, Consumer<ObjectNode> mutate) {
        return TestSpecs.withSchemaChanged(CONTRACT, schema, mutate, folder.resolve("flex-api.yaml"));
    }

    private static Map<String, String> sources(Path root) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}

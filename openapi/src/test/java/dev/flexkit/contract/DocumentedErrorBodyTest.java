package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

class DocumentedErrorBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLetterRequiredExampleIsExactlyTheBodyFlexDocuments() throws Exception {
        JsonNode documented = JSON.readTree(SeedPages.example(SeedPages.EXAMPLE_WALKTHROUGH, "lomn-required"));
        OpenAPI api = ContractFiles.flexApi();

        JsonNode example = JSON.readTree(Json.mapper()
                .writeValueAsString(
                        api.getComponents().getExamples().get("LomnRequired").getValue()));

        assertThat(example).isEqualTo(documented);
        assertThat(documented.toString()).isEqualTo(DocumentedBodies.LOMN_REQUIRED);
    }

    @Test
    void theCreateOperationNamesTheLetterRequiredExample() {
        OpenAPI api = ContractFiles.flexApi();

        assertThat(api.getPaths()
                        .get("/v1/checkout/sessions")
                        .getPost()
                        .getResponses()
                        .get("422")
                        .getContent()
                        .get("application/json")
                        .getExamples()
                        .get("lomn_required")
                        .get$ref())
                .isEqualTo("#/components/examples/LomnRequired");
    }
}

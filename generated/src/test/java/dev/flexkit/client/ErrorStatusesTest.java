package dev.flexkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.contract.ContractFiles;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error status the contract declares, with every example body it gives, comes to the caller as its typed
 * exception with the body parsed: Flex's message in {@code getMessage()}, each problem of a {@code detail} list in
 * {@code getDetail()}. A status the contract adds without an exception here fails the test.
 */
class ErrorStatusesTest {

    private static final OpenAPI API = ContractFiles.flexApi();
    private static final Map<Integer, Class<? extends FlexApiException>> EXCEPTIONS = Map.of(
            400, InvalidStateException.class,
            401, AuthenticationException.class,
            402, CardDeclinedException.class,
            404, NotFoundException.class,
            422, InvalidRequestException.class,
            429, RateLimitException.class);

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TestFactory
    Stream<DynamicTest> everyErrorOfTheContractIsItsTypedException() {
        Map<String, Example> examples = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        API.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(operation -> operation.getResponses().forEach((status, response) -> {
                            int code = Integer.parseInt(status);
                            if (code < 400) {
                                return;
                            }
                            MediaType json = resolve(response).getContent().get("application/json");
                            json.getExamples().forEach((name, example) -> {
                                examples.put(status + " " + name, resolveExample(example));
                                statuses.put(status + " " + name, code);
                            });
                        })));
        assertThat(statuses.values()).as("error statuses of the contract").containsAll(EXCEPTIONS.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        examples.forEach((name, example) -> tests.add(dynamicTest(
                name, () -> assertTyped(statuses.get(name), Json.mapper().writeValueAsString(example.getValue())))));
        return tests.stream();
    }

    private void assertTyped(int status, String body) throws Exception {
        server.resetAll();
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        JsonNode expected = RoundTrip.MAPPER.readTree(body).get("detail");
        try (ApiClient client = new ApiClient()
                .setBasePath(server.baseUrl())
                .setBearerToken("fsk_test_ci")
                .setMaxNetworkRetries(0)) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).createCheckoutSession(request()))
                    .isInstanceOfSatisfying(EXCEPTIONS.get(status), e -> {
                        assertThat(e.getCode()).isEqualTo(status);
                        assertThat(e.getOperationId()).isEqualTo("createCheckoutSession");
                        assertThat(e.getResponseBody()).isEqualTo(body);
                        assertThat(e.getMessage()).startsWith("createCheckoutSession: " + status + " ");
                        if (expected.isTextual()) {
                            assertThat(e.getFlexMessage()).isEqualTo(expected.asText());
                            assertThat(e.getDetail()).isEmpty();
                        } else {
                            assertThat(e.getDetail()).hasSize(expected.size());
                            for (int i = 0; i < expected.size(); i++) {
                                assertThat(e.getDetail().get(i).msg())
                                        .isEqualTo(expected.get(i).get("msg").asText());
                                assertThat(e.getDetail().get(i).type())
                                        .isEqualTo(expected.get(i).get("type").asText());
                                assertThat(e.getDetail().get(i).loc())
                                        .hasSize(expected.get(i).get("loc").size());
                                assertThat(e.getMessage())
                                        .contains(expected.get(i).get("msg").asText());
                            }
                        }
                    });
        }
    }

    @Test
    void theLetterRequiredRefusalNamesTheVisitTypeAndItsType() throws Exception {
        String lomn = """
                {"detail":[{"loc":["visit_type"],"msg":"A LoMN is required for this visit type","type":"invalid_request_error"}]}""";
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422).withBody(lomn)));
        try (ApiClient client = new ApiClient().setBasePath(server.baseUrl()).setBearerToken("fsk_test_ci")) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).createCheckoutSession(request()))
                    .isExactlyInstanceOf(InvalidRequestException.class)
                    .satisfies(thrown -> {
                        InvalidRequestException e = (InvalidRequestException) thrown;
                        assertThat(e.getDetail()).singleElement().satisfies(problem -> {
                            assertThat(problem.loc()).containsExactly("visit_type");
                            assertThat(problem.type()).isEqualTo("invalid_request_error");
                        });
                        assertThat(e.getMessage())
                                .isEqualTo(
                                        "createCheckoutSession: 422 A LoMN is required for this visit type (visit_type, invalid_request_error)");
                    });
        }
    }

    @Test
    void aReusedIdempotencyKeyIsAnIdempotencyException() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422).withBody("""
                {"detail":[{"loc":["header","Idempotency-Key"],"msg":"This key was used for another request","type":"idempotency_key_reused"}]}""")));
        try (ApiClient client = new ApiClient().setBasePath(server.baseUrl()).setBearerToken("fsk_test_ci")) {
            assertThatThrownBy(() -> new CheckoutSessionsApi(client).createCheckoutSession(request()))
                    .isInstanceOf(IdempotencyException.class);
        }
    }

    private static CheckoutSessionCreateRequest request() {
        return new CheckoutSessionCreateRequest()
                .checkoutSession(new CheckoutSessionCreateParams().successUrl("https://example.com/success"));
    }

    private static ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null
                ? response
                : API.getComponents().getResponses().get(last(response.get$ref()));
    }

    private static Example resolveExample(Example example) {
        return example.get$ref() == null
                ? example
                : API.getComponents().getExamples().get(last(example.get$ref()));
    }

    private static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}

package dev.flexkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example in the contracts is checked by the same validator that checks live traffic. */
class ContractExamplesTest {

    private static final OpenAPI API = ContractFiles.flexApi();
    private static final ContractValidator VALIDATOR = ContractValidator.forFlexApi();

    /** A contract file, its parsed form and its validator. */
    private record Contract(String file, OpenAPI api, ContractValidator validator) {}

    private static final List<Contract> CONTRACTS = List.of(
            new Contract(FlexContract.FLEX_API, API, VALIDATOR),
            new Contract(
                    FlexContract.SANDBOX_CONTROL,
                    ContractFiles.parse(FlexContract.SANDBOX_CONTROL).getOpenAPI(),
                    ContractValidator.forSandboxControl()));

    @TestFactory
    Stream<DynamicTest> everyRequestExampleKeepsToItsOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract contract : CONTRACTS) {
            Operations.each(contract.api(), (method, path, operation) -> {
                if (operation.getRequestBody() != null) {
                    examples(contract.api(), operation.getRequestBody().getContent())
                            .forEach((name, body) -> tests.add(dynamicTest(
                                    operation.getOperationId() + " request " + name,
                                    () -> assertThat(contract.validator().checkRequest(request(method, path, body)))
                                            .extracting(ContractViolation::describe)
                                            .isEmpty())));
                }
            });
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyResponseExampleKeepsToItsOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract contract : CONTRACTS) {
            Operations.each(
                    contract.api(),
                    (method, path, operation) -> operation
                            .getResponses()
                            .forEach((status, response) -> examples(contract.api(), response.getContent())
                                    .forEach((name, body) -> tests.add(dynamicTest(
                                            operation.getOperationId() + " " + status + " " + name,
                                            () -> assertThat(contract.validator()
                                                            .checkResponse(
                                                                    request(method, path, null),
                                                                    SimpleResponse.Builder.status(
                                                                                    Integer.parseInt(status))
                                                                            .withContentType("application/json")
                                                                            .withBody(body)
                                                                            .build()))
                                                    .extracting(ContractViolation::describe)
                                                    .isEmpty())))));
        }
        return tests.stream();
    }

    /** Every request Flex's pages print is one the contract accepts: a documented request is always expressible. */
    @TestFactory
    Stream<DynamicTest> everyRequestOfFlexsPagesKeepsToItsOperation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SeedPages.Example example : SeedPages.all()) {
            String[] what = example.what().split(" ");
            if (example.model() == null || what.length < 2 || !what[1].equals("request")) {
                continue;
            }
            Operations.each(API, (method, path, operation) -> {
                if (operation.getOperationId().equals(what[0])) {
                    // The copy of the create-customer page has its e-mail addresses obfuscated, as the site served
                    // them.
                    String body = example.json().replace("[email protected]", "joh.doe@example.com");
                    tests.add(dynamicTest(
                            example.page() + " " + example.name() + " as " + what[0],
                            () -> assertThat(VALIDATOR.checkRequest(request(method, path, body)))
                                    .extracting(ContractViolation::describe)
                                    .isEmpty()));
                }
            });
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    @Test
    void bothContractsHaveExamplesToCheck() {
        assertThat(everyRequestExampleKeepsToItsOperation().map(DynamicTest::getDisplayName))
                .anyMatch(name -> name.startsWith("seed request"))
                .anyMatch(name -> name.startsWith("createCheckoutSession request"));
    }

    @Test
    void theValidatorRejectsAnExampleThatBreaksTheContract() {
        String brokenSession = "{\"checkout_session\": {\"checkout_session_id\": \"fcs_1\", \"status\": 42}}";

        List<ContractViolation> violations = VALIDATOR.checkResponse(
                request("GET", "/v1/checkout/sessions/{id}", null),
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(brokenSession)
                        .build());

        assertThat(violations).extracting(ContractViolation::operation).contains("retrieveCheckoutSession");
        assertThat(violations).extracting(ContractViolation::field).contains("/checkout_session/status");
    }

    static Request request(String method, String path, String body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path.replaceAll("\\{[^}]+}", "fx_123"))
                .withAuthorization("Bearer fsk_test_example");
        if (body != null) {
            builder.withContentType("application/json").withBody(body);
        }
        return builder.build();
    }

    static Map<String, String> examples(OpenAPI api, Content content) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        if (content == null) {
            return bodies;
        }
        MediaType json = content.get("application/json");
        if (json == null) {
            return bodies;
        }
        if (json.getExample() != null) {
            bodies.put("example", write(json.getExample()));
        }
        if (json.getExamples() != null) {
            json.getExamples()
                    .forEach((name, example) ->
                            bodies.put(name, write(resolve(api, example).getValue())));
        }
        return bodies;
    }

    private static Example resolve(OpenAPI api, Example example) {
        if (example.get$ref() == null) {
            return example;
        }
        String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getExamples().get(name);
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.flexkit.client;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flexkit.contract.ContractFiles;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example of the contract, request or response, is read into its generated model and written back unchanged. */
class ContractExamplesRoundTripTest {

    private static final OpenAPI API = ContractFiles.flexApi();

    @TestFactory
    Stream<DynamicTest> everyExampleOfTheContract() {
        List<DynamicTest> tests = new ArrayList<>();
        API.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getRequestBody() != null) {
                        add(
                                tests,
                                operation.getOperationId() + " request",
                                operation.getRequestBody().getContent());
                    }
                    operation
                            .getResponses()
                            .forEach((status, response) -> add(
                                    tests,
                                    operation.getOperationId() + " " + status,
                                    resolve(response).getContent()));
                }));
        return tests.stream();
    }

    private static void add(List<DynamicTest> tests, String name, Content content) {
        MediaType json = content == null ? null : content.get("application/json");
        if (json == null || json.getExamples() == null) {
            return;
        }
        Class<?> model = modelOf(json);
        json.getExamples()
                .forEach((exampleName, example) -> tests.add(dynamicTest(
                        name + " " + exampleName + " as " + model.getSimpleName(),
                        () -> RoundTrip.assertLossless(write(resolve(example).getValue()), model))));
    }

    private static Class<?> modelOf(MediaType mediaType) {
        String ref = mediaType.getSchema().get$ref();
        try {
            return Class.forName("dev.flexkit.client.model." + ref.substring(ref.lastIndexOf('/') + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No generated model for " + ref, e);
        }
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse resolve(
            io.swagger.v3.oas.models.responses.ApiResponse response) {
        return response.get$ref() == null
                ? response
                : API.getComponents().getResponses().get(lastSegment(response.get$ref()));
    }

    private static Example resolve(Example example) {
        return example.get$ref() == null
                ? example
                : API.getComponents().getExamples().get(lastSegment(example.get$ref()));
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String write(Object value) throws JsonProcessingException {
        return Json.mapper().writeValueAsString(value);
    }
}

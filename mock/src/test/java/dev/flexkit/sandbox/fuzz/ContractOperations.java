package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.contract.FlexContract;
import dev.flexkit.sandbox.http.JsonResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every operation of the Flex API contract and of the control API contract, read with swagger-parser. */
final class ContractOperations {

    private ContractOperations() {}

    // Queuing faults (/__admin/flex/faults) makes the sandbox reset, delay or garble a key's next answers on
    // purpose: the fuzzer would then meet its own faults. They have tests of their own (FaultsApiTest).
    private static final Set<String> FAULT_OPERATIONS = Set.of("injectFault", "listFaults", "clearFaults");

    static List<ContractOperation> all() {
        List<ContractOperation> operations = new ArrayList<>();
        operations.addAll(read(FlexContract.FLEX_API, ContractValidator.forFlexApi()));
        operations.addAll(read(FlexContract.SANDBOX_CONTROL, ContractValidator.forSandboxControl()).stream()
                .filter(operation -> !FAULT_OPERATIONS.contains(operation.operationId()))
                .toList());
        return operations;
    }

    private static List<ContractOperation> read(String resource, ContractValidator validator) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(FlexContract.read(resource), null, options)
                .getOpenAPI();
        List<ContractOperation> operations = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    List<Parameter> parameters = new ArrayList<>();
                    if (item.getParameters() != null) {
                        parameters.addAll(item.getParameters());
                    }
                    if (operation.getParameters() != null) {
                        parameters.addAll(operation.getParameters());
                    }
                    RequestBody body = operation.getRequestBody();
                    MediaType json = body == null || body.getContent() == null
                            ? null
                            : body.getContent().get("application/json");
                    List<JsonNode> examples = new ArrayList<>();
                    if (json != null && json.getExamples() != null) {
                        json.getExamples()
                                .values()
                                .forEach(example -> examples.add(JsonResponses.MAPPER.valueToTree(example.getValue())));
                    }
                    if (json != null && json.getExample() != null) {
                        examples.add(JsonResponses.MAPPER.valueToTree(json.getExample()));
                    }
                    operations.add(new ContractOperation(
                            operation.getOperationId(),
                            method.name(),
                            path,
                            List.copyOf(parameters),
                            json == null ? null : json.getSchema(),
                            body != null && Boolean.TRUE.equals(body.getRequired()),
                            List.copyOf(examples),
                            validator));
                }));
        return operations;
    }
}

package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.contract.ContractValidator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;

/**
 * One operation of a contract, as the fuzzer needs it: where it is, what it takes, its examples.
 *
 * @param bodySchema   the request body's schema, fully resolved, or null when it takes none
 * @param bodyExamples the request body examples of the contract
 * @param contract     the validator of the contract the operation belongs to
 */
record ContractOperation(
        String operationId,
        String method,
        String pathTemplate,
        List<Parameter> parameters,
        Schema<?> bodySchema,
        boolean bodyRequired,
        List<JsonNode> bodyExamples,
        ContractValidator contract) {

    List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> "path".equals(p.getIn())).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> "query".equals(p.getIn())).toList();
    }

    boolean writes() {
        return !method.equals("GET");
    }

    /**
     * The id prefix of a path parameter, read from the path segment before it
     * ({@code /v1/customers/{id}} takes a {@code fcus_} id).
     */
    String idPrefixOf(String parameter) {
        String[] segments = pathTemplate.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter + "}")) {
                return IdPool.prefixOfCollection(segments[i - 1]);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return operationId;
    }
}

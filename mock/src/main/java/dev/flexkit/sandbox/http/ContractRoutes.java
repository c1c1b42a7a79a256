package dev.flexkit.sandbox.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.flexkit.contract.FlexContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flex API's one WireMock stub: every request that is not WireMock's admin API goes to
 * {@link FlexApiTransformer}, which routes it by the contract's paths ({@link OperationRouter}) and answers
 * FastAPI's 404 or 405 for everything the contract does not have. One stub rather than one per operation:
 * WireMock matches every stub's pattern against every request, a cost a static stub folder pays once per stub
 * and the sandbox would pay for each of its operations.
 */
public final class ContractRoutes implements MappingsLoaderExtension {

    @Override
    public String getName() {
        return "flex-api-routes";
    }

    /** @return {@code METHOD path operationId} of every operation of the contract */
    public static List<String[]> operations() {
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(FlexContract.read(FlexContract.FLEX_API))
                .getOpenAPI();
        List<String[]> operations = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(new String[] {method.name(), path, operation.getOperationId()})));
        return operations;
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        stubMappings.addMapping(any(anyUrl())
                .willReturn(aResponse().withTransformers(FlexApiTransformer.NAME))
                .build());
    }
}

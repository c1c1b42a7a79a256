package dev.flexkit.sandbox.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.flexkit.contract.FlexContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * One WireMock stub per operation of the Flex API contract, so the routes are the contract's paths and
 * nothing else; plus a catch-all for everything the contract does not have.
 */
public final class ContractRoutes implements MappingsLoaderExtension {

    private static final int OPERATION_PRIORITY = 1;
    private static final int CATCH_ALL_PRIORITY = 10;

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
        for (String[] operation : operations()) {
            stubMappings.addMapping(request(operation[0], urlPathTemplate(operation[1]))
                    .atPriority(OPERATION_PRIORITY)
                    .willReturn(aResponse()
                            .withTransformers(FlexApiTransformer.NAME)
                            .withTransformerParameter(FlexApiTransformer.OPERATION, operation[2])
                            .withTransformerParameter(FlexApiTransformer.PATH_TEMPLATE, operation[1]))
                    .build());
        }
        stubMappings.addMapping(any(anyUrl())
                .atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse()
                        .withTransformers(FlexApiTransformer.NAME)
                        .withTransformerParameter(FlexApiTransformer.OPERATION, FlexApiTransformer.UNMATCHED))
                .build());
    }
}

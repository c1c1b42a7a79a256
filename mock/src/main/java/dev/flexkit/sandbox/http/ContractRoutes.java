package dev.flexkit.sandbox.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.flexkit.contract.FlexContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * Read from the contract's {@code paths} alone, as YAML: resolving the whole contract (which the contract
     * check does once already) would double the sandbox's start-up.
     *
     * @return {@code METHOD path operationId} of every operation of the contract
     */
    public static List<String[]> operations() {
        JsonNode paths;
        try {
            paths = new YAMLMapper()
                    .readTree(FlexContract.read(FlexContract.FLEX_API))
                    .path("paths");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The packaged contract is not YAML", e);
        }
        List<String[]> operations = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(method -> METHODS.contains(method.getKey()))
                        .forEach(method -> operations.add(new String[] {
                            method.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            method.getValue().path("operationId").asText()
                        })));
        return operations;
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        stubMappings.addMapping(any(anyUrl())
                .willReturn(aResponse().withTransformers(FlexApiTransformer.NAME))
                .build());
    }
}

package dev.flexkit.sandbox.http.jetty;

import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import dev.flexkit.contract.FlexContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The paths and methods of the sandbox's control API, as {@code openapi/sandbox-control.yaml} declares them. */
final class ControlApiPaths {

    private final Map<PathTemplate, Set<String>> methodsByPath = new LinkedHashMap<>();

    ControlApiPaths() {
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(FlexContract.read(FlexContract.SANDBOX_CONTROL))
                .getOpenAPI();
        api.getPaths()
                .forEach((path, item) -> methodsByPath.put(
                        new PathTemplate(path),
                        item.readOperationsMap().keySet().stream()
                                .map(Enum::name)
                                .collect(Collectors.toUnmodifiableSet())));
    }

    /** @return the methods the control API takes at this path, or empty when it has no such path */
    Optional<Set<String>> methodsAt(String path) {
        return methodsByPath.entrySet().stream()
                .filter(entry -> entry.getKey().matches(path))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}

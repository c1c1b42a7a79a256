package dev.flexkit.sandbox.http.jetty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import dev.flexkit.contract.FlexContract;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The paths and methods of the sandbox's control API, as {@code openapi/sandbox-control.yaml} declares them. */
final class ControlApiPaths {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Map<PathTemplate, Set<String>> methodsByPath = new LinkedHashMap<>();

    // Read from the contract's paths as plain YAML: the contract check parses and resolves the whole contract
    // once already, and a second parse for the paths alone would cost about as much again.
    ControlApiPaths() {
        try {
            new YAMLMapper()
                    .readTree(FlexContract.read(FlexContract.SANDBOX_CONTROL))
                    .path("paths")
                    .properties()
                    .forEach(path -> methodsByPath.put(
                            new PathTemplate(path.getKey()),
                            path.getValue().properties().stream()
                                    .map(Map.Entry::getKey)
                                    .filter(METHODS::contains)
                                    .map(method -> method.toUpperCase(Locale.ROOT))
                                    .collect(Collectors.toUnmodifiableSet())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The packaged control API contract is not YAML", e);
        }
    }

    /** @return the methods the control API takes at this path, or empty when it has no such path */
    Optional<Set<String>> methodsAt(String path) {
        return methodsByPath.entrySet().stream()
                .filter(entry -> entry.getKey().matches(path))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}

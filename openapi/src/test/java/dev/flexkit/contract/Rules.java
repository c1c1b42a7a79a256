package dev.flexkit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Map;

/** The documented business rules listed in the contract's {@code x-flex-rules}. */
final class Rules {

    private Rules() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(OpenAPI api) {
        return (List<Map<String, Object>>) api.getExtensions().get("x-flex-rules");
    }
}

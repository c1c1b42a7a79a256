package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer's request {@code metadata}: an object of strings, or that object JSON-encoded in a string, as
 * Flex's customer pages print it (the contract accepts both until a live run settles which Flex takes).
 */
final class CustomerMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

    private CustomerMetadata() {}

    /** @return the metadata as a map, or {@code null} when none was given */
    static Map<String, String> of(Object metadata) {
        if (metadata == null) {
            return null;
        }
        if (metadata instanceof String encoded) {
            try {
                Map<String, String> decoded = JSON.readValue(encoded, STRINGS);
                if (decoded == null || decoded.containsValue(null)) {
                    throw new RuleViolationException(notAnObject());
                }
                return decoded;
            } catch (JsonProcessingException e) {
                throw new RuleViolationException(notAnObject());
            }
        }
        // The contract's check let only an object of strings through.
        Map<String, String> map = new LinkedHashMap<>();
        ((Map<?, ?>) metadata).forEach((key, value) -> map.put(key.toString(), value.toString()));
        return map;
    }

    private static Problem notAnObject() {
        return Problem.of(
                "metadata_not_an_object",
                "a metadata string must be a JSON object of strings, e.g. {\"key\": \"value\"}",
                "metadata");
    }
}

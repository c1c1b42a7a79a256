package dev.flexkit.sandbox.http;

import dev.flexkit.contract.FlexApiKeys;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the API key of a request. Like Flex's test environment, the sandbox takes only test-mode keys
 * ({@code fsk_test_...}); the key selects the dataset. Keys are never logged or echoed.
 */
final class ApiKeys {

    private static final Pattern BEARER = Pattern.compile("^Bearer\\s+(\\S+)$", Pattern.CASE_INSENSITIVE);

    private ApiKeys() {}

    static String authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new UnauthorizedException("Not authenticated");
        }
        Matcher bearer = BEARER.matcher(authorizationHeader.trim());
        if (!bearer.matches()) {
            throw new UnauthorizedException("Invalid authentication credentials: use Authorization: Bearer <api key>");
        }
        String key = bearer.group(1);
        if (FlexApiKeys.isTestKey(key)) {
            return key;
        }
        if (key.startsWith("fsk_")) {
            throw new UnauthorizedException("The sandbox accepts only test-mode keys (fsk_test_...)");
        }
        throw new UnauthorizedException("Invalid API key");
    }
}

package dev.flexkit.contract;

import java.util.regex.Pattern;

/**
 * What Flex's keys look like: test-mode keys start with {@code fsk_test_}, live keys with {@code fsk_}. The
 * sandbox accepts only test-mode keys, and the conformance suite refuses to run with any other.
 */
public final class FlexApiKeys {

    private static final Pattern TEST_KEY = Pattern.compile("^fsk_test_[A-Za-z0-9_\\-=+/.]+$");

    private FlexApiKeys() {}

    /** @return whether the key is a Flex test-mode key */
    public static boolean isTestKey(String key) {
        return key != null && TEST_KEY.matcher(key).matches();
    }
}

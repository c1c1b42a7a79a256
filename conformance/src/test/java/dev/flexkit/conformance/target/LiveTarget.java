package dev.flexkit.conformance.target;

import dev.flexkit.contract.FlexApiKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Flex's live test environment, or anything that answers like it (the standalone sandbox in CI). The key is
 * checked before anything is sent: the suite refuses to run without a key, or with one that is not a
 * test-mode key, so it can never touch live data. The key is never printed.
 */
final class LiveTarget implements Target {

    static final String DEFAULT_BASE_URL = "https://api.withflex.com";

    private final String baseUrl;
    private final String apiKey;
    private final Fixtures fixtures;

    private LiveTarget(String baseUrl, String apiKey, Fixtures fixtures) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.fixtures = fixtures;
    }

    /**
     * @param env the environment: {@code FLEX_API_KEY} (required, {@code fsk_test_...}), {@code FLEX_BASE_URL},
     *            {@code FLEX_FIXTURES} (the fixtures file)
     * @throws IllegalStateException when the key is missing or not a test-mode key, or the fixtures are missing
     */
    static LiveTarget fromEnvironment(Map<String, String> env) {
        String key = env.get("FLEX_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Live mode needs a test-mode key in FLEX_API_KEY; nothing was sent.");
        }
        if (!FlexApiKeys.isTestKey(key)) {
            throw new IllegalStateException("FLEX_API_KEY is not a test-mode key (fsk_test_...): the suite never runs"
                    + " against live data; nothing was sent.");
        }
        String fixturesPath = env.get("FLEX_FIXTURES");
        if (fixturesPath == null || fixturesPath.isBlank() || !Files.isRegularFile(Path.of(fixturesPath))) {
            throw new IllegalStateException(
                    "Live mode needs FLEX_FIXTURES, the fixtures file naming the objects of your test"
                            + " account by role (see conformance/fixtures/fixtures.yaml); got: " + fixturesPath);
        }
        Path fixtures = Path.of(fixturesPath);
        String baseUrl = env.getOrDefault("FLEX_BASE_URL", DEFAULT_BASE_URL);
        return new LiveTarget(
                baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.replaceAll("/+$", ""), key, Fixtures.read(fixtures));
    }

    @Override
    public String name() {
        return "live";
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String apiKeyForScenario() {
        return apiKey;
    }

    @Override
    public Fixtures fixtures() {
        return fixtures;
    }

    @Override
    public boolean hasControlApi() {
        return false;
    }

    @Override
    public String toString() {
        return "live target " + baseUrl;
    }
}

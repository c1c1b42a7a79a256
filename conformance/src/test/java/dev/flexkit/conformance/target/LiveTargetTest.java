package dev.flexkit.conformance.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Live mode refuses, before anything is sent, to run without a test-mode key. */
class LiveTargetTest {

    private static final String FIXTURES = Path.of(System.getProperty("flex.root", ".."))
            .resolve("conformance/fixtures/fixtures.yaml")
            .toString();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fsk_live_abcdefghijklmnop",
                "fsk_abcdefghijklmnop",
                "sk_test_abcdefghijklmnop",
                "FSK_TEST_ABCDEFGH"
            })
    void aKeyThatIsNotATestModeKeyIsRefusedBeforeAnythingIsSent(String key) throws IOException {
        try (ServerSocket flex = new ServerSocket(0)) {
            flex.setSoTimeout(300);

            assertThatThrownBy(() -> LiveTarget.fromEnvironment(env(key, "http://localhost:" + flex.getLocalPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not a test-mode key")
                    .hasMessageContaining("nothing was sent")
                    .message()
                    .doesNotContain(key);
            assertThatThrownBy(flex::accept)
                    .as("no connection reached the target")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aTestPrefixWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> LiveTarget.fromEnvironment(env("fsk_test_", "http://localhost:1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a test-mode key");
    }

    @Test
    void aMissingKeyIsRefused() {
        Map<String, String> env = env(null, "http://localhost:1");

        assertThatThrownBy(() -> LiveTarget.fromEnvironment(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLEX_API_KEY");
    }

    @Test
    void missingFixturesAreRefused() {
        Map<String, String> env = env("fsk_test_abcdefgh", "http://localhost:1");
        env.remove("FLEX_FIXTURES");

        assertThatThrownBy(() -> LiveTarget.fromEnvironment(env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLEX_FIXTURES");
    }

    @Test
    void aTestModeKeyIsUsedAndNeverShown() {
        LiveTarget target = LiveTarget.fromEnvironment(env("fsk_test_abcdefgh12345678", "http://localhost:1234/"));

        assertThat(target.apiKeyForScenario()).isEqualTo("fsk_test_abcdefgh12345678");
        assertThat(target.baseUrl()).isEqualTo("http://localhost:1234");
        assertThat(target.toString()).doesNotContain("fsk_test_abcdefgh12345678");
        assertThat(target.fixtures().customer("Grace").customerId()).startsWith("fcus_");
        assertThat(target.hasControlApi()).isFalse();
    }

    @Test
    void theBaseUrlDefaultsToFlexsProduction() {
        Map<String, String> env = env("fsk_test_abcdefgh", null);

        assertThat(LiveTarget.fromEnvironment(env).baseUrl()).isEqualTo("https://api.withflex.com");
    }

    private static Map<String, String> env(String key, String baseUrl) {
        Map<String, String> env = new HashMap<>();
        if (key != null) {
            env.put("FLEX_API_KEY", key);
        }
        if (baseUrl != null) {
            env.put("FLEX_BASE_URL", baseUrl);
        }
        env.put("FLEX_FIXTURES", FIXTURES);
        return env;
    }
}

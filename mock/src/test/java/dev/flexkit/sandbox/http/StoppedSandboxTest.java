package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.ApiConnectionException;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.sandbox.FlexSandbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server goes away mid-run: the caller gets ApiConnectionException once the retries are spent, not a hang. */
class StoppedSandboxTest {

    @Test
    void aStoppedSandboxIsAnApiConnectionExceptionWithinTheTimeouts() throws Exception {
        FlexSandbox sandbox = FlexSandbox.start(0);
        String baseUrl = sandbox.baseUrl();
        try (ApiClient client = new ApiClient()
                .setBasePath(baseUrl)
                .setBearerToken("fsk_test_ci")
                .setConnectTimeout(Duration.ofSeconds(2))
                .setResponseTimeout(Duration.ofSeconds(2))) {
            CustomersApi customers = new CustomersApi(client);
            assertThat(customers.listCustomers().getCustomers()).isEmpty();

            sandbox.close();

            long started = System.nanoTime();
            assertThatThrownBy(customers::listCustomers)
                    .isInstanceOfSatisfying(
                            ApiConnectionException.class,
                            e -> assertThat(e.getMessage()).startsWith("listCustomers: no answer from " + baseUrl));
            // Three attempts of at most the timeouts each, and two backoffs of at most 1 s, plus slack.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3 * 4 + 2 + 3));
        }
    }
}

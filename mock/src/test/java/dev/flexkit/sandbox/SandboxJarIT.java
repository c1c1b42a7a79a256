package dev.flexkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.contract.DocumentedBodies;
import dev.flexkit.contract.http.RawRequests;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone jar, run as a user would: a separate process, a seed file, a port, a stop. */
class SandboxJarIT {

    @Test
    void theJarStartsWithASeedFileAnswersAndStopsCleanly() throws Exception {
        int port;
        try (StandaloneJar sandbox = StandaloneJar.start()) {
            port = sandbox.port();
            assertThat(sandbox.listeningLine()).contains("http://127.0.0.1:" + port);

            RawRequests.Response checkout = post(port, "/v1/checkout/sessions", """
                    {"checkout_session": {"mode": "off_session", "customer": "fcus_GraceGymLetter",
                     "payment_method": "fpm_GraceOffSession", "line_items": [{"price": "fprice_GymMonthly", "quantity": 1}]}}""");
            RawRequests.Response expired = post(port, "/v1/checkout/sessions", """
                    {"checkout_session": {"mode": "off_session", "customer": "fcus_EddieExpiredLetter",
                     "payment_method": "fpm_EddieOffSession", "line_items": [{"price": "fprice_GymMonthly", "quantity": 1}]}}""");

            assertThat(checkout.status()).isEqualTo(200);
            assertThat(checkout.body()).contains("\"status\":\"complete\"").contains("\"visit_type\":\"gym\"");
            assertThat(expired.status()).isEqualTo(422);
            assertThat(expired.body()).isEqualTo(DocumentedBodies.LOMN_REQUIRED);

            sandbox.process().toHandle().destroy();
            assertThat(sandbox.process().waitFor(30, TimeUnit.SECONDS))
                    .as("stopped within 30 s")
                    .isTrue();
            assertThat(sandbox.output().await("Flex sandbox stopped")).isNotNull();
        }
        try (ServerSocket reuse = new ServerSocket(port)) {
            assertThat(reuse.getLocalPort()).as("the port is released").isEqualTo(port);
        }
    }

    @Test
    void aBadSeedFileStopsTheJarWithExitCode2AndSaysWhy(@TempDir Path dir) throws Exception {
        ProcessOutput output = refusedSeed(dir, "products:\n  - product_id: fprod_X\n    visit_type: gym\n");

        assertThat(output.await("is not a seed document")).isNotNull();
        assertThat(output.await("/products/0:"))
                .as("the entry and the field it lacks")
                .contains("missing required properties")
                .contains("\"name\"");
    }

    @Test
    void aSeedFileWhoseEntriesDoNotFitTogetherStopsTheJar(@TempDir Path dir) throws Exception {
        ProcessOutput output = refusedSeed(dir, "prices:\n  - product: fprod_Missing\n    unit_amount: 100\n");

        assertThat(output.await("fprod_Missing")).contains("product");
    }

    /** Starts the jar with this seed file and expects it to stop at once with exit code 2. */
    private static ProcessOutput refusedSeed(Path dir, String yaml) throws IOException, InterruptedException {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, yaml);
        Process sandbox = StandaloneJar.launch("--port", "0", "--seed", seed.toString());
        ProcessOutput output = ProcessOutput.of(sandbox);

        assertThat(sandbox.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(sandbox.exitValue()).isEqualTo(2);
        return output;
    }

    private static RawRequests.Response post(int port, String path, String body) throws IOException {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            return RawRequests.send(
                    http, "POST", "http://localhost:" + port + path, body, "Bearer fsk_test_jar", false);
        }
    }
}

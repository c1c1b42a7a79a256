package dev.flexkit.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.flexkit.contract.DocumentedBodies;
import dev.flexkit.contract.http.RawRequests;
import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/** A stock WireMock server with extension scanning finds the sandbox through META-INF/services, beside its own stubs. */
class FlexSandboxExtensionFactoryTest {

    @Test
    void aPlainWireMockServerLoadsTheSandboxFromTheClasspath() throws IOException {
        WireMockServer wireMock = new WireMockServer(
                options().dynamicPort().bindAddress("127.0.0.1").extensionScanningEnabled(true));
        wireMock.start();
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            wireMock.stubFor(
                    get("/my-own/stub").willReturn(aResponse().withStatus(200).withBody("mine")));
            String base = wireMock.baseUrl();

            RawRequests.Response seeded = RawRequests.send(
                    http,
                    "POST",
                    base + "/__admin/flex/seed",
                    "{\"products\": [{\"product_id\": \"fprod_Stock\", \"name\": \"Stock\"}]}",
                    "Bearer fsk_test_stock",
                    false);
            RawRequests.Response product = RawRequests.send(
                    http, "GET", base + "/v1/products/fprod_Stock", null, "Bearer fsk_test_stock", false);
            RawRequests.Response otherKey = RawRequests.send(
                    http, "GET", base + "/v1/products/fprod_Stock", null, "Bearer fsk_test_other", false);
            RawRequests.Response stub = RawRequests.send(http, "GET", base + "/my-own/stub", null, null, false);

            assertThat(seeded.status()).isEqualTo(200);
            assertThat(product.status()).isEqualTo(200);
            assertThat(product.body()).contains("\"product_id\":\"fprod_Stock\"");
            assertThat(otherKey.status()).isEqualTo(404);
            assertThat(otherKey.body()).isEqualTo(DocumentedBodies.NOT_FOUND);
            assertThat(stub.body()).as("the server's own stubs still answer").isEqualTo("mine");
        } finally {
            wireMock.stop();
        }
    }
}

package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock's own HTTP client (for proxying stubs and WireMock's webhooks), built on its first request rather than
 * while the server starts: the sandbox proxies nothing, and building it loads Apache HttpClient and a TLS context
 * with the JVM's trust store, a fifth of WireMock's start-up. A WireMock server of the user's own that proxies
 * gets the same client as before, on its first proxied request.
 */
public final class OnDemandHttpClientFactory implements HttpClientFactory {

    @Override
    public HttpClient buildHttpClient(
            Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
        return new LazyHttpClient(() -> new ApacheHttpClientFactory()
                .buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
    }
}

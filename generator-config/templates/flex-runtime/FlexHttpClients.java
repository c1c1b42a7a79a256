package dev.flexkit.client;

import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/** The HttpClient an {@code ApiClient} builds for itself: pooled, with its timeouts and its retry strategy. */
public final class FlexHttpClients {

    private FlexHttpClients() {
    }

    /**
     * @param network the settings, read on every connection and request
     * @return a builder to add to (interceptors, say) before {@code build()}
     */
    public static HttpClientBuilder builder(NetworkSettings network) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionConfigResolver(route -> network.connectionConfig())
                        .setMaxConnPerRoute(32)
                        .setMaxConnTotal(64)
                        .build())
                .setDefaultRequestConfig(network.requestConfig())
                .setRetryStrategy(new NetworkRetryStrategy(network))
                // Inside the retry element, so that a body cut short fails an attempt that can be retried
                // rather than the caller's read after the retries are over.
                .addExecInterceptorAfter(ChainElement.RETRY.name(), BufferedResponseExec.NAME, new BufferedResponseExec())
                .disableCookieManagement();
    }
}

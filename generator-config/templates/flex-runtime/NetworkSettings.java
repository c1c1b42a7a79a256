package dev.flexkit.client;

import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The timeouts and retry limits of one {@code ApiClient}. Its HttpClient reads them on every request, so a
 * setter takes effect on the next call without rebuilding the client. Defaults are stripe-java's.
 */
public final class NetworkSettings {

    private volatile Duration connectTimeout = Duration.ofSeconds(30);
    private volatile Duration responseTimeout = Duration.ofSeconds(80);
    private volatile int maxNetworkRetries = 2;
    private volatile Duration initialRetryDelay = Duration.ofMillis(500);
    private volatile Duration maxRetryDelay = Duration.ofSeconds(5);
    private volatile Duration maxRetryAfter = Duration.ofSeconds(20);

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = notNegative(connectTimeout, "connectTimeout");
    }

    public Duration responseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = notNegative(responseTimeout, "responseTimeout");
    }

    public int maxNetworkRetries() {
        return maxNetworkRetries;
    }

    public void setMaxNetworkRetries(int maxNetworkRetries) {
        if (maxNetworkRetries < 0) {
            throw new IllegalArgumentException("maxNetworkRetries must not be negative");
        }
        this.maxNetworkRetries = maxNetworkRetries;
    }

    public Duration initialRetryDelay() {
        return initialRetryDelay;
    }

    public Duration maxRetryDelay() {
        return maxRetryDelay;
    }

    public void setRetryDelays(Duration initial, Duration max) {
        notNegative(initial, "initial");
        notNegative(max, "max");
        if (initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("the initial retry delay must not exceed the maximum");
        }
        this.initialRetryDelay = initial;
        this.maxRetryDelay = max;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
        this.maxRetryAfter = notNegative(maxRetryAfter, "maxRetryAfter");
    }

    /** @return the connection settings of a new connection (the pool asks for each) */
    ConnectionConfig connectionConfig() {
        return ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout)).build();
    }

    /** @return the settings of one request */
    public RequestConfig requestConfig() {
        return RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build();
    }

    private static Duration notNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }
}

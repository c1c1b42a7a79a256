package dev.flexkit.client;

import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a failed attempt is sent again, on HttpClient's own retry mechanism (its retry element re-sends the
 * request, entity included, after the interval given here).
 *
 * <ul>
 *   <li>only a call that is safe to repeat ({@link RetryableCall#safeToRepeat()}: a GET, or a request with an
 *       {@code Idempotency-Key}), at most {@link NetworkSettings#maxNetworkRetries()} times;</li>
 *   <li>after a connection failure or a timeout (not an unknown host or a TLS failure, which a retry does not
 *       fix), or an answer of 409, 429 or 5xx; never after another 4xx;</li>
 *   <li>waiting {@code Retry-After} when the answer gives one within {@link NetworkSettings#maxRetryAfter()} (an
 *       answer that asks for longer is not retried), otherwise an exponential backoff with jitter.</li>
 * </ul>
 */
final class NetworkRetryStrategy implements HttpRequestRetryStrategy {

    private static final Logger LOG = LoggerFactory.getLogger("dev.flexkit.client");

    private final NetworkSettings network;

    NetworkRetryStrategy(NetworkSettings network) {
        this.network = network;
    }

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        if (exception instanceof UnknownHostException || exception instanceof SSLException) {
            return false;
        }
        return mayRepeat(context, execCount, exception.toString());
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        int status = response.getCode();
        if (status != 409 && status != 429 && status < 500) {
            return false;
        }
        Optional<Duration> retryAfter = retryAfter(response);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(network.maxRetryAfter()) > 0) {
            LOG.debug("not retrying: Retry-After {} is longer than the cap {}", retryAfter.get(), network.maxRetryAfter());
            return false;
        }
        return mayRepeat(context, execCount, "status " + status);
    }

    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return TimeValue.of(backoff(execCount));
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        return TimeValue.of(retryAfter(response).orElseGet(() -> backoff(execCount)));
    }

    private boolean mayRepeat(HttpContext context, int execCount, String reason) {
        RetryableCall call = (RetryableCall) context.getAttribute(RetryableCall.ATTRIBUTE);
        if (call == null || execCount > call.maxRetries()) {
            return false;
        }
        if (!call.safeToRepeat()) {
            LOG.debug("{} not retried after {}: a {} without an idempotency key could do it twice", call.describe(), reason,
                    call.method());
            return false;
        }
        LOG.debug("{} retrying after {} (attempt {} of {}, idempotency key {})", call.describe(), reason, execCount + 1,
                call.maxRetries() + 1, call.idempotencyKey());
        return true;
    }

    /** Exponential from the initial delay, capped, less a random part of up to a quarter. */
    Duration backoff(int execCount) {
        long initial = network.initialRetryDelay().toMillis();
        long max = network.maxRetryDelay().toMillis();
        long exponential = initial << Math.min(Math.max(execCount - 1, 0), 20);
        long capped = Math.min(max, exponential);
        long jitter = (long) (capped * 0.25 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(capped - jitter);
    }

    /** @return the wait the answer asks for: seconds, or an HTTP date */
    static Optional<Duration> retryAfter(HttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null) {
            return Optional.empty();
        }
        String value = header.getValue().trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            Instant date = DateUtils.parseStandardDate(value);
            if (date == null) {
                return Optional.empty();
            }
            Duration wait = Duration.between(Instant.now(), date);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }
}

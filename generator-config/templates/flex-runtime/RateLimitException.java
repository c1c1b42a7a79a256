package dev.flexkit.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 429: too many requests; the client has already retried as far as its settings allow. */
public class RateLimitException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitException(String operationId, int status, Map<String, List<String>> headers, String body,
                              String flexMessage, List<ErrorDetail> detail, Duration retryAfter) {
        super(operationId, status, headers, body, flexMessage, detail);
        this.retryAfter = retryAfter;
    }

    /** @return how long Flex asked to wait ({@code Retry-After}), when it said */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package dev.flexkit.sandbox.domain;

import java.time.Duration;
import java.util.List;

/**
 * How a key's webhook deliveries are retried: after a failed attempt (an answer other than {@code 2xx}, or none
 * within {@code timeout}) the next one waits the next delay of {@code retryDelays}; when none is left the delivery
 * has failed. Flex (Svix) retries for days; a sandbox's tests want to see the whole schedule in seconds.
 */
public record WebhookSettings(List<Duration> retryDelays, Duration timeout) {

    /** Three retries, 1, 5 and 25 seconds apart, and 10 seconds for an answer. */
    public static final WebhookSettings DEFAULT = new WebhookSettings(
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(25)), Duration.ofSeconds(10));

    public static final int MAX_RETRIES = 10;

    public WebhookSettings {
        retryDelays = List.copyOf(retryDelays);
        if (retryDelays.size() > MAX_RETRIES || retryDelays.stream().anyMatch(Duration::isNegative)) {
            throw new RuleViolationException(Problem.of(
                    "retry_delays_invalid",
                    "at most " + MAX_RETRIES + " delays, none negative",
                    "body",
                    "retry_delays_ms"));
        }
        if (timeout.isZero() || timeout.isNegative() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new RuleViolationException(Problem.of(
                    "timeout_invalid", "the timeout must be above 0 and at most a minute", "body", "timeout_ms"));
        }
    }

    public int maxAttempts() {
        return retryDelays.size() + 1;
    }
}

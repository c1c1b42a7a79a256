package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.RecurringInterval;
import java.time.Instant;
import java.util.Map;

/** A price of a product, in cents. */
public record Price(
        String id,
        String productId,
        long unitAmount,
        String description,
        Recurring recurring,
        boolean active,
        Map<String, String> metadata,
        Instant createdAt)
        implements Entity {

    public Price {
        metadata = Map.copyOf(metadata);
    }

    /**
     * How a recurring price repeats; {@code null} on one-time prices.
     *
     * @param trialPeriodDays days of free trial before a subscription's first charge, or {@code null} for none
     */
    public record Recurring(RecurringInterval interval, long intervalCount, Long trialPeriodDays) {

        public Recurring(RecurringInterval interval, long intervalCount) {
            this(interval, intervalCount, null);
        }
    }

    public Price withDescription(String newDescription) {
        return new Price(id, productId, unitAmount, newDescription, recurring, active, metadata, createdAt);
    }

    public Price withActive(boolean newActive) {
        return new Price(id, productId, unitAmount, description, recurring, newActive, metadata, createdAt);
    }
}

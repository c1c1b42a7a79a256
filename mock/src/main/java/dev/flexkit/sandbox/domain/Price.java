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

    /** How a recurring price repeats; {@code null} on one-time prices. */
    public record Recurring(RecurringInterval interval, long intervalCount) {}

    public Price withDescription(String newDescription) {
        return new Price(id, productId, unitAmount, newDescription, recurring, active, metadata, createdAt);
    }

    public Price withActive(boolean newActive) {
        return new Price(id, productId, unitAmount, description, recurring, newActive, metadata, createdAt);
    }
}

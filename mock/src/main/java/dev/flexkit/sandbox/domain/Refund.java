package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Money given back on a paid checkout session. The sandbox settles refunds at once. {@code items} is what each
 * item (by price id) got back, for refunds by item.
 */
public record Refund(
        String id,
        String paymentIntentId,
        long amount,
        Map<String, Long> items,
        Map<String, String> metadata,
        Instant createdAt) {

    public Refund {
        items = Map.copyOf(items);
        metadata = Map.copyOf(metadata);
    }
}

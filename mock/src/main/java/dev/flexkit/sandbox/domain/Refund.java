package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Map;

/** Money given back on a paid checkout session. The sandbox settles refunds at once. */
public record Refund(String id, String paymentIntentId, int amount, Map<String, String> metadata, Instant createdAt) {

    public Refund {
        metadata = Map.copyOf(metadata);
    }
}

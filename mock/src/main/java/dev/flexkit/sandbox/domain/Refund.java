package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.RefundReason;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Money given back of a payment intent. The sandbox settles refunds at once ({@code succeeded}). {@code items} is
 * what each item of the session (by price id) got back, for refunds by item; {@code checkoutSessionId} is the session
 * whose payment it refunds.
 */
public record Refund(
        String id,
        String paymentIntentId,
        String checkoutSessionId,
        long amount,
        Map<String, Long> items,
        RefundReason reason,
        Map<String, Object> metadata,
        Instant createdAt)
        implements Entity {

    /** Flex's List Refunds page names refunds {@code fre_...} in its cursor examples. */
    static final String ID_PREFIX = "fre_";

    public Refund {
        items = Map.copyOf(items);
        // Refund metadata is free-form JSON and may hold nulls, which Map.copyOf refuses.
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    /** Update Refund: only the reason and the metadata change; given metadata keys are merged in (Flex's page). */
    Refund updated(RefundReason newReason, Map<String, Object> moreMetadata) {
        Map<String, Object> merged = new HashMap<>(metadata);
        if (moreMetadata != null) {
            merged.putAll(moreMetadata);
        }
        return new Refund(
                id,
                paymentIntentId,
                checkoutSessionId,
                amount,
                items,
                newReason == null ? reason : newReason,
                merged,
                createdAt);
    }
}

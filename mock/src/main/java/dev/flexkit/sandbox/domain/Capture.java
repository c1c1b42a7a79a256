package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An amount captured of a session's authorized payment ({@code fcap_...}, its items {@code fcapi_...}: the prefixes of
 * Flex's Retrieve a capture page). {@code amount} is everything captured: the items plus tax and shipping, less
 * discount.
 */
public record Capture(
        String id,
        String checkoutSessionId,
        String paymentIntentId,
        long amount,
        long tax,
        long shipping,
        long discount,
        List<Item> items,
        Map<String, Object> metadata,
        Instant createdAt)
        implements Entity {

    /** What one item of the session (by price) gave to a capture. */
    public record Item(String id, String priceId, long amount) {}

    public Capture {
        items = List.copyOf(items);
        // Capture metadata is free-form JSON and may hold nulls, which Map.copyOf refuses.
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    /** Update Capture: only the metadata changes, set to what is given (Flex's page: "setting the values"). */
    Capture withMetadata(Map<String, Object> newMetadata) {
        return new Capture(
                id,
                checkoutSessionId,
                paymentIntentId,
                amount,
                tax,
                shipping,
                discount,
                items,
                newMetadata == null ? metadata : newMetadata,
                createdAt);
    }
}

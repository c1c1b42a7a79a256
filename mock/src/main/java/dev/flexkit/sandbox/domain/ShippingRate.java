package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A fixed shipping amount in USD cents with the name the customer sees (Flex's shipping rate pages). */
public record ShippingRate(
        String id, String displayName, long amount, boolean active, Map<String, Object> metadata, Instant createdAt)
        implements Entity {

    /** The sandbox's prefix; Flex's pages print only a placeholder id (inferred). */
    static final String ID_PREFIX = "fshr_";

    public ShippingRate {
        // Metadata is free-form JSON and may hold nulls, which Map.copyOf refuses.
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));
    }
}

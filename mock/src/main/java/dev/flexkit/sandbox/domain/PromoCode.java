package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A customer-facing code for a coupon (Flex's promo code pages). */
public record PromoCode(
        String id,
        String code,
        String couponId,
        Long maxRedemptions,
        long timesRedeemed,
        String customerId,
        boolean active,
        Map<String, Object> metadata,
        Instant createdAt)
        implements Entity {

    static final String ID_PREFIX = "fpromo_";

    public PromoCode {
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    PromoCode updated(Boolean newActive, Map<String, Object> newMetadata) {
        return new PromoCode(
                id,
                code,
                couponId,
                maxRedemptions,
                timesRedeemed,
                customerId,
                newActive == null ? active : newActive,
                newMetadata == null ? metadata : newMetadata,
                createdAt);
    }
}

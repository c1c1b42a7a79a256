package dev.flexkit.sandbox.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A percent-off or amount-off discount (Flex's coupon pages). {@code appliesToProducts == null} applies it to every
 * item.
 */
public record Coupon(
        String id,
        String name,
        Long amountOff,
        Double percentOff,
        String duration,
        Long durationInMonths,
        List<String> appliesToProducts,
        Long maxRedemptions,
        long timesRedeemed,
        Map<String, Object> metadata,
        Instant createdAt)
        implements Entity {

    static final String ID_PREFIX = "fcoup_";

    public Coupon {
        appliesToProducts = appliesToProducts == null ? null : List.copyOf(appliesToProducts);
        metadata = Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    /** Flex's {@code valid}: the coupon can still be applied, its {@code max_redemptions} not reached. */
    public boolean valid() {
        return maxRedemptions == null || timesRedeemed < maxRedemptions;
    }

    /**
     * The discount this coupon takes off a cart: {@code amount_off} (when both are given, as on Flex's page, the
     * amount: inferred), else {@code percent_off} of the items it applies to, rounded half up to the cent
     * (inferred); never more than those items come to.
     */
    long discountOn(List<LineItem> items) {
        long applicable = items.stream()
                .filter(item -> appliesToProducts == null
                        || appliesToProducts.contains(item.product().id()))
                .mapToLong(LineItem::amount)
                .reduce(0L, Math::addExact);
        long off = amountOff != null
                ? amountOff
                : BigDecimal.valueOf(applicable)
                        .multiply(BigDecimal.valueOf(percentOff))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                        .longValueExact();
        return Math.min(off, applicable);
    }

    Coupon redeemed() {
        return new Coupon(
                id,
                name,
                amountOff,
                percentOff,
                duration,
                durationInMonths,
                appliesToProducts,
                maxRedemptions,
                timesRedeemed + 1,
                metadata,
                createdAt);
    }
}

package dev.flexkit.sandbox.domain;

import java.util.List;
import java.util.Map;

/**
 * Shipping rates as Flex's pages describe them: a fixed amount with a name, {@code active} when created, archived by
 * an update; {@code display_name} and {@code amount} never change. A checkout session that names one charges its
 * amount as shipping, unless it is archived ({@link #forCheckout}).
 */
public final class ShippingRates {

    private final Dataset data;

    ShippingRates(Dataset data) {
        this.data = data;
    }

    public ShippingRate create(String displayName, long amount, Map<String, Object> metadata) {
        return data.locked(() -> {
            ShippingRate rate = new ShippingRate(
                    Ids.next(ShippingRate.ID_PREFIX),
                    displayName,
                    amount,
                    true,
                    metadata == null ? Map.of() : metadata,
                    data.clock.now());
            data.shippingRates.put(rate);
            return rate;
        });
    }

    public ShippingRate rate(String id) {
        return data.reading(() -> data.shippingRates.require(id));
    }

    /**
     * Update Shipping Rate: {@code active} and {@code metadata} are overwritten; omitted metadata is cleared (Flex's
     * page), an omitted {@code active} stays as it was (inferred).
     */
    public ShippingRate update(String id, Boolean active, Map<String, Object> metadata) {
        return data.locked(() -> {
            ShippingRate old = data.shippingRates.require(id);
            ShippingRate updated = new ShippingRate(
                    id,
                    old.displayName(),
                    old.amount(),
                    active == null ? old.active() : active,
                    metadata == null ? Map.of() : metadata,
                    old.createdAt());
            data.shippingRates.put(updated);
            return updated;
        });
    }

    /** @return every rate, most recent first; only the active or only the archived ones when {@code active} is set */
    public List<ShippingRate> list(Boolean active) {
        return data.reading(() -> data.shippingRates.page(
                active == null ? null : rate -> rate.active() == active, Page.first(Integer.MAX_VALUE)));
    }

    /**
     * The rate a checkout session names in {@code shipping_options.shipping_rate_id}; called under the lock.
     *
     * @return the rate, or {@code null} with the problem added
     */
    ShippingRate forCheckout(String id, List<Problem> problems) {
        ShippingRate rate = data.shippingRates.find(id).orElse(null);
        if (rate == null) {
            problems.add(Problem.of(
                    "shipping_rate_not_found", "No such shipping rate: " + id, "shipping_options", "shipping_rate_id"));
        } else if (!rate.active()) {
            // Stripe's rule for an archived rate; Flex's pages say only that rates can be archived (inferred).
            problems.add(Problem.of(
                    "shipping_rate_not_active",
                    "the shipping rate " + id + " is archived",
                    "shipping_options",
                    "shipping_rate_id"));
            rate = null;
        }
        return rate;
    }
}

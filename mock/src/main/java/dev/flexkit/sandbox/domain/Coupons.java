package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Coupons and their promo codes, as Flex's coupon and promo code pages describe them. A checkout session that names a
 * coupon in {@code discounts[].coupon_id} takes its discount ({@link Coupon#discountOn}, {@link #discountFor}) and
 * counts a redemption when it completes ({@link #redeemFor}).
 */
public final class Coupons {

    private static final Set<String> DURATIONS = Set.of("once", "repeating", "forever");

    private final Dataset data;

    Coupons(Dataset data) {
        this.data = data;
    }

    /** Create Coupon's body. */
    public record CouponDraft(
            String name,
            Long amountOff,
            Double percentOff,
            String duration,
            Long durationInMonths,
            List<String> appliesToProducts,
            Long maxRedemptions,
            Map<String, Object> metadata) {}

    /**
     * Creates a coupon. Refused with every problem at once (the codes inferred): neither {@code amount_off} nor
     * {@code percent_off}, a duration other than Flex's three, {@code duration_in_months} without {@code repeating}
     * or {@code repeating} without it, a product that does not exist.
     */
    public Coupon create(CouponDraft draft) {
        return data.locked(() -> {
            List<Problem> problems = new ArrayList<>();
            if (draft.amountOff() == null && draft.percentOff() == null) {
                problems.add(Problem.of(
                        "coupon_amount_or_percent_required",
                        "give amount_off or percent_off",
                        "body",
                        "coupon",
                        "amount_off"));
            }
            String duration = draft.duration() == null ? "once" : draft.duration();
            if (!DURATIONS.contains(duration)) {
                problems.add(Problem.of(
                        "coupon_duration_invalid",
                        "duration is once, repeating or forever",
                        "body",
                        "coupon",
                        "duration"));
            } else if (duration.equals("repeating") != (draft.durationInMonths() != null)) {
                problems.add(Problem.of(
                        "coupon_duration_in_months_invalid",
                        "duration_in_months is required with duration repeating, and only with it",
                        "body",
                        "coupon",
                        "duration_in_months"));
            }
            List<String> products = draft.appliesToProducts();
            for (int i = 0; products != null && i < products.size(); i++) {
                if (!data.products.contains(products.get(i))) {
                    problems.add(Problem.of(
                            "product_not_found",
                            "No such product: " + products.get(i),
                            "body",
                            "coupon",
                            "applies_to",
                            "products",
                            i));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            Coupon coupon = new Coupon(
                    Ids.next(Coupon.ID_PREFIX),
                    draft.name(),
                    draft.amountOff(),
                    draft.percentOff(),
                    duration,
                    draft.durationInMonths(),
                    products,
                    draft.maxRedemptions(),
                    0,
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    data.clock.now());
            data.coupons.put(coupon);
            return coupon;
        });
    }

    public Coupon coupon(String id) {
        return data.reading(() -> data.coupons.require(id));
    }

    /** @return every coupon, most recent first (inferred); only those of this name when {@code name} is set */
    public List<Coupon> list(String name) {
        return data.reading(() -> data.coupons.page(
                name == null ? null : coupon -> name.equals(coupon.name()), Page.first(Integer.MAX_VALUE)));
    }

    /**
     * The discount of a coupon a checkout session names; called under the lock. A coupon that does not exist is
     * {@code coupon_not_found}, one no longer {@link Coupon#valid} {@code coupon_not_valid} (inferred).
     *
     * @return the discount in cents, or 0 with the problem added
     */
    long discountFor(String couponId, List<LineItem> items, List<Problem> problems, int index) {
        Coupon coupon = data.coupons.find(couponId).orElse(null);
        if (coupon == null) {
            problems.add(
                    Problem.of("coupon_not_found", "No such coupon: " + couponId, "discounts", index, "coupon_id"));
            return 0;
        }
        if (!coupon.valid()) {
            problems.add(Problem.of(
                    "coupon_not_valid",
                    "the coupon " + couponId + " reached its max_redemptions",
                    "discounts",
                    index,
                    "coupon_id"));
            return 0;
        }
        return coupon.discountOn(items);
    }

    /**
     * A checkout session naming these coupons was created: they are counted when it completes ({@link #redeemFor}),
     * not now. Flex does not say when a redemption counts; Stripe's {@code times_redeemed} is the "number of times
     * this coupon has been applied to a customer", which a session that expires or is canceled never does
     * (inferred from Stripe).
     */
    void namedBy(String sessionId, List<String> couponIds) {
        if (!couponIds.isEmpty()) {
            data.couponsBySession.put(sessionId, List.copyOf(couponIds));
        }
    }

    /**
     * The session completed: each coupon it named counts one redemption. A session created while its coupon was
     * valid keeps the discount it was quoted, even if other sessions used the coupon up in the meantime (inferred).
     */
    void redeemFor(String sessionId) {
        List<String> named = data.couponsBySession.remove(sessionId);
        if (named != null) {
            named.forEach(id -> data.coupons.put(data.coupons.require(id).redeemed()));
        }
    }

    /** The session expired or was canceled: its coupons count nothing. */
    void releasedBy(String sessionId) {
        data.couponsBySession.remove(sessionId);
    }

    /** Create Promo Code's body. */
    public record PromoCodeDraft(
            String couponId, String code, Long maxRedemptions, String customerId, Map<String, Object> metadata) {}

    /**
     * Creates a promo code of a coupon. Its code is unique regardless of case among the active promo codes (Flex's
     * page; a taken one is {@code promo_code_already_exists}, inferred); the coupon and the customer must exist.
     */
    public PromoCode createPromoCode(PromoCodeDraft draft) {
        return data.locked(() -> {
            List<Problem> problems = new ArrayList<>();
            if (!data.coupons.contains(draft.couponId())) {
                problems.add(Problem.of(
                        "coupon_not_found", "No such coupon: " + draft.couponId(), "body", "promo_code", "coupon_id"));
            }
            if (draft.customerId() != null && !data.customers.contains(draft.customerId())) {
                problems.add(Problem.of(
                        "customer_not_found",
                        "No such customer: " + draft.customerId(),
                        "body",
                        "promo_code",
                        "customer"));
            }
            if (activeCodeTaken(draft.code())) {
                problems.add(Problem.of(
                        "promo_code_already_exists",
                        "an active promo code already has the code " + draft.code(),
                        "body",
                        "promo_code",
                        "code"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            PromoCode promoCode = new PromoCode(
                    Ids.next(PromoCode.ID_PREFIX),
                    draft.code(),
                    draft.couponId(),
                    draft.maxRedemptions(),
                    0,
                    draft.customerId(),
                    true,
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    data.clock.now());
            data.promoCodes.put(promoCode);
            return promoCode;
        });
    }

    /** Update Promo Code: {@code active} and {@code metadata}; what is omitted stays (inferred). */
    public PromoCode updatePromoCode(String id, Boolean active, Map<String, Object> metadata) {
        return data.locked(() -> {
            PromoCode old = data.promoCodes.require(id);
            if (Boolean.TRUE.equals(active) && !old.active() && activeCodeTaken(old.code())) {
                throw new RuleViolationException(Problem.of(
                        "promo_code_already_exists",
                        "an active promo code already has the code " + old.code(),
                        "body",
                        "promo_code",
                        "active"));
            }
            PromoCode updated = old.updated(active, metadata);
            data.promoCodes.put(updated);
            return updated;
        });
    }

    /** @return every promo code, most recent first (inferred); only the (in)active ones when {@code active} is set */
    public List<PromoCode> promoCodes(Boolean active) {
        return data.reading(() -> data.promoCodes.page(
                active == null ? null : code -> code.active() == active, Page.first(Integer.MAX_VALUE)));
    }

    private boolean activeCodeTaken(String code) {
        String wanted = code.toLowerCase(Locale.ROOT);
        return data.promoCodes.newestFirst().stream()
                .anyMatch(other ->
                        other.active() && other.code().toLowerCase(Locale.ROOT).equals(wanted));
    }
}

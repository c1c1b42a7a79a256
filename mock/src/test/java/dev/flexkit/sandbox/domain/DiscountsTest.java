package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shipping rates, coupons and promo codes, and what a checkout session takes from them. */
class DiscountsTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Dataset data = fx.dataset;

    private CheckoutSession checkout(String couponId, String shippingRateId) {
        Drafts.CheckoutDraft plain =
                DatasetFixture.draft(CheckoutSessionMode.PAYMENT, null, null, false, fx.gym, fx.bandage);
        return data.checkouts()
                .create(new Drafts.CheckoutDraft(
                        plain.mode(),
                        plain.lineItems(),
                        null,
                        null,
                        false,
                        null,
                        plain.links(),
                        null,
                        Map.of(),
                        false,
                        couponId == null ? List.of() : List.of(new Drafts.DiscountDraft(couponId, null, null)),
                        shippingRateId == null ? null : new Drafts.ShippingDraft(shippingRateId, null, null),
                        null,
                        List.of()));
    }

    private static Coupons.CouponDraft percent(double percentOff, List<String> products) {
        return new Coupons.CouponDraft("P", null, percentOff, null, null, products, null, Map.of());
    }

    private static List<String> types(RuleViolationException e) {
        return e.problems().stream().map(Problem::type).toList();
    }

    @Test
    void aPercentOffIsTakenFromTheItemsItAppliesToRoundedHalfUpToTheCent() {
        Coupon gymOnly = data.coupons().create(percent(12.5, List.of("fprod_GymMembership")));

        // 12.5 % of 6,900 is 862.5 cents: 863.
        assertThat(checkout(gymOnly.id(), null).charges().discount()).isEqualTo(863);
    }

    @Test
    void anAmountOffWinsOverAPercentOffAndNeverTakesMoreThanTheItems() {
        Coupon both = data.coupons()
                .create(new Coupons.CouponDraft(
                        "Both", 100_000L, 50.0, "once", null, List.of("fprod_Bandages"), null, Map.of()));

        assertThat(checkout(both.id(), null).charges().discount()).isEqualTo(900);
    }

    private void pay(CheckoutSession session) {
        data.checkouts().complete(session.id(), true, new Drafts.HostedCustomer("payer@example.com", null, null, null));
    }

    @Test
    void aCouponCountsTheCheckoutsThatNameItWhenTheyCompleteAndIsNoLongerValidAtItsMaximum() {
        Coupon once =
                data.coupons().create(new Coupons.CouponDraft("Once", 500L, null, "once", null, null, 1L, Map.of()));

        CheckoutSession session = checkout(once.id(), null);
        assertThat(data.coupons().coupon(once.id()).timesRedeemed()).isZero();
        pay(session);

        assertThat(data.coupons().coupon(once.id()).timesRedeemed()).isEqualTo(1);
        assertThat(data.coupons().coupon(once.id()).valid()).isFalse();
        int sessions = data.checkoutSessions.newestFirst().size();
        assertThatThrownBy(() -> checkout(once.id(), null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(types(e)).containsExactly("coupon_not_valid"));
        assertThat(data.checkoutSessions.newestFirst()).hasSize(sessions);
        assertThat(data.coupons().coupon(once.id()).timesRedeemed()).isEqualTo(1);
    }

    @Test
    void aSessionThatExpiresOrIsCanceledCountsNoRedemptionSoTheCouponStaysValid() {
        Coupon once =
                data.coupons().create(new Coupons.CouponDraft("Once", 500L, null, "once", null, null, 1L, Map.of()));
        CheckoutSession expiring = checkout(once.id(), null);
        data.checkouts().cancel(checkout(once.id(), null).id());

        data.control().moveClockBy("P2D");

        assertThat(data.checkouts().session(expiring.id()).status()).isEqualTo(CheckoutSessionStatus.EXPIRED);
        assertThat(data.coupons().coupon(once.id()))
                .extracting(Coupon::timesRedeemed, Coupon::valid)
                .containsExactly(0L, true);
        pay(checkout(once.id(), null));
        assertThat(data.coupons().coupon(once.id()).timesRedeemed()).isEqualTo(1);
    }

    @Test
    void aSessionOpenedWhileTheCouponWasValidKeepsItsDiscountAndCountsWhenItCompletes() {
        Coupon once =
                data.coupons().create(new Coupons.CouponDraft("Once", 500L, null, "once", null, null, 1L, Map.of()));
        CheckoutSession first = checkout(once.id(), null);
        CheckoutSession second = checkout(once.id(), null);

        pay(first);
        pay(second);

        assertThat(data.checkouts().session(second.id()).charges().discount()).isEqualTo(500);
        assertThat(data.coupons().coupon(once.id()).timesRedeemed()).isEqualTo(2);
    }

    @Test
    void anOffSessionCheckoutCompletesAtOnceSoItsCouponCountsAtOnce() {
        Coupon coupon =
                data.coupons().create(new Coupons.CouponDraft("Off", 100L, null, "once", null, null, null, Map.of()));
        Drafts.CheckoutDraft plain = DatasetFixture.draft(
                CheckoutSessionMode.OFF_SESSION, "fcus_GraceGymLetter", "fpm_GraceOffSession", false, fx.gym);

        data.checkouts()
                .create(new Drafts.CheckoutDraft(
                        plain.mode(),
                        plain.lineItems(),
                        plain.customerId(),
                        plain.paymentMethodId(),
                        false,
                        null,
                        plain.links(),
                        null,
                        Map.of(),
                        false,
                        List.of(new Drafts.DiscountDraft(coupon.id(), null, null)),
                        null,
                        null,
                        List.of()));

        assertThat(data.coupons().coupon(coupon.id()).timesRedeemed()).isEqualTo(1);
    }

    @Test
    void aCouponNeedsAnAmountOrAPercentAValidDurationAndProductsThatExist() {
        assertThatThrownBy(() -> data.coupons()
                        .create(new Coupons.CouponDraft(
                                "Bad", null, null, "repeating", null, List.of("fprod_missing"), null, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(types(e))
                                .containsExactly(
                                        "coupon_amount_or_percent_required",
                                        "coupon_duration_in_months_invalid",
                                        "product_not_found"));
        assertThatThrownBy(() -> data.coupons()
                        .create(new Coupons.CouponDraft("Bad", 100L, null, "<any>", null, null, null, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(types(e)).containsExactly("coupon_duration_invalid"));
        assertThat(data.coupons().list(null)).isEmpty();
    }

    @Test
    void aShippingRateIsChargedWhileActiveAndItsNameAndAmountNeverChange() {
        ShippingRate rate = data.shippingRates().create("Ground", 500, Map.of("k", "v"));

        CheckoutSession shipped = checkout(null, rate.id());
        ShippingRate archived = data.shippingRates().update(rate.id(), false, null);

        assertThat(shipped.charges().shipping()).isEqualTo(500);
        assertThat(shipped.charges().shippingRateId()).isEqualTo(rate.id());
        assertThat(archived)
                .extracting(ShippingRate::displayName, ShippingRate::amount, ShippingRate::active)
                .containsExactly("Ground", 500L, false);
        assertThat(archived.metadata()).isEmpty();
        assertThatThrownBy(() -> checkout(null, rate.id()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(types(e)).containsExactly("shipping_rate_not_active"));
        assertThat(data.shippingRates().list(true)).isEmpty();
        assertThat(data.shippingRates().list(false)).containsExactly(archived);
    }

    @Test
    void aPromoCodeIsUniqueRegardlessOfCaseAmongActiveCodesOnly() {
        Coupon coupon = data.coupons().create(percent(10, null));
        PromoCode first =
                data.coupons().createPromoCode(new Coupons.PromoCodeDraft(coupon.id(), "Spring", null, null, Map.of()));

        assertThatThrownBy(() -> data.coupons()
                        .createPromoCode(new Coupons.PromoCodeDraft(coupon.id(), "SPRING", null, null, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(types(e)).containsExactly("promo_code_already_exists"));
        data.coupons().updatePromoCode(first.id(), false, null);
        PromoCode second =
                data.coupons().createPromoCode(new Coupons.PromoCodeDraft(coupon.id(), "SPRING", null, null, Map.of()));
        assertThatThrownBy(() -> data.coupons().updatePromoCode(first.id(), true, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(data.coupons().promoCodes(true)).containsExactly(second);
        assertThatThrownBy(() -> data.coupons()
                        .createPromoCode(new Coupons.PromoCodeDraft("fcoup_missing", "X", null, "fcus_missing", null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(types(e)).containsExactly("coupon_not_found", "customer_not_found"));
    }
}

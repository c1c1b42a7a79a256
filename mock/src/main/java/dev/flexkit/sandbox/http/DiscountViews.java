package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CouponDuration;
import dev.flexkit.client.model.CouponProducts;
import dev.flexkit.sandbox.domain.Coupon;
import dev.flexkit.sandbox.domain.PromoCode;
import dev.flexkit.sandbox.domain.ShippingRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;

/** Shipping rates, coupons and promo codes as the contract's models show them. */
final class DiscountViews {

    private DiscountViews() {}

    static dev.flexkit.client.model.ShippingRate shippingRate(ShippingRate r) {
        return new dev.flexkit.client.model.ShippingRate()
                .shippingRateId(r.id())
                .active(r.active())
                .displayName(r.displayName())
                .amount(r.amount())
                .metadata(new HashMap<>(r.metadata()))
                .createdAt(BillingViews.iso(r.createdAt()));
    }

    static dev.flexkit.client.model.Coupon coupon(Coupon c) {
        return new dev.flexkit.client.model.Coupon()
                .couponId(c.id())
                .amountOff(c.amountOff())
                .appliesTo(
                        c.appliesToProducts() == null
                                ? null
                                : new CouponProducts().products(new ArrayList<>(c.appliesToProducts())))
                .duration(CouponDuration.fromValue(c.duration()))
                .durationInMonths(c.durationInMonths())
                .metadata(new HashMap<>(c.metadata()))
                .name(c.name())
                .percentOff(c.percentOff() == null ? null : BigDecimal.valueOf(c.percentOff()))
                .maxRedemptions(c.maxRedemptions())
                .timesRedeemed(c.timesRedeemed())
                .valid(c.valid())
                .createdAt(BillingViews.iso(c.createdAt()))
                .testMode(true);
    }

    static dev.flexkit.client.model.PromoCode promoCode(PromoCode p, Coupon coupon) {
        return new dev.flexkit.client.model.PromoCode()
                .promoCodeId(p.id())
                .code(p.code())
                .coupon(coupon(coupon))
                .maxRedemptions(p.maxRedemptions())
                .timesRedeemed(p.timesRedeemed())
                .createdAt(BillingViews.iso(p.createdAt()))
                .customer(p.customerId())
                .active(p.active())
                .metadata(new HashMap<>(p.metadata()))
                .testMode(true);
    }
}

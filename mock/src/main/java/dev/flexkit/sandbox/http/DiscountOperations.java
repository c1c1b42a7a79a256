package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CouponCreateParams;
import dev.flexkit.client.model.CouponCreateRequest;
import dev.flexkit.client.model.CouponEnvelope;
import dev.flexkit.client.model.CouponList;
import dev.flexkit.client.model.PromoCodeCreateParams;
import dev.flexkit.client.model.PromoCodeCreateRequest;
import dev.flexkit.client.model.PromoCodeEnvelope;
import dev.flexkit.client.model.PromoCodeList;
import dev.flexkit.client.model.PromoCodeUpdateParams;
import dev.flexkit.client.model.PromoCodeUpdateRequest;
import dev.flexkit.client.model.ShippingRateCreateParams;
import dev.flexkit.client.model.ShippingRateCreateRequest;
import dev.flexkit.client.model.ShippingRateEnvelope;
import dev.flexkit.client.model.ShippingRateList;
import dev.flexkit.client.model.ShippingRateUpdateParams;
import dev.flexkit.client.model.ShippingRateUpdateRequest;
import dev.flexkit.sandbox.domain.Coupons;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.PromoCode;
import java.util.Map;

/** The shipping rate, coupon and promo code operations of the contract (what a checkout's discounts name). */
final class DiscountOperations {

    private DiscountOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put(
                "listShippingRates",
                call -> new ShippingRateList()
                        .shippingRates(call.dataset().shippingRates().list(call.queryBoolean("active")).stream()
                                .map(DiscountViews::shippingRate)
                                .toList()));
        operations.put("createShippingRate", DiscountOperations::createShippingRate);
        operations.put(
                "retrieveShippingRate",
                call -> new ShippingRateEnvelope()
                        .shippingRate(DiscountViews.shippingRate(
                                call.dataset().shippingRates().rate(call.path("id")))));
        operations.put("updateShippingRate", DiscountOperations::updateShippingRate);
        operations.put(
                "listCoupons",
                call -> new CouponList()
                        .coupons(call.dataset().coupons().list(call.query("name")).stream()
                                .map(DiscountViews::coupon)
                                .toList()));
        operations.put("createCoupon", DiscountOperations::createCoupon);
        operations.put(
                "retrieveCoupon",
                call -> new CouponEnvelope()
                        .coupon(DiscountViews.coupon(call.dataset().coupons().coupon(call.path("id")))));
        operations.put(
                "listPromoCodes",
                call -> new PromoCodeList()
                        .promoCodes(call.dataset().coupons().promoCodes(call.queryBoolean("active")).stream()
                                .map(code -> promoCode(call.dataset(), code))
                                .toList()));
        operations.put("createPromoCode", DiscountOperations::createPromoCode);
        operations.put("updatePromoCode", DiscountOperations::updatePromoCode);
    }

    private static Object createShippingRate(ApiCall call) {
        ShippingRateCreateParams params =
                call.body(ShippingRateCreateRequest.class).getShippingRate();
        return new ShippingRateEnvelope()
                .shippingRate(DiscountViews.shippingRate(call.dataset()
                        .shippingRates()
                        .create(params.getDisplayName(), params.getAmount(), params.getMetadata())));
    }

    private static Object updateShippingRate(ApiCall call) {
        ShippingRateUpdateParams params =
                call.body(ShippingRateUpdateRequest.class).getShippingRate();
        return new ShippingRateEnvelope()
                .shippingRate(DiscountViews.shippingRate(call.dataset()
                        .shippingRates()
                        .update(call.path("id"), params.getActive(), params.getMetadata())));
    }

    private static Object createCoupon(ApiCall call) {
        CouponCreateParams params = call.body(CouponCreateRequest.class).getCoupon();
        return new CouponEnvelope()
                .coupon(DiscountViews.coupon(call.dataset()
                        .coupons()
                        .create(new Coupons.CouponDraft(
                                params.getName(),
                                params.getAmountOff(),
                                params.getPercentOff() == null
                                        ? null
                                        : params.getPercentOff().doubleValue(),
                                params.getDuration(),
                                params.getDurationInMonths(),
                                params.getAppliesTo() == null
                                        ? null
                                        : params.getAppliesTo().getProducts(),
                                params.getMaxRedemptions(),
                                params.getMetadata()))));
    }

    private static Object createPromoCode(ApiCall call) {
        PromoCodeCreateParams params = call.body(PromoCodeCreateRequest.class).getPromoCode();
        PromoCode created = call.dataset()
                .coupons()
                .createPromoCode(new Coupons.PromoCodeDraft(
                        params.getCouponId(),
                        params.getCode(),
                        params.getMaxRedemptions(),
                        params.getCustomer(),
                        params.getMetadata()));
        return new PromoCodeEnvelope().promoCode(promoCode(call.dataset(), created));
    }

    private static Object updatePromoCode(ApiCall call) {
        PromoCodeUpdateParams params = call.body(PromoCodeUpdateRequest.class).getPromoCode();
        PromoCode updated =
                call.dataset().coupons().updatePromoCode(call.path("id"), params.getActive(), params.getMetadata());
        return new PromoCodeEnvelope().promoCode(promoCode(call.dataset(), updated));
    }

    private static dev.flexkit.client.model.PromoCode promoCode(Dataset dataset, PromoCode code) {
        return DiscountViews.promoCode(code, dataset.coupons().coupon(code.couponId()));
    }
}

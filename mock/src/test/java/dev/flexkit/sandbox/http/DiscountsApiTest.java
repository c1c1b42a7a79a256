package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.InvalidRequestException;
import dev.flexkit.client.NotFoundException;
import dev.flexkit.client.api.CouponsApi;
import dev.flexkit.client.api.PromoCodesApi;
import dev.flexkit.client.api.ShippingRatesApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.Coupon;
import dev.flexkit.client.model.CouponCreateParams;
import dev.flexkit.client.model.CouponCreateRequest;
import dev.flexkit.client.model.CouponProducts;
import dev.flexkit.client.model.DiscountParams;
import dev.flexkit.client.model.PromoCode;
import dev.flexkit.client.model.PromoCodeCreateParams;
import dev.flexkit.client.model.PromoCodeCreateRequest;
import dev.flexkit.client.model.PromoCodeUpdateParams;
import dev.flexkit.client.model.PromoCodeUpdateRequest;
import dev.flexkit.client.model.ShippingOptionsParams;
import dev.flexkit.client.model.ShippingRate;
import dev.flexkit.client.model.ShippingRateCreateParams;
import dev.flexkit.client.model.ShippingRateCreateRequest;
import dev.flexkit.client.model.ShippingRateUpdateParams;
import dev.flexkit.client.model.ShippingRateUpdateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.ClockChange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shipping rates, coupons and promo codes through the generated clients, every exchange checked against the
 * contract, and what a checkout session takes from the rates and coupons it names.
 */
class DiscountsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private ShippingRatesApi shippingRates() {
        return new ShippingRatesApi(sandbox.flex());
    }

    private CouponsApi coupons() {
        return new CouponsApi(sandbox.flex());
    }

    private PromoCodesApi promoCodes() {
        return new PromoCodesApi(sandbox.flex());
    }

    private ShippingRate ground() throws Exception {
        return shippingRates()
                .createShippingRate(new ShippingRateCreateRequest()
                        .shippingRate(new ShippingRateCreateParams()
                                .displayName("Ground")
                                .amount(500L)
                                .metadata(Map.of("carrier", "ups"))))
                .getShippingRate();
    }

    private Coupon coupon(CouponCreateParams params) throws Exception {
        return coupons().createCoupon(new CouponCreateRequest().coupon(params)).getCoupon();
    }

    private CheckoutSession checkout(DiscountParams discount, ShippingOptionsParams shipping) throws Exception {
        return Fixtures.create(
                sandbox,
                Fixtures.cart(GYM, BANDAGE)
                        .mode(CheckoutSessionMode.PAYMENT)
                        .discounts(discount == null ? null : new java.util.ArrayList<>(List.of(discount)))
                        .shippingOptions(shipping));
    }

    @Test
    void aShippingRateIsCreatedActiveReadBackArchivedByPutAndListedByActive() throws Exception {
        ShippingRate created = ground();

        ShippingRate archived = shippingRates()
                .updateShippingRate(
                        created.getShippingRateId(),
                        new ShippingRateUpdateRequest().shippingRate(new ShippingRateUpdateParams().active(false)))
                .getShippingRate();

        assertThat(created.getShippingRateId()).startsWith("fshr_");
        assertThat(created.getActive()).isTrue();
        assertThat(shippingRates()
                        .retrieveShippingRate(created.getShippingRateId())
                        .getShippingRate()
                        .getDisplayName())
                .isEqualTo("Ground");
        assertThat(archived.getActive()).isFalse();
        assertThat(archived.getAmount()).isEqualTo(500L);
        assertThat(archived.getMetadata())
                .as("omitted metadata is cleared (Flex's page)")
                .isEmpty();
        assertThat(shippingRates()
                        .listShippingRates(new ShippingRatesApi.ListShippingRatesParams().active(false))
                        .getShippingRates())
                .extracting(ShippingRate::getShippingRateId)
                .containsExactly(created.getShippingRateId());
        assertThat(shippingRates()
                        .listShippingRates(new ShippingRatesApi.ListShippingRatesParams().active(true))
                        .getShippingRates())
                .isEmpty();
        assertThatThrownBy(() -> shippingRates().retrieveShippingRate("fshr_missing"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCheckoutChargesTheAmountOfTheShippingRateItNamesAndRefusesAnArchivedOne() throws Exception {
        ShippingRate rate = ground();

        CheckoutSession shipped = checkout(null, new ShippingOptionsParams().shippingRateId(rate.getShippingRateId()));

        assertThat(shipped.getShippingOptions().getShippingRateId()).isEqualTo(rate.getShippingRateId());
        assertThat(shipped.getShippingOptions().getShippingAmount()).isEqualTo(500L);
        assertThat(shipped.getShippingOptions().getDisplayName()).isEqualTo("Ground");
        assertThat(shipped.getAmountTotal()).isEqualTo(6900L + 900L + 500L);
        shippingRates()
                .updateShippingRate(
                        rate.getShippingRateId(),
                        new ShippingRateUpdateRequest().shippingRate(new ShippingRateUpdateParams().active(false)));
        assertThatThrownBy(() -> checkout(null, new ShippingOptionsParams().shippingRateId(rate.getShippingRateId())))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getDetail())
                                .singleElement()
                                .satisfies(d -> assertThat(d.type()).isEqualTo("shipping_rate_not_active")));
    }

    @Test
    void aCouponIsTakenOffTheItemsItAppliesToAndCountsItsRedemptionsUpToItsMaximum() throws Exception {
        Coupon tenOffGym = coupon(new CouponCreateParams()
                .name("Welcome")
                .amountOff(1000L)
                .appliesTo(new CouponProducts().products(new java.util.ArrayList<>(List.of(GYM_PRODUCT))))
                .maxRedemptions(1L));

        CheckoutSession discounted = checkout(new DiscountParams().couponId(tenOffGym.getCouponId()), null);

        assertThat(tenOffGym.getCouponId()).startsWith("fcoup_");
        assertThat(tenOffGym.getValid()).isTrue();
        assertThat(discounted.getTotalDetails().getAmountDiscount()).isEqualTo(1000L);
        assertThat(discounted.getAmountTotal()).isEqualTo(6900L + 900L - 1000L);
        // Counted when the session completes, not when it is created (inferred from Stripe's times_redeemed).
        assertThat(coupons().retrieveCoupon(tenOffGym.getCouponId()).getCoupon().getTimesRedeemed())
                .isZero();
        Fixtures.complete(sandbox, discounted.getCheckoutSessionId(), "approved", "coupon@example.com");
        Coupon redeemed = coupons().retrieveCoupon(tenOffGym.getCouponId()).getCoupon();
        assertThat(redeemed.getTimesRedeemed()).isEqualTo(1L);
        assertThat(redeemed.getValid()).isFalse();
        assertThatThrownBy(() -> checkout(new DiscountParams().couponId(tenOffGym.getCouponId()), null))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getDetail())
                                .singleElement()
                                .satisfies(d -> assertThat(d.type()).isEqualTo("coupon_not_valid")));
        assertThat(coupons()
                        .listCoupons(new CouponsApi.ListCouponsParams().name("Welcome"))
                        .getCoupons())
                .extracting(Coupon::getCouponId)
                .containsExactly(tenOffGym.getCouponId());
    }

    @Test
    void aCheckoutThatExpiresGivesItsCouponNoRedemption() throws Exception {
        Coupon once =
                coupon(new CouponCreateParams().name("Once").amountOff(500L).maxRedemptions(1L));
        checkout(new DiscountParams().couponId(once.getCouponId()), null);

        sandbox.control().setClock(new ClockChange().advance("P2D"));

        Coupon after = coupons().retrieveCoupon(once.getCouponId()).getCoupon();
        assertThat(after.getTimesRedeemed()).isZero();
        assertThat(after.getValid()).isTrue();
        assertThat(checkout(new DiscountParams().couponId(once.getCouponId()), null)
                        .getTotalDetails()
                        .getAmountDiscount())
                .isEqualTo(500L);
    }

    @Test
    void aPercentOffCouponTakesItsShareOfTheWholeCartAndACouponWithoutEitherIsRefused() throws Exception {
        Coupon tenPercent = coupon(new CouponCreateParams().name("Ten").percentOff(new BigDecimal("10")));

        CheckoutSession discounted = checkout(new DiscountParams().couponId(tenPercent.getCouponId()), null);

        assertThat(discounted.getTotalDetails().getAmountDiscount()).isEqualTo(780L);
        assertThat(tenPercent.getDuration().getValue()).isEqualTo("once");
        assertThatThrownBy(() -> coupon(new CouponCreateParams().name("Nothing")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getDetail())
                                .extracting(d -> d.type())
                                .containsExactly("coupon_amount_or_percent_required"));
        assertThatThrownBy(() -> coupons().retrieveCoupon("fcoup_missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPromoCodeEmbedsItsCouponIsUniqueAmongActiveCodesRegardlessOfCaseAndIsDeactivatedByPost() throws Exception {
        Coupon coupon = coupon(new CouponCreateParams().name("Summer").amountOff(500L));
        PromoCodeCreateParams summer =
                new PromoCodeCreateParams().couponId(coupon.getCouponId()).code("SUMMER2026");

        PromoCode created = promoCodes()
                .createPromoCode(new PromoCodeCreateRequest().promoCode(summer))
                .getPromoCode();

        assertThat(created.getPromoCodeId()).startsWith("fpromo_");
        assertThat(created.getActive()).isTrue();
        assertThat(created.getCoupon().getCouponId()).isEqualTo(coupon.getCouponId());
        assertThatThrownBy(() -> promoCodes()
                        .createPromoCode(new PromoCodeCreateRequest()
                                .promoCode(new PromoCodeCreateParams()
                                        .couponId(coupon.getCouponId())
                                        .code("summer2026"))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getDetail())
                                .extracting(d -> d.type())
                                .containsExactly("promo_code_already_exists"));
        PromoCode inactive = promoCodes()
                .updatePromoCode(
                        created.getPromoCodeId(),
                        new PromoCodeUpdateRequest()
                                .promoCode(new PromoCodeUpdateParams()
                                        .active(false)
                                        .metadata(Map.of("k", "v"))))
                .getPromoCode();
        assertThat(inactive.getActive()).isFalse();
        assertThat(inactive.getMetadata()).containsEntry("k", "v");
        assertThat(promoCodes()
                        .listPromoCodes(new PromoCodesApi.ListPromoCodesParams().active(false))
                        .getPromoCodes())
                .extracting(PromoCode::getPromoCodeId)
                .containsExactly(created.getPromoCodeId());
        assertThat(promoCodes()
                        .createPromoCode(new PromoCodeCreateRequest().promoCode(summer))
                        .getPromoCode()
                        .getActive())
                .as("the code is free again once the first is inactive")
                .isTrue();
        assertThatThrownBy(() -> promoCodes()
                        .updatePromoCode(
                                "fpromo_missing",
                                new PromoCodeUpdateRequest().promoCode(new PromoCodeUpdateParams().active(true))))
                .isInstanceOf(NotFoundException.class);
    }
}

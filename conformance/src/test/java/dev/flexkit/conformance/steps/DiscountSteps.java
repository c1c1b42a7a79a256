package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.api.PromoCodesApi;
import dev.flexkit.client.api.ShippingRatesApi;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
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
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Shipping rates, coupons and promo codes: made through their own resources, named by a checkout. */
public final class DiscountSteps {

    private final World world;
    private final CheckoutSteps checkouts;
    private ShippingRate rate;
    private Coupon coupon;
    private PromoCode promoCode;

    public DiscountSteps(World world, CheckoutSteps checkouts) {
        this.world = world;
        this.checkouts = checkouts;
    }

    @When("the merchant creates a shipping rate {string} of {money}")
    @StepDoc("Create Shipping Rate with that display_name and amount.")
    public void createShippingRate(String name, Long cents) {
        rate = world.attemptValue(() -> world.shippingRates()
                .createShippingRate(new ShippingRateCreateRequest()
                        .shippingRate(
                                new ShippingRateCreateParams().displayName(name).amount(cents)))
                .getShippingRate());
    }

    @When("the merchant archives the shipping rate")
    @StepDoc("Update Shipping Rate (PUT) with active false.")
    public void archive() {
        rate = world.attemptValue(() -> world.shippingRates()
                .updateShippingRate(
                        rate.getShippingRateId(),
                        new ShippingRateUpdateRequest().shippingRate(new ShippingRateUpdateParams().active(false)))
                .getShippingRate());
    }

    @Then("the merchant finds the shipping rate among the {word} shipping rates")
    @StepDoc("List Shipping Rates with active true (active) or false (archived) holds the rate, read back as created.")
    public void findRate(String which) {
        List<ShippingRate> listed = world.attemptValue(() -> world.shippingRates()
                .listShippingRates(new ShippingRatesApi.ListShippingRatesParams().active(which.equals("active")))
                .getShippingRates());
        assertThat(listed)
                .filteredOn(r -> r.getShippingRateId().equals(rate.getShippingRateId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getAmount()).isEqualTo(rate.getAmount()));
    }

    @When("the merchant opens an on-session checkout for {cart} shipped at that rate")
    @StepDoc("Creates an on-session checkout of the cart whose shipping_options name the last shipping rate.")
    public void checkoutShipped(Cart cart) {
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(checkouts
                                .lines(cart)
                                .mode(CheckoutSessionMode.PAYMENT)
                                .shippingOptions(new ShippingOptionsParams().shippingRateId(rate.getShippingRateId()))))
                .getCheckoutSession());
    }

    @When("the merchant creates a coupon of {money} off {string}")
    @StepDoc("Create Coupon: that amount_off, once, applying only to that product.")
    public void createCoupon(Long cents, String product) {
        String productId = world.attemptValue(() ->
                        world.prices().retrievePrice(world.priceOf(product)).getPrice())
                .getProduct()
                .getId();
        coupon = world.attemptValue(() -> world.coupons()
                .createCoupon(new CouponCreateRequest()
                        .coupon(new CouponCreateParams()
                                .name("Conformance " + UUID.randomUUID())
                                .amountOff(cents)
                                .duration("once")
                                .appliesTo(new CouponProducts().products(new ArrayList<>(List.of(productId))))))
                .getCoupon());
    }

    @When("the merchant opens an on-session checkout for {cart} with that coupon")
    @StepDoc("Creates an on-session checkout of the cart whose discounts name the last coupon.")
    public void checkoutWithCoupon(Cart cart) {
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(checkouts
                                .lines(cart)
                                .mode(CheckoutSessionMode.PAYMENT)
                                .discounts(
                                        new ArrayList<>(List.of(new DiscountParams().couponId(coupon.getCouponId()))))))
                .getCheckoutSession());
    }

    @Then("its discount is {money}")
    @StepDoc("The total_details.amount_discount of the last checkout session.")
    public void discount(Long cents) {
        assertThat(world.session().getTotalDetails().getAmountDiscount()).isEqualTo(cents);
    }

    @Then("the coupon, read again, was redeemed {int} time(s)")
    @StepDoc("Get Coupon: its times_redeemed.")
    public void redeemed(int times) {
        assertThat(world.attemptValue(() -> world.coupons()
                                .retrieveCoupon(coupon.getCouponId())
                                .getCoupon())
                        .getTimesRedeemed())
                .isEqualTo(times);
    }

    @When("the merchant creates a promo code for that coupon")
    @StepDoc("Create Promo Code of the last coupon, with a code of its own (codes are unique among active ones).")
    public void createPromoCode() {
        String code = "CONF" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        promoCode = world.attemptValue(() -> world.promoCodes()
                .createPromoCode(new PromoCodeCreateRequest()
                        .promoCode(new PromoCodeCreateParams()
                                .couponId(coupon.getCouponId())
                                .code(code)))
                .getPromoCode());
    }

    @When("the merchant deactivates the promo code")
    @StepDoc("Update Promo Code (POST) with active false.")
    public void deactivate() {
        promoCode = world.attemptValue(() -> world.promoCodes()
                .updatePromoCode(
                        promoCode.getPromoCodeId(),
                        new PromoCodeUpdateRequest().promoCode(new PromoCodeUpdateParams().active(false)))
                .getPromoCode());
    }

    @Then("the merchant finds the promo code among the {word} promo codes, with its coupon")
    @StepDoc("List Promo Codes with active true (active) or false (inactive) holds the code, its coupon embedded.")
    public void findPromoCode(String which) {
        List<PromoCode> listed = world.attemptValue(() -> world.promoCodes()
                .listPromoCodes(new PromoCodesApi.ListPromoCodesParams().active(which.equals("active")))
                .getPromoCodes());
        assertThat(listed)
                .filteredOn(p -> p.getPromoCodeId().equals(promoCode.getPromoCodeId()))
                .singleElement()
                .satisfies(p -> assertThat(p.getCoupon().getCouponId()).isEqualTo(coupon.getCouponId()));
    }
}

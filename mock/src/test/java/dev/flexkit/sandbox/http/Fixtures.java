package dev.flexkit.sandbox.http;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import dev.flexkit.sandbox.client.model.SeedCustomer;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.client.model.SeedLetter;
import dev.flexkit.sandbox.client.model.SeedPaymentMethod;
import dev.flexkit.sandbox.client.model.SeedPrice;
import dev.flexkit.sandbox.client.model.SeedProduct;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/** A catalog seeded through the control API, and shorthands for checkouts through the generated client. */
final class Fixtures {

    static final String GYM = "fprice_Gym";
    static final String SKINCARE = "fprice_Skincare";
    static final String BANDAGE = "fprice_Bandage";
    static final String SHIRT = "fprice_Shirt";
    static final String HOLDER = "fcus_GymLetterHolder";
    static final String HOLDER_CARD = "fpm_HolderCard";

    private Fixtures() {
    }

    /** The catalog, a customer holding a gym letter from 2026-02-01 and an off-session card; the clock on 2026-06-15. */
    static void seed(SandboxClient sandbox) throws dev.flexkit.sandbox.client.ApiException {
        sandbox.control().seed(new SeedDocument()
                .now(OffsetDateTime.parse("2026-06-15T12:00:00Z"))
                .addProductsItem(product("fprod_Gym", "Gym membership", "gym", "letter_of_medical_necessity"))
                .addProductsItem(product("fprod_Skincare", "Acne treatment", "skincare", "letter_of_medical_necessity"))
                .addProductsItem(product("fprod_Bandage", "Bandages", null, "auto_substantiation"))
                .addProductsItem(product("fprod_Shirt", "T-shirt", null, "not_eligible"))
                .addPricesItem(new SeedPrice().priceId(GYM).product("fprod_Gym").unitAmount(6900))
                .addPricesItem(new SeedPrice().priceId(SKINCARE).product("fprod_Skincare").unitAmount(4500))
                .addPricesItem(new SeedPrice().priceId(BANDAGE).product("fprod_Bandage").unitAmount(900))
                .addPricesItem(new SeedPrice().priceId(SHIRT).product("fprod_Shirt").unitAmount(2500))
                .addCustomersItem(new SeedCustomer()
                        .customerId(HOLDER)
                        .email("holder@example.com")
                        .firstName("Grace")
                        .lastName("Holder")
                        .addPaymentMethodsItem(new SeedPaymentMethod().paymentMethodId(HOLDER_CARD).offSession(true))
                        .addLettersItem(new SeedLetter().visitType("gym").consultationDate(LocalDate.parse("2026-02-01")))));
    }

    private static SeedProduct product(String id, String name, String visitType, String eligibility) {
        return new SeedProduct().productId(id).name(name).visitType(visitType).hsaFsaEligibility(eligibility);
    }

    static CheckoutSessionCreateParams cart(String... prices) {
        CheckoutSessionCreateParams params = new CheckoutSessionCreateParams()
                .successUrl("https://example.com/success")
                .cancelUrl("https://example.com/cancel");
        Arrays.stream(prices).forEach(price -> params.addLineItemsItem(new LineItemParams().price(price).quantity(1)));
        return params;
    }

    static CheckoutSession create(SandboxClient sandbox, CheckoutSessionCreateParams params) throws ApiException {
        return sandbox.checkoutSessions().createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params))
                .getCheckoutSession();
    }

    static CheckoutSession onSession(SandboxClient sandbox, String... prices) throws ApiException {
        return create(sandbox, cart(prices).mode(CheckoutSessionMode.PAYMENT).setupFutureUse(SetupFutureUse.OFF_SESSION));
    }

    static CheckoutSession offSession(SandboxClient sandbox, String customer, String card, String... prices) throws ApiException {
        return create(sandbox, cart(prices).mode(CheckoutSessionMode.OFF_SESSION).customer(customer).paymentMethod(card));
    }

    static CompletedCheckout complete(SandboxClient sandbox, String sessionId, String consultation, String email)
            throws dev.flexkit.sandbox.client.ApiException {
        return sandbox.control().completeCheckoutSession(sessionId, new HostedCheckoutCompletion()
                .consultation(HostedCheckoutCompletion.ConsultationEnum.fromValue(consultation))
                .customer(new HostedCheckoutCustomer().email(email).firstName("Jane").lastName("Doe")));
    }
}

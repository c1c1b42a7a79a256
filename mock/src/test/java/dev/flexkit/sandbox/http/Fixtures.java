package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PriceDataParams;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import dev.flexkit.sandbox.client.model.SeedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The kit's fixture catalog ({@code mock/seeds/example.yaml}, the one the conformance suite uses too) seeded through
 * the control API, and shorthands for checkouts through the generated client.
 */
final class Fixtures {

    static final Path CATALOG = Path.of("seeds", "example.yaml");
    static final String GYM = "fprice_GymMonthly";
    static final String GYM_PRODUCT = "fprod_GymMembership";
    static final String SKINCARE = "fprice_AcneTreatment";
    static final String BANDAGE = "fprice_Bandages";
    static final String SHIRT = "fprice_TShirt";
    /** Grace: a gym letter from 2026-02-01 and an off-session card. */
    static final String HOLDER = "fcus_GraceGymLetter";

    static final String HOLDER_CARD = "fpm_GraceOffSession";

    private Fixtures() {}

    /** The catalog, with the clock on 2026-06-15. */
    static void seed(SandboxClient sandbox) throws dev.flexkit.sandbox.client.ApiException {
        sandbox.control().seed(catalog());
    }

    static SeedDocument catalog() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .findAndRegisterModules()
                    .readValue(CATALOG.toFile(), SeedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckoutSessionCreateParams cart(String... prices) {
        CheckoutSessionCreateParams params = new CheckoutSessionCreateParams()
                .successUrl("https://example.com/success")
                .cancelUrl("https://example.com/cancel");
        Arrays.stream(prices)
                .forEach(price -> params.addLineItemsItem(
                        new LineItemParams().price(price).quantity(1L)));
        return params;
    }

    /** A subscription checkout of the gym membership at 69.00 a month, its price given inline. */
    static CheckoutSessionCreateParams monthlySubscription() {
        return cart().mode(CheckoutSessionMode.SUBSCRIPTION)
                .addLineItemsItem(new LineItemParams()
                        .priceData(new PriceDataParams()
                                .product(GYM_PRODUCT)
                                .unitAmount(6900L)
                                .recurring(new RecurringParams()
                                        .interval(RecurringInterval.MONTH)
                                        .intervalCount(1L)))
                        .quantity(1L));
    }

    static CheckoutSession create(SandboxClient sandbox, CheckoutSessionCreateParams params) throws ApiException {
        return sandbox.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params))
                .getCheckoutSession();
    }

    static CheckoutSession onSession(SandboxClient sandbox, String... prices) throws ApiException {
        return create(
                sandbox, cart(prices).mode(CheckoutSessionMode.PAYMENT).setupFutureUse(SetupFutureUse.OFF_SESSION));
    }

    static CheckoutSession offSession(SandboxClient sandbox, String customer, String card, String... prices)
            throws ApiException {
        return create(
                sandbox,
                cart(prices)
                        .mode(CheckoutSessionMode.OFF_SESSION)
                        .customer(customer)
                        .paymentMethod(card));
    }

    static CompletedCheckout complete(SandboxClient sandbox, String sessionId, String consultation, String email)
            throws dev.flexkit.sandbox.client.ApiException {
        return sandbox.control()
                .completeCheckoutSession(
                        sessionId,
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.fromValue(consultation))
                                .customer(new HostedCheckoutCustomer()
                                        .email(email)
                                        .firstName("Jane")
                                        .lastName("Doe")));
    }
}

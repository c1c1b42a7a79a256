package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER_CARD;
import static dev.flexkit.sandbox.http.Fixtures.SHIRT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.AllocationList;
import dev.flexkit.client.model.CaptureLineItemParams;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundAllocationParams;
import dev.flexkit.client.model.CheckoutSessionRefundAllocationRequest;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.CouponData;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.DiscountParams;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.PriceDataParams;
import dev.flexkit.client.model.RefundLineItemParams;
import dev.flexkit.client.model.TaxCalculationMode;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests Flex's pages document, built with the generated client, pass the sandbox's request check (the
 * contract), and the statuses and fields Flex documents come back where the sandbox's state calls for them.
 */
class DocumentedRequestsTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    @Test
    void theReimbursementCheckoutOfFlexsGuidePassesTheContractAndOpensWithoutAPayment() throws Exception {
        CheckoutSessionCreateParams reimbursement = new CheckoutSessionCreateParams()
                .addLineItemsItem(new LineItemParams().product("fprod_GymMembership"))
                .successUrl("https://example.com/thank-you?success=true")
                .mode(CheckoutSessionMode.REIMBURSEMENT)
                .cancelUrl("https://example.com/thank-you?canceled=true");

        CheckoutSession session = Fixtures.create(sandbox, reimbursement);

        assertThat(session.getMode()).isEqualTo(CheckoutSessionMode.REIMBURSEMENT);
        assertThat(session.getPaymentIntent()).isNull();
        assertThat(session.getAmountTotal()).isZero();
        assertThat(session.getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(sandbox.checkoutSessions()
                        .listCheckoutSessionLineItems(session.getCheckoutSessionId())
                        .getLineItems())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.getPrice()).isNull();
                    assertThat(item.getDescription()).isEqualTo("Gym membership");
                });
    }

    @Test
    void anEmptyCartPassesTheContract() throws Exception {
        assertThatThrownBy(() ->
                        Fixtures.create(sandbox, new CheckoutSessionCreateParams().mode(CheckoutSessionMode.PAYMENT)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(types(e)).containsExactly("checkout_amount_too_low");
                });
        CheckoutSession setup = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.SETUP)
                        .lineItems(new java.util.ArrayList<>())
                        .customer(HOLDER));
        assertThat(setup.getPaymentIntent()).isNull();
        assertThat(setup.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void aLineWithoutQuantityIsOneItem() throws Exception {
        CheckoutSession session = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .addLineItemsItem(new LineItemParams().price(GYM))
                        .mode(CheckoutSessionMode.PAYMENT));

        assertThat(session.getAmountTotal()).isEqualTo(6900);
    }

    @Test
    void aProductKeyedRefundWithAndWithoutAnAmount() throws Exception {
        CheckoutSession paid = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM, BANDAGE);
        var api = sandbox.checkoutSessions();

        CheckoutSession part = api.refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .product("fprod_GymMembership")
                                                .amountToRefund(2000L))))
                .getCheckoutSession();
        CheckoutSession rest = api.refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams().product("fprod_GymMembership"))))
                .getCheckoutSession();

        assertThat(part.getAmountRefunded()).isEqualTo(2000);
        assertThat(rest.getRefunds()).extracting(r -> r.getAmount()).containsExactly(2000L, 4900L);
        assertThat(rest.getAmountRefunded()).isEqualTo(6900);
        assertThat(rest.getAmountReceived()).isEqualTo(7800);
        assertThat(rest.getRefunds().get(1).getItems())
                .singleElement()
                .satisfies(item -> assertThat(item.getPaymentMethodId()).isEqualTo(HOLDER_CARD));
        assertThatThrownBy(() -> api.refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .product("fprod_GymMembership")
                                                .amountToRefund(1L)))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(types(e)).containsExactly("refund_exceeds_line_amount"));
    }

    @Test
    void aRefundTakesTaxAndShippingAndGivesTheDiscountBack() throws Exception {
        CheckoutSession paid = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);

        CheckoutSession refunded = sandbox.checkoutSessions()
                .refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .price(GYM)
                                                .amountToRefund(1000L))
                                        .amountTax(350L)
                                        .amountShipping(500L)
                                        .amountDiscount(200L)))
                .getCheckoutSession();

        assertThat(refunded.getRefunds()).extracting(r -> r.getAmount()).containsExactly(1650L);
    }

    @Test
    void refundingASessionThatIsNotCompleteIsA422() throws Exception {
        CheckoutSession open = Fixtures.onSession(sandbox, GYM);

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .refundCheckoutSession(
                                open.getCheckoutSessionId(),
                                new CheckoutSessionRefundRequest().checkoutSession(new CheckoutSessionRefundParams())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(types(e)).containsExactly("checkout_session_not_complete");
                });
    }

    @Test
    void aRefundIsPreviewedWithoutRefunding() throws Exception {
        CheckoutSession paid = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);

        AllocationList preview = sandbox.checkoutSessions()
                .previewCheckoutSessionRefundAllocation(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundAllocationRequest()
                                .checkoutSession(new CheckoutSessionRefundAllocationParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .product("fprod_GymMembership")
                                                .amountToRefund(1500L))));

        assertThat(preview.getAllocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.getPaymentMethodId()).isEqualTo(HOLDER_CARD);
            assertThat(allocation.getLast4()).isEqualTo("4242");
            assertThat(allocation.getAmount()).isEqualTo(1500);
        });
        assertThat(retrieve(paid).getRefunds()).isEmpty();
    }

    @Test
    void aHeldPaymentIsCapturedOnceAndPreviewedBefore() throws Exception {
        CheckoutSession session = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM, BANDAGE).mode(CheckoutSessionMode.PAYMENT).captureMethod(CaptureMethod.MANUAL));
        Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "jane@example.com");
        var api = sandbox.checkoutSessions();
        CheckoutSessionCaptureRequest gymOnly = new CheckoutSessionCaptureRequest()
                .checkoutSession(new CheckoutSessionCaptureParams()
                        .finalCapture(true)
                        .addLineItemsItem(new CaptureLineItemParams()
                                .product("fprod_GymMembership")
                                .amountToCapture(6000L))
                        .amountTax(100L));

        AllocationList preview = api.previewCheckoutSessionCaptureAllocation(session.getCheckoutSessionId(), gymOnly);
        assertThat(retrieve(session).getCaptures()).isEmpty();
        CheckoutSession captured = api.captureCheckoutSession(session.getCheckoutSessionId(), gymOnly)
                .getCheckoutSession();

        assertThat(preview.getAllocations())
                .singleElement()
                .satisfies(a -> assertThat(a.getAmount()).isEqualTo(6100));
        assertThat(captured.getCaptures()).singleElement().satisfies(capture -> {
            assertThat(capture.getAmountCaptured()).isEqualTo(6100);
            assertThat(capture.getAmountTaxCaptured()).isEqualTo(100);
        });
        assertThat(captured.getAmountReceived()).isEqualTo(6100);
        assertThat(api.retrieveCheckoutSession(
                                session.getCheckoutSessionId(),
                                new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                        .getCheckoutSession()
                        .getPaymentIntent()
                        .getObject()
                        .getStatus())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThatThrownBy(() -> api.captureCheckoutSession(session.getCheckoutSessionId(), gymOnly))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(types(e)).containsExactly("checkout_session_not_authorized");
                });
    }

    @Test
    void confirmNeedsAnIdempotencyKeyAndChargesTheCustomersCard() throws Exception {
        CheckoutSession open = Fixtures.create(
                sandbox,
                Fixtures.cart(BANDAGE).mode(CheckoutSessionMode.PAYMENT).customer(HOLDER));
        var api = sandbox.checkoutSessions();

        // The generated client sends a key on every POST; without one is raw HTTP.
        SandboxClient.Raw keyless =
                sandbox.sendInvalid("POST", "/v1/checkout/sessions/" + open.getCheckoutSessionId() + "/confirm", null);
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.json().at("/detail/0/type").asText()).isEqualTo("idempotency_key_required");
        CheckoutSession confirmed = api.confirmCheckoutSession(
                        open.getCheckoutSessionId(),
                        RequestOptions.builder().idempotencyKey("k1").build())
                .getCheckoutSession();

        assertThat(confirmed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(confirmed.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(confirmed.getPaymentIntent().getObject().getPaymentMethod()).isEqualTo(HOLDER_CARD);
        assertThatThrownBy(() -> api.confirmCheckoutSession(
                        open.getCheckoutSessionId(),
                        RequestOptions.builder().idempotencyKey("k2").build()))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(types(e)).containsExactly("checkout_session_already_processed"));
    }

    @Test
    void confirmChargesOnlyTheEligiblePortionOfASplitCart() throws Exception {
        CheckoutSession open = Fixtures.create(
                sandbox,
                Fixtures.cart(BANDAGE, SHIRT).mode(CheckoutSessionMode.PAYMENT).customer(HOLDER));

        CheckoutSession confirmed = sandbox.checkoutSessions()
                .confirmCheckoutSession(
                        open.getCheckoutSessionId(),
                        RequestOptions.builder().idempotencyKey("k1").build())
                .getCheckoutSession();

        assertThat(confirmed.getAmountTotal()).isEqualTo(3400);
        assertThat(confirmed.getAmountReceived()).isEqualTo(900);
        assertThat(confirmed.getPaymentIntent().getObject().getAmount()).isEqualTo(900);
    }

    @Test
    void confirmBelowFiftyEligibleCentsAnswersANullPaymentIntentAndChargesNothing() throws Exception {
        CheckoutSessionCreateParams mostlyNotEligible = Fixtures.cart(SHIRT)
                .mode(CheckoutSessionMode.PAYMENT)
                .customer(HOLDER)
                .addLineItemsItem(new LineItemParams()
                        .priceData(
                                new PriceDataParams().product("fprod_Bandages").unitAmount(49L))
                        .quantity(1L));
        CheckoutSession open = Fixtures.create(sandbox, mostlyNotEligible);

        CheckoutSession answer = sandbox.checkoutSessions()
                .confirmCheckoutSession(
                        open.getCheckoutSessionId(),
                        RequestOptions.builder().idempotencyKey("k1").build())
                .getCheckoutSession();

        assertThat(answer.getPaymentIntent()).isNull();
        assertThat(answer.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(answer.getAmountReceived()).isZero();
    }

    @Test
    void confirmWithoutACustomerAnswersNotFoundLikeEveryOtherMissingObject() throws Exception {
        CheckoutSession anonymous =
                Fixtures.create(sandbox, Fixtures.cart(BANDAGE).mode(CheckoutSessionMode.PAYMENT));

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .confirmCheckoutSession(
                                anonymous.getCheckoutSessionId(),
                                RequestOptions.builder().idempotencyKey("k1").build()))
                .isInstanceOfSatisfying(dev.flexkit.client.NotFoundException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).isEqualTo("{\"detail\":\"customer_not_found\"}");
                });
    }

    @Test
    void confirmRefusesAManualCaptureSession() throws Exception {
        CheckoutSession manual = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM)
                        .mode(CheckoutSessionMode.PAYMENT)
                        .customer(HOLDER)
                        .captureMethod(CaptureMethod.MANUAL));

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .confirmCheckoutSession(
                                manual.getCheckoutSessionId(),
                                RequestOptions.builder().idempotencyKey("k1").build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(types(e)).containsExactly("manual_capture_not_supported");
                });
    }

    @Test
    void aSessionBelowFiftyCentsIsRefusedWithCheckoutAmountTooLow() {
        CheckoutSessionCreateParams tiny = new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.PAYMENT)
                .addLineItemsItem(new LineItemParams()
                        .priceData(
                                new PriceDataParams().product("fprod_Bandages").unitAmount(49L))
                        .quantity(1L));

        assertThatThrownBy(() -> Fixtures.create(sandbox, tiny)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(400);
            assertThat(types(e)).containsExactly("checkout_amount_too_low");
        });
    }

    @Test
    void aCouponOfNothingIsRefused() {
        CheckoutSessionCreateParams params = Fixtures.cart(GYM)
                .mode(CheckoutSessionMode.PAYMENT)
                .addDiscountsItem(new DiscountParams().couponData(new CouponData().amountOff(0L)));

        assertThatThrownBy(() -> Fixtures.create(sandbox, params))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(types(e)).containsExactly("coupon_amount_must_be_positive"));
    }

    @Test
    void theNewerSessionFieldsAreFilledFromState() throws Exception {
        CheckoutSession session = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);

        assertThat(session.getAmountReceived()).isEqualTo(6900);
        assertThat(session.getAmountRefunded()).isZero();
        assertThat(session.getAmountDisputed()).isZero();
        assertThat(session.getDisputes()).isEmpty();
        assertThat(session.getPaymentIntents())
                .singleElement()
                .satisfies(pi -> assertThat(pi.getId())
                        .isEqualTo(session.getPaymentIntent().getId()));
        assertThat(session.getTaxCalculationMode()).isEqualTo(TaxCalculationMode.EXCLUSIVE);
        assertThat(Fixtures.onSession(sandbox, GYM).getAmountReceived()).isZero();
    }

    @Test
    void customerMetadataIsTakenAsAnObjectOrAsTheJsonStringOfFlexsPages() throws Exception {
        Customer fromString = sandbox.customers()
                .createCustomer(new CustomerCreateRequest()
                        .customer(new CustomerCreateParams()
                                .email("s@example.com")
                                .metadata("{\"key\": \"value\"}")))
                .getCustomer();
        Customer fromObject = sandbox.customers()
                .createCustomer(new CustomerCreateRequest()
                        .customer(new CustomerCreateParams()
                                .email("o@example.com")
                                .metadata(Map.of("key", "value"))))
                .getCustomer();

        assertThat(fromString.getMetadata()).isEqualTo(Map.of("key", "value"));
        assertThat(fromObject.getMetadata()).isEqualTo(Map.of("key", "value"));
        assertThatThrownBy(() -> sandbox.customers()
                        .createCustomer(new CustomerCreateRequest()
                                .customer(new CustomerCreateParams()
                                        .email("x@example.com")
                                        .metadata("[1, 2]"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(types(e)).containsExactly("metadata_not_an_object"));
    }

    private CheckoutSession retrieve(CheckoutSession session) throws ApiException {
        return sandbox.checkoutSessions()
                .retrieveCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();
    }

    private static java.util.List<String> locations(ApiException e) {
        try {
            java.util.List<String> locations = new java.util.ArrayList<>();
            JSON.readTree(e.getResponseBody())
                    .path("detail")
                    .forEach(detail -> locations.add(detail.path("loc").toString()));
            return locations;
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(e.getResponseBody(), unreadable);
        }
    }

    private static java.util.List<String> types(ApiException e) {
        try {
            JsonNode body = JSON.readTree(e.getResponseBody());
            java.util.List<String> types = new java.util.ArrayList<>();
            body.path("detail").forEach(detail -> types.add(detail.path("type").asText()));
            return types;
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(e.getResponseBody(), unreadable);
        }
    }
}

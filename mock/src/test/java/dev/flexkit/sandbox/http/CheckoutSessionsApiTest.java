package dev.flexkit.sandbox.http;

import static dev.flexkit.contract.DocumentedBodies.LOMN_REQUIRED;
import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER_CARD;
import static dev.flexkit.sandbox.http.Fixtures.SHIRT;
import static dev.flexkit.sandbox.http.Fixtures.SKINCARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.LineItem;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckoutSessionsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    @Test
    void anOnSessionCheckoutIsOpenWithAHostedPage() throws Exception {
        CheckoutSession session = Fixtures.onSession(sandbox, GYM);

        assertThat(session.getCheckoutSessionId()).startsWith("fcs_");
        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(session.getRedirectUrl()).isEqualTo(FLEX.baseUrl() + "/pay/c/" + session.getCheckoutSessionId());
        assertThat(session.getPaymentIntent().getId()).startsWith("fpi_");
        assertThat(session.getTestMode()).isTrue();
        assertThat(session.getAmountTotal()).isEqualTo(6900);
    }

    @Test
    void theOnSessionThenOffSessionFlowOfTheGuide() throws Exception {
        CheckoutSession first = Fixtures.onSession(sandbox, GYM);
        Fixtures.complete(sandbox, first.getCheckoutSessionId(), "approved", "jane@example.com");

        // Getting customer_id: from the completed session, or by email.
        String customerId = sandbox.checkoutSessions()
                .retrieveCheckoutSession(first.getCheckoutSessionId())
                .getCheckoutSession()
                .getCustomer()
                .getId();
        assertThat(sandbox.customers()
                        .listCustomers(new CustomersApi.ListCustomersParams().email("jane@example.com"))
                        .getCustomers())
                .singleElement()
                .satisfies(c -> assertThat(c.getCustomerId()).isEqualTo(customerId));
        // Getting the payment method: the one with off_session true.
        PaymentMethod card = sandbox.customers().listCustomerPaymentMethods(customerId).getPaymentMethods().stream()
                .filter(PaymentMethod::getOffSession)
                .findFirst()
                .orElseThrow();

        CheckoutSession offSession = Fixtures.offSession(sandbox, customerId, card.getPaymentMethodId(), GYM, GYM);

        assertThat(offSession.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(offSession.getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(offSession.getVisitType()).isEqualTo(VisitType.GYM);
        assertThat(offSession.getAmountTotal()).isEqualTo(13800);
        var payment = sandbox.checkoutSessions()
                .retrieveCheckoutSession(
                        offSession.getCheckoutSessionId(),
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getCheckoutSession()
                .getPaymentIntent()
                .getObject();
        assertThat(payment.getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(payment.getAmount()).isEqualTo(13800);
        assertThat(payment.getAmountReceived()).isEqualTo(13800);
    }

    @Test
    void withoutALetterTheOffSessionCheckoutGetsExactlyTheDocumentedBody() throws Exception {
        CheckoutSession first = Fixtures.onSession(sandbox, BANDAGE);
        CompletedCheckout done =
                Fixtures.complete(sandbox, first.getCheckoutSessionId(), "approved", "nobody@example.com");

        assertThatThrownBy(() -> Fixtures.offSession(sandbox, done.getCustomerId(), done.getPaymentMethodId(), GYM))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(json(e.getResponseBody())).isEqualTo(json(LOMN_REQUIRED));
                });
    }

    @Test
    void aGymLetterDoesNotCoverSkincare() {
        assertThatThrownBy(() -> Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, SKINCARE))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(json(e.getResponseBody())).isEqualTo(json(LOMN_REQUIRED)));
    }

    @Test
    void theLetterExpiresOnItsAnniversary() throws Exception {
        sandbox.control()
                .setClock(new dev.flexkit.sandbox.client.model.ClockChange()
                        .now(java.time.OffsetDateTime.parse("2027-01-31T23:59:59Z")));
        assertThat(Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM).getStatus())
                .isEqualTo(CheckoutSessionStatus.COMPLETE);

        sandbox.control().setClock(new dev.flexkit.sandbox.client.model.ClockChange().advance("PT1S"));

        assertThatThrownBy(() -> Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(json(e.getResponseBody())).isEqualTo(json(LOMN_REQUIRED)));
    }

    @Test
    void aSplitCartIsRefusedOffSessionNamingTheItem() {
        assertThatThrownBy(() -> Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM, SHIRT))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    JsonNode detail = json(e.getResponseBody()).get("detail");
                    assertThat(detail).hasSize(1);
                    assertThat(detail.get(0).get("loc").toString()).isEqualTo("[\"line_items\",1]");
                    assertThat(detail.get(0).get("type").asText()).isEqualTo("split_cart_not_allowed");
                });
    }

    @Test
    void offSessionWithoutCustomerNamesTheField() {
        assertThatThrownBy(() -> Fixtures.create(
                        sandbox,
                        Fixtures.cart(GYM).mode(CheckoutSessionMode.OFF_SESSION).paymentMethod(HOLDER_CARD)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(json(e.getResponseBody()))
                                .isEqualTo(
                                        json(
                                                "{\"detail\":[{\"loc\":[\"customer\"],\"msg\":\"customer_required: customer is required\",\"type\":\"customer_required\"}]}")));
    }

    @Test
    void anOnSessionSplitCartIsPaidInTwoParts() throws Exception {
        CheckoutSession session = Fixtures.onSession(sandbox, BANDAGE, SHIRT);

        assertThat(session.getHsaFsaEligible()).isFalse();
        assertThat(session.getSplitCart().getObject().getEligibleCart().getAmountTotal())
                .isEqualTo(900);
        assertThat(session.getSplitCart().getObject().getNonEligibleCart().getAmountTotal())
                .isEqualTo(2500);
    }

    @Test
    void retrieveExpandsOnRequest() throws Exception {
        CheckoutSession session = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);
        String id = session.getCheckoutSessionId();

        CheckoutSession plain =
                sandbox.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession();
        CheckoutSession byFlags = sandbox.checkoutSessions()
                .retrieveCheckoutSession(
                        id,
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams()
                                .expandCustomer(true)
                                .expandPaymentIntent(true)
                                .expandSubscription(true))
                .getCheckoutSession();
        CheckoutSession byList = sandbox.checkoutSessions()
                .retrieveCheckoutSession(
                        id, new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expand("customer,payment_intent"))
                .getCheckoutSession();

        assertThat(plain.getCustomer().isExpanded()).isFalse();
        assertThat(plain.getPaymentIntent().isExpanded()).isFalse();
        assertThat(byFlags.getCustomer().getObject().getEmail()).isEqualTo("grace.holder@example.com");
        assertThat(byFlags.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(byList.getCustomer().getId()).isEqualTo(HOLDER);
        assertThat(byList.getPaymentIntent().isExpanded()).isTrue();
    }

    @Test
    void lineItemsComeAllInOrderWithTheirPriceAndProduct() throws Exception {
        CheckoutSession session = Fixtures.onSession(
                sandbox, GYM, BANDAGE, SHIRT, GYM, BANDAGE, SHIRT, GYM, BANDAGE, SHIRT, GYM, BANDAGE);

        List<LineItem> all = sandbox.checkoutSessions()
                .listCheckoutSessionLineItems(session.getCheckoutSessionId())
                .getLineItems();

        assertThat(all).as("no paging: more than a default page of 10").hasSize(11);
        assertThat(all).extracting(item -> item.getPrice().getPriceId()).startsWith(GYM, BANDAGE, SHIRT);
        assertThat(all.get(0).getPrice().getProduct().getObject().getVisitType())
                .isEqualTo(VisitType.GYM);
        assertThat(all).extracting(LineItem::getAmountTotal).startsWith(6900L, 900L, 2500L);
        assertThat(all.get(0).getFees()).isEmpty();
    }

    @Test
    void listFiltersAndPages() throws Exception {
        CheckoutSession open = Fixtures.onSession(sandbox, GYM);
        CheckoutSession complete = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);
        CheckoutSession newest = Fixtures.onSession(sandbox, BANDAGE);
        var api = sandbox.checkoutSessions();

        assertThat(ids(api.listCheckoutSessions().getCheckoutSessions()))
                .containsExactly(
                        newest.getCheckoutSessionId(), complete.getCheckoutSessionId(), open.getCheckoutSessionId());
        assertThat(ids(api.listCheckoutSessions(new CheckoutSessionsApi.ListCheckoutSessionsParams()
                                .status(CheckoutSessionStatus.COMPLETE))
                        .getCheckoutSessions()))
                .containsExactly(complete.getCheckoutSessionId());
        assertThat(ids(api.listCheckoutSessions(
                                new CheckoutSessionsApi.ListCheckoutSessionsParams().email("grace.holder@example.com"))
                        .getCheckoutSessions()))
                .containsExactly(complete.getCheckoutSessionId());
        assertThat(ids(api.listCheckoutSessions(new CheckoutSessionsApi.ListCheckoutSessionsParams()
                                .limit(1L)
                                .startingAfter(newest.getCheckoutSessionId()))
                        .getCheckoutSessions()))
                .containsExactly(complete.getCheckoutSessionId());
        assertThat(api.listCheckoutSessions(new CheckoutSessionsApi.ListCheckoutSessionsParams()
                                .customer(HOLDER)
                                .expandCustomer(true))
                        .getCheckoutSessions())
                .singleElement()
                .satisfies(s -> assertThat(s.getCustomer().isExpanded()).isTrue());
    }

    @Test
    void aManualCaptureSessionCanBeReauthorizedThenCanceled() throws Exception {
        CheckoutSession session = Fixtures.create(
                sandbox, Fixtures.cart(GYM).mode(CheckoutSessionMode.PAYMENT).captureMethod(CaptureMethod.MANUAL));
        Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "jane@example.com");

        CheckoutSession reauthorized = sandbox.checkoutSessions()
                .reauthCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();
        CheckoutSession canceled = sandbox.checkoutSessions()
                .cancelCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();

        assertThat(reauthorized.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(canceled.getStatus()).isEqualTo(CheckoutSessionStatus.CANCELED);
    }

    @Test
    void operationsOnASessionInTheWrongStateAre400WithTheReason() throws Exception {
        CheckoutSession open = Fixtures.onSession(sandbox, GYM);

        assertThatThrownBy(() -> sandbox.checkoutSessions().reauthCheckoutSession(open.getCheckoutSessionId()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(json(e.getResponseBody()).at("/detail/0/type").asText())
                            .isEqualTo("checkout_session_not_authorized");
                });
        sandbox.checkoutSessions().cancelCheckoutSession(open.getCheckoutSessionId());
        assertThatThrownBy(() -> sandbox.checkoutSessions().cancelCheckoutSession(open.getCheckoutSessionId()))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(json(e.getResponseBody())
                                        .at("/detail/0/type")
                                        .asText())
                                .isEqualTo("checkout_session_canceled"));
    }

    @Test
    void aPaidSessionIsRefundedInPartsUpToWhatWasPaid() throws Exception {
        CheckoutSession paid = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM);
        var api = sandbox.checkoutSessions();

        api.refundCheckoutSession(
                paid.getCheckoutSessionId(),
                new CheckoutSessionRefundRequest().checkoutSession(new CheckoutSessionRefundParams().amount(900L)));
        CheckoutSession refunded = api.refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest().checkoutSession(new CheckoutSessionRefundParams()))
                .getCheckoutSession();

        assertThat(refunded.getRefunds()).extracting(r -> r.getAmount()).containsExactly(900L, 6000L);
        assertThatThrownBy(() -> api.refundCheckoutSession(
                        paid.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams().amount(1L))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(json(e.getResponseBody()).at("/detail/0/type").asText())
                            .isEqualTo("refund_exceeds_amount_received");
                });
    }

    @Test
    void anUnknownPriceIsRefusedAsFlexDoes() {
        assertThatThrownBy(() -> Fixtures.onSession(sandbox, "fprice_Unknown"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(json(e.getResponseBody()))
                                .isEqualTo(
                                        json(
                                                "{\"detail\":[{\"loc\":[\"price\"],\"msg\":\"price_not_found: One or more prices are not valid\",\"type\":\"price_not_found\"}]}")));
    }

    @Test
    void feesAreChargedOnTopAndDiscountsOnlyReduceTheItemsTheyApplyTo() throws Exception {
        CheckoutSession session = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM, BANDAGE)
                        .mode(CheckoutSessionMode.PAYMENT)
                        .addFeesItem(new dev.flexkit.client.model.FeeParams()
                                .amount(500L)
                                .name("Handling"))
                        .addDiscountsItem(new dev.flexkit.client.model.DiscountParams()
                                .couponData(new dev.flexkit.client.model.CouponData()
                                        .amountOff(5000L)
                                        .appliesTo(new dev.flexkit.client.model.CouponAppliesTo()
                                                .addPricesItem(BANDAGE)))));

        assertThat(session.getTotalDetails().getAmountDiscount())
                .as("capped at the bandages' 900")
                .isEqualTo(900);
        assertThat(session.getAmountTotal()).isEqualTo(6900 + 500);
    }

    @Test
    void discountsNeverMakeTheItemsCostLessThanNothing() throws Exception {
        var coupon = new dev.flexkit.client.model.DiscountParams()
                .couponData(new dev.flexkit.client.model.CouponData().amountOff(Long.MAX_VALUE));

        // Tax keeps the total above the 50 cents Flex charges at least (checkout_amount_too_low).
        CheckoutSession session = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM)
                        .mode(CheckoutSessionMode.PAYMENT)
                        .addDiscountsItem(coupon)
                        .addDiscountsItem(coupon)
                        .taxRate(new dev.flexkit.client.model.TaxRateParams().amount(100L)));

        assertThat(session.getTotalDetails().getAmountDiscount()).isEqualTo(6900);
        assertThat(session.getAmountTotal()).isEqualTo(100);
    }

    @Test
    void aRefundOfOneLineCannotExceedItAcrossSeveralEntries() throws Exception {
        CheckoutSession paid = Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM, BANDAGE);
        var line = new dev.flexkit.client.model.RefundLineItemParams()
                .price(BANDAGE)
                .amountToRefund(600L);

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .refundCheckoutSession(
                                paid.getCheckoutSessionId(),
                                new CheckoutSessionRefundRequest()
                                        .checkoutSession(new CheckoutSessionRefundParams()
                                                .addLineItemsItem(line)
                                                .addLineItemsItem(line))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("refund_exceeds_line_amount");
                });
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(paid.getCheckoutSessionId())
                        .getCheckoutSession()
                        .getRefunds())
                .isEmpty();
    }

    private static List<String> ids(List<CheckoutSession> sessions) {
        return sessions.stream().map(CheckoutSession::getCheckoutSessionId).toList();
    }

    private static JsonNode json(String body) {
        try {
            return JsonResponses.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

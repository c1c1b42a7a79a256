package dev.flexkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.IdempotencyException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.CheckoutSessionsApi.ListCheckoutSessionsParams;
import dev.flexkit.client.api.CheckoutSessionsApi.RetrieveCheckoutSessionParams;
import dev.flexkit.client.api.InvoicesApi;
import dev.flexkit.client.api.RefundsApi;
import dev.flexkit.client.api.SubscriptionsApi;
import dev.flexkit.client.model.CaptureLineItemParams;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.Invoice;
import dev.flexkit.client.model.InvoiceStatus;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PaymentIntent;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.PriceDataParams;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.client.model.Refund;
import dev.flexkit.client.model.RefundLineItemParams;
import dev.flexkit.client.model.Subscription;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.DocumentedBodies;
import dev.flexkit.contract.http.ContractCheckingInterceptor;
import dev.flexkit.sandbox.client.api.SandboxApi;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import dev.flexkit.sandbox.client.model.Renewal;
import dev.flexkit.sandbox.http.JsonResponses;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/walkthrough-lifecycle.md}, step by step, through the generated clients against the standalone jar over
 * real HTTP, every exchange checked against the contracts: if the page's flows stop working, this goes red. Each flow
 * has a key of its own, so each starts from the example seed with its own clock (2026-06-15T12:00:00Z).
 */
class WalkthroughLifecycleIT {

    private static StandaloneJar jar;
    private static CloseableHttpClient http;
    private static final List<ContractViolation> VIOLATIONS = new CopyOnWriteArrayList<>();
    private static int keys;

    private String key;

    @BeforeAll
    static void startTheJar() throws Exception {
        jar = StandaloneJar.start();
        http = HttpClients.custom()
                .addExecInterceptorFirst("contract-check", new ContractCheckingInterceptor(VIOLATIONS::addAll))
                .build();
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        http.close();
        jar.close();
    }

    @AfterEach
    void everyExchangeKeptTheContract() {
        assertThat(VIOLATIONS).extracting(ContractViolation::describe).isEmpty();
    }

    private ApiClient flex() {
        if (key == null) {
            key = "fsk_test_walkthrough" + ++keys;
        }
        return new ApiClient(http).setBasePath(baseUrl()).setBearerToken(key);
    }

    private SandboxApi control() {
        flex();
        return new SandboxApi(new dev.flexkit.sandbox.client.ApiClient(http)
                .setBasePath(baseUrl())
                .setBearerToken(key));
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + jar.port();
    }

    private CompletedCheckout complete(String sessionId, String email) throws Exception {
        return control()
                .completeCheckoutSession(
                        sessionId,
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .customer(new HostedCheckoutCustomer().email(email)));
    }

    private CheckoutSession create(CheckoutSessionCreateParams params, RequestOptions options) throws Exception {
        return new CheckoutSessionsApi(flex())
                .createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params), options)
                .getCheckoutSession();
    }

    private CheckoutSession retrieve(String id, RetrieveCheckoutSessionParams params) throws Exception {
        return new CheckoutSessionsApi(flex())
                .retrieveCheckoutSession(id, params)
                .getCheckoutSession();
    }

    @Test
    void aMonthlyGymMembershipRenewsForAYearAndIsRefusedAtTheFirstRenewalAfterTheLettersAnniversary() throws Exception {
        CheckoutSession open = create(
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.SUBSCRIPTION)
                        .addLineItemsItem(new LineItemParams()
                                .priceData(new PriceDataParams()
                                        .product("fprod_GymMembership")
                                        .unitAmount(6900L)
                                        .recurring(new RecurringParams()
                                                .interval(RecurringInterval.MONTH)
                                                .intervalCount(1L)))
                                .quantity(1L))
                        .successUrl("https://example.com/success"),
                RequestOptions.builder().build());
        CompletedCheckout done = complete(open.getCheckoutSessionId(), "gym@example.com");
        assertThat(done.getLetters())
                .singleElement()
                .satisfies(letter -> assertThat(letter.getValidThrough()).hasToString("2027-06-14"));
        CheckoutSession completed =
                retrieve(open.getCheckoutSessionId(), new RetrieveCheckoutSessionParams().expandSubscription(true));
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(completed.getAmountReceived()).isEqualTo(6900L);
        assertThat(completed.getSubscription().getObject().getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        String subscriptionId = completed.getSubscription().getId();

        List<Renewal> year =
                control().setClock(new ClockChange().advance("P1Y")).getRenewals();

        assertThat(year).hasSize(12);
        assertThat(year.subList(0, 11))
                .allSatisfy(r -> assertThat(r.getOutcome()).isEqualTo(Renewal.OutcomeEnum.PAID));
        Renewal refused = year.get(11);
        assertThat(refused.getAt()).isEqualTo(OffsetDateTime.parse("2027-06-15T12:00:00Z"));
        assertThat(refused.getOutcome()).isEqualTo(Renewal.OutcomeEnum.REFUSED);
        JsonNode body = JsonResponses.MAPPER.valueToTree(refused.getError());
        assertThat(body).hasToString(DocumentedBodies.LOMN_REQUIRED);
        Subscription pastDue = new SubscriptionsApi(flex())
                .retrieveSubscription(subscriptionId)
                .getSubscription();
        assertThat(pastDue.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
        Invoice invoice = new InvoicesApi(flex())
                .retrieveInvoice(pastDue.getLatestInvoice().getId())
                .getInvoice();
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.getAmountDue()).isEqualTo(6900L);
    }

    @Test
    void aReimbursementCheckoutCompletesWithoutACharge() throws Exception {
        CheckoutSession open = create(
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.REIMBURSEMENT)
                        .addLineItemsItem(new LineItemParams().product("fprod_GymMembership"))
                        .successUrl("https://example.com/thank-you?success=true"),
                RequestOptions.builder().build());
        assertThat(open.getPaymentIntent()).isNull();
        assertThat(open.getLetterOfMedicalNecessityRequired()).isTrue();

        CompletedCheckout done = complete(open.getCheckoutSessionId(), "claims@example.com");

        assertThat(done.getPaymentMethodId()).isNull();
        assertThat(done.getConsultationId()).startsWith("fcons_");
        assertThat(done.getLetters())
                .singleElement()
                .satisfies(l -> assertThat(l.getVisitType()).isEqualTo("gym"));
        CheckoutSession completed = retrieve(open.getCheckoutSessionId(), new RetrieveCheckoutSessionParams());
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(completed.getAmountReceived()).isZero();
        assertThat(completed.getPaymentIntent()).isNull();
        assertThat(completed.getPaymentIntents()).isEmpty();
    }

    @Test
    void aManualCaptureCheckoutIsPartlyCapturedThenPartlyRefundedByProduct() throws Exception {
        CheckoutSession open = create(
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.PAYMENT)
                        .captureMethod(CaptureMethod.MANUAL)
                        .addLineItemsItem(
                                new LineItemParams().price("fprice_GymMonthly").quantity(1L))
                        .addLineItemsItem(
                                new LineItemParams().price("fprice_Bandages").quantity(2L))
                        .successUrl("https://example.com/success"),
                RequestOptions.builder().build());
        complete(open.getCheckoutSessionId(), "fulfil@example.com");
        PaymentIntent held = retrieve(
                        open.getCheckoutSessionId(), new RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getPaymentIntent()
                .getObject();
        assertThat(held.getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(held.getAmountCapturable()).isEqualTo(8700L);
        CheckoutSessionsApi sessions = new CheckoutSessionsApi(flex());

        CheckoutSession captured = sessions.captureCheckoutSession(
                        open.getCheckoutSessionId(),
                        new CheckoutSessionCaptureRequest()
                                .checkoutSession(new CheckoutSessionCaptureParams()
                                        .addLineItemsItem(new CaptureLineItemParams().product("fprod_GymMembership"))
                                        .finalCapture(true)),
                        RequestOptions.builder().idempotencyKey("capture-1").build())
                .getCheckoutSession();
        CheckoutSession refunded = sessions.refundCheckoutSession(
                        open.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .product("fprod_GymMembership")
                                                .amountToRefund(2000L))),
                        RequestOptions.builder().idempotencyKey("refund-1").build())
                .getCheckoutSession();

        assertThat(captured.getAmountReceived()).isEqualTo(6900L);
        assertThat(captured.getCaptures())
                .singleElement()
                .satisfies(c -> assertThat(c.getAmountCaptured()).isEqualTo(6900L));
        PaymentIntent after = retrieve(
                        open.getCheckoutSessionId(), new RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getPaymentIntent()
                .getObject();
        assertThat(after.getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(after.getAmountCapturable()).isZero();
        assertThat(refunded.getAmountRefunded()).isEqualTo(2000L);
        List<Refund> ofSession = new RefundsApi(flex())
                .listRefunds(new RefundsApi.ListRefundsParams().checkoutSession(open.getCheckoutSessionId()))
                .getRefunds();
        assertThat(ofSession)
                .singleElement()
                .satisfies(r -> assertThat(r.getAmount()).isEqualTo(2000L));
    }

    @Test
    void aRepeatedCreateWithOneIdempotencyKeyReturnsTheSameSessionAndCreatesOne() throws Exception {
        CheckoutSessionCreateParams bandages = new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.PAYMENT)
                .addLineItemsItem(new LineItemParams().price("fprice_Bandages").quantity(1L))
                .successUrl("https://example.com/success");
        RequestOptions order =
                RequestOptions.builder().idempotencyKey("order-1042").build();
        int before = sessionCount();

        CheckoutSession first = create(bandages, order);
        CheckoutSession second = create(bandages, order);

        assertThat(second.getCheckoutSessionId()).isEqualTo(first.getCheckoutSessionId());
        assertThat(sessionCount()).isEqualTo(before + 1);
        CheckoutSessionCreateParams changed = new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.PAYMENT)
                .addLineItemsItem(new LineItemParams().price("fprice_Bandages").quantity(2L))
                .successUrl("https://example.com/success");
        assertThatThrownBy(() -> create(changed, order))
                .isInstanceOfSatisfying(
                        IdempotencyException.class, e -> assertThat(e.getCode()).isEqualTo(422));
        assertThat(sessionCount()).isEqualTo(before + 1);
    }

    private int sessionCount() throws Exception {
        return new CheckoutSessionsApi(flex())
                .listCheckoutSessions(new ListCheckoutSessionsParams().limit(100L))
                .getCheckoutSessions()
                .size();
    }
}

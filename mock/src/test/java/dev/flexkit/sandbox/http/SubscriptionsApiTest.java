package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.InvoicesApi;
import dev.flexkit.client.api.SubscriptionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.Invoice;
import dev.flexkit.client.model.InvoiceStatus;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.client.model.Subscription;
import dev.flexkit.client.model.SubscriptionCancelParams;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.client.model.SubscriptionUpdateParams;
import dev.flexkit.client.model.SubscriptionUpdateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.Clock;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.Renewal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The subscription and invoice operations through the generated client, every exchange checked against the contract
 * by the extension: a monthly gym membership begun on the fixture's 2026-06-15 with an approved consultation (a
 * letter valid through 2027-06-14).
 */
class SubscriptionsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private CompletedCheckout subscribe(String consultation) throws Exception {
        CheckoutSession open = Fixtures.create(sandbox, Fixtures.monthlySubscription());
        return Fixtures.complete(sandbox, open.getCheckoutSessionId(), consultation, "sub@example.com");
    }

    private static JsonNode tree(String json) {
        try {
            return JsonResponses.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Clock advance(String duration) throws Exception {
        return sandbox.control().setClock(new ClockChange().advance(duration));
    }

    @Test
    void theCompletedCheckoutShowsItsSubscriptionAndFirstInvoiceWhichTheSubscriptionApisRead() throws Exception {
        CompletedCheckout done = subscribe("approved");
        CheckoutSessionsApi checkouts = sandbox.checkoutSessions();

        CheckoutSession session = checkouts
                .retrieveCheckoutSession(
                        done.getCheckoutSessionId(),
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandSubscription(true))
                .getCheckoutSession();

        assertThat(done.getSubscriptionId()).startsWith("fsub_");
        Subscription expanded = session.getSubscription().getObject();
        assertThat(expanded.getSubscriptionId()).isEqualTo(done.getSubscriptionId());
        assertThat(expanded.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(expanded.getCurrentPeriodEnd()).isEqualTo("2026-07-15T12:00:00Z");
        assertThat(expanded.getDefaultPaymentMethod()).isEqualTo(done.getPaymentMethodId());
        assertThat(expanded.getItems())
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getPrice().getRecurring().getInterval()).isEqualTo(RecurringInterval.MONTH));
        assertThat(checkouts
                        .retrieveCheckoutSession(done.getCheckoutSessionId())
                        .getCheckoutSession()
                        .getSubscription()
                        .getId())
                .isEqualTo(done.getSubscriptionId());

        Subscription read = sandbox.subscriptions()
                .retrieveSubscription(done.getSubscriptionId())
                .getSubscription();
        assertThat(read).isEqualTo(expanded);
        String invoiceId = read.getLatestInvoice().getId();
        assertThat(invoiceId).startsWith("fin_").isEqualTo(session.getInvoice());
        Invoice invoice = sandbox.invoices().retrieveInvoice(invoiceId).getInvoice();
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.getAmountPaid()).isEqualTo(6900L);
        assertThat(invoice.getPaymentIntent().getId())
                .isEqualTo(session.getPaymentIntent().getId());
        assertThat(invoice.getSubscription().getId()).isEqualTo(done.getSubscriptionId());
    }

    @Test
    void aTrialPriceMakesATrialingSubscriptionThatIsChargedWhenTheTrialEnds() throws Exception {
        String price = sandbox.prices()
                .createPrice(new dev.flexkit.client.model.PriceCreateRequest()
                        .price(new dev.flexkit.client.model.PriceCreateParams()
                                .product(GYM_PRODUCT)
                                .unitAmount(6900L)
                                .recurring(new RecurringParams()
                                        .interval(RecurringInterval.MONTHLY)
                                        .trialPeriodDays(7L))))
                .getPrice()
                .getPriceId();
        CheckoutSession open = Fixtures.create(sandbox, Fixtures.cart(price).mode(CheckoutSessionMode.SUBSCRIPTION));
        CompletedCheckout done = Fixtures.complete(sandbox, open.getCheckoutSessionId(), "approved", "t@example.com");

        Subscription trialing = sandbox.subscriptions()
                .retrieveSubscription(done.getSubscriptionId())
                .getSubscription();
        CheckoutSession session = sandbox.checkoutSessions()
                .retrieveCheckoutSession(open.getCheckoutSessionId())
                .getCheckoutSession();

        assertThat(trialing.getStatus()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(trialing.getTrialEnd()).isEqualTo("2026-06-22T12:00:00Z");
        assertThat(session.getAmountReceived()).isZero();
        assertThat(sandbox.invoices().retrieveInvoice(session.getInvoice()).getInvoice())
                .satisfies(invoice -> {
                    assertThat(invoice.getTotal()).isZero();
                    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
                    assertThat(invoice.getPaymentIntent()).isNull();
                });
        assertThat(advance("P7D").getRenewals())
                .singleElement()
                .satisfies(r -> assertThat(r.getOutcome()).isEqualTo(Renewal.OutcomeEnum.PAID));
        assertThat(sandbox.subscriptions()
                        .retrieveSubscription(done.getSubscriptionId())
                        .getSubscription()
                        .getStatus())
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void listsFilterByCustomerAndStatus() throws Exception {
        CompletedCheckout done = subscribe("approved");

        assertThat(sandbox.subscriptions()
                        .listSubscriptions(new SubscriptionsApi.ListSubscriptionsParams()
                                .customer(done.getCustomerId())
                                .status(SubscriptionStatus.ACTIVE)
                                .expandCustomer(true))
                        .getSubscriptions())
                .singleElement()
                .satisfies(
                        s -> assertThat(s.getCustomer().getObject().getEmail()).isEqualTo("sub@example.com"));
        assertThat(sandbox.subscriptions()
                        .listSubscriptions(
                                new SubscriptionsApi.ListSubscriptionsParams().status(SubscriptionStatus.CANCELED))
                        .getSubscriptions())
                .isEmpty();
        assertThat(sandbox.invoices()
                        .listInvoices(new InvoicesApi.ListInvoicesParams().customer(done.getCustomerId()))
                        .getInvoices())
                .hasSize(1);
        assertThat(sandbox.withAnotherKey().subscriptions().listSubscriptions().getSubscriptions())
                .isEmpty();
    }

    @Test
    void aYearOfRenewalsEndsWithTheFirstRenewalAfterTheLettersAnniversaryRefusedWithFlexsLomnBody() throws Exception {
        CompletedCheckout done = subscribe("approved");

        List<Renewal> year = advance("P1Y").getRenewals();

        assertThat(year).hasSize(12);
        assertThat(year.subList(0, 11))
                .allSatisfy(r -> assertThat(r.getOutcome()).isEqualTo(Renewal.OutcomeEnum.PAID));
        Renewal refused = year.get(11);
        assertThat(refused.getAt()).hasToString("2027-06-15T12:00Z");
        assertThat(refused.getOutcome()).isEqualTo(Renewal.OutcomeEnum.REFUSED);
        JsonNode body = JsonResponses.MAPPER.valueToTree(refused.getError());
        assertThat(body)
                .isEqualTo(JsonResponses.MAPPER.readTree(
                        "{\"detail\":[{\"loc\":[\"visit_type\"],\"msg\":\"A LoMN is required for this visit type\","
                                + "\"type\":\"invalid_request_error\"}]}"));
        // The same refusal an off-session checkout of the product gets that day.
        assertThatThrownBy(() -> Fixtures.create(
                        sandbox,
                        Fixtures.cart(Fixtures.GYM)
                                .mode(CheckoutSessionMode.OFF_SESSION)
                                .customer(done.getCustomerId())
                                .paymentMethod(done.getPaymentMethodId())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(tree(e.getResponseBody())).isEqualTo(body);
                });

        Subscription pastDue = sandbox.subscriptions()
                .retrieveSubscription(done.getSubscriptionId())
                .getSubscription();
        assertThat(pastDue.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
        Invoice open =
                sandbox.invoices().retrieveInvoice(refused.getInvoiceId()).getInvoice();
        assertThat(open.getStatus()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(open.getAmountDue()).isEqualTo(6900L);
        assertThat(sandbox.invoices()
                        .listInvoices(new InvoicesApi.ListInvoicesParams().customer(done.getCustomerId()))
                        .getInvoices())
                .hasSize(13);
    }

    @Test
    void aDeclinedRenewalIsDrivenFromTheControlApi() throws Exception {
        CompletedCheckout done = subscribe("approved");

        assertThat(sandbox.control().failNextRenewal(done.getSubscriptionId()).getFailNextRenewal())
                .isTrue();
        Renewal declined = advance("P1M").getRenewals().get(0);

        assertThat(declined.getOutcome()).isEqualTo(Renewal.OutcomeEnum.REFUSED);
        assertThat(declined.getError().getDetail())
                .singleElement()
                .satisfies(d -> assertThat(d.getType()).isEqualTo("card_declined"));
        assertThatThrownBy(() -> sandbox.control().failNextRenewal("fsub_missing"))
                .isInstanceOfSatisfying(
                        dev.flexkit.sandbox.client.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void cancelAtPeriodEndByUpdateThenTheClockEndsIt() throws Exception {
        CompletedCheckout done = subscribe("approved");

        Subscription pending = sandbox.subscriptions()
                .updateSubscription(
                        done.getSubscriptionId(),
                        new SubscriptionUpdateRequest()
                                .subscription(new SubscriptionUpdateParams().cancelAtPeriodEnd(true)))
                .getSubscription();

        assertThat(pending.getCancelAtPeriodEnd()).isTrue();
        assertThat(pending.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(advance("P1M").getRenewals())
                .singleElement()
                .satisfies(r -> assertThat(r.getOutcome()).isEqualTo(Renewal.OutcomeEnum.CANCELED));
        assertThat(sandbox.subscriptions()
                        .retrieveSubscription(done.getSubscriptionId())
                        .getSubscription()
                        .getStatus())
                .isEqualTo(SubscriptionStatus.CANCELED);
    }

    @Test
    void cancelImmediatelyWithFlexsBodyOrWithNone() throws Exception {
        CompletedCheckout first = subscribe("approved");
        CompletedCheckout second = subscribe("approved");

        Subscription canceled = sandbox.subscriptions()
                .cancelSubscription(
                        first.getSubscriptionId(),
                        new SubscriptionCancelParams()
                                .cancelAtPeriodEnd(false)
                                .refund("none")
                                .refundAmount(0L))
                .getSubscription();
        SandboxClient.Raw withoutBody = sandbox.send("DELETE", "/v1/subscriptions/" + second.getSubscriptionId(), null);

        assertThat(canceled.getStatus()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(withoutBody.status()).isEqualTo(200);
        assertThat(withoutBody.json().at("/subscription/status").asText()).isEqualTo("canceled");
        assertThat(advance("P1Y").getRenewals()).isEmpty();
    }

    @Test
    void refusalsAreFlexsEnvelope() throws Exception {
        CompletedCheckout done = subscribe("approved");

        assertThatThrownBy(() -> sandbox.subscriptions().retrieveSubscription("fsub_missing"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.invoices().retrieveInvoice("fin_missing"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.subscriptions()
                        .cancelSubscription(done.getSubscriptionId(), new SubscriptionCancelParams().refund("full")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("not_supported_by_sandbox");
                });
        sandbox.subscriptions().cancelSubscription(done.getSubscriptionId(), new SubscriptionCancelParams());
        assertThatThrownBy(() -> sandbox.subscriptions()
                        .cancelSubscription(done.getSubscriptionId(), new SubscriptionCancelParams()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("subscription_canceled");
                });
    }
}

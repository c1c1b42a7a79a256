package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.FlexApiException;
import dev.flexkit.client.InvalidRequestException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Setup and reimbursement checkouts through the generated clients, every exchange checked against the contracts. */
class NoChargeCheckoutsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    @Test
    void aCompletedSetupCheckoutShowsItsSetupIntentAndItsCardPaysOffSession() throws Exception {
        CheckoutSession open = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.SETUP)
                        .lineItems(new ArrayList<>())
                        .successUrl("https://example.com/success"));

        CompletedCheckout done = Fixtures.complete(sandbox, open.getCheckoutSessionId(), "approved", "s@example.com");
        CheckoutSession completed = sandbox.checkoutSessions()
                .retrieveCheckoutSession(open.getCheckoutSessionId())
                .getCheckoutSession();

        assertThat(open.getRedirectUrl()).endsWith(open.getCheckoutSessionId());
        assertThat(done.getSetupIntentId()).startsWith("fseti_");
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(completed.getSetupIntent()).isEqualTo(done.getSetupIntentId());
        assertThat(completed.getPaymentIntent()).isNull();
        assertThat(completed.getAmountReceived()).isZero();
        CheckoutSession charged =
                Fixtures.offSession(sandbox, done.getCustomerId(), done.getPaymentMethodId(), BANDAGE);
        assertThat(charged.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(
                                charged.getCheckoutSessionId(),
                                new dev.flexkit.client.api.CheckoutSessionsApi.RetrieveCheckoutSessionParams()
                                        .expandPaymentIntent(true))
                        .getCheckoutSession()
                        .getPaymentIntent()
                        .getObject()
                        .getStatus())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void aCompletedReimbursementRecordsTheConsultationAndGrantsTheLetterWithoutACard() throws Exception {
        CheckoutSession open = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.REIMBURSEMENT)
                        .addLineItemsItem(new LineItemParams().product(GYM_PRODUCT))
                        .successUrl("https://example.com/thank-you?success=true"));

        CompletedCheckout done = Fixtures.complete(sandbox, open.getCheckoutSessionId(), "approved", "r@example.com");

        assertThat(done.getConsultationId()).startsWith("fcons_");
        assertThat(done.getPaymentMethodId()).isNull();
        assertThat(done.getLetters())
                .singleElement()
                .satisfies(l -> assertThat(l.getVisitType()).isEqualTo("gym"));
        assertThat(sandbox.control().listCustomerLetters(done.getCustomerId()).getLetters())
                .hasSize(1);
        CheckoutSession completed = sandbox.checkoutSessions()
                .retrieveCheckoutSession(open.getCheckoutSessionId())
                .getCheckoutSession();
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(completed.getPaymentIntent()).isNull();
        assertThat(completed.getCustomer().getId()).isEqualTo(done.getCustomerId());
    }

    @Test
    void aCompletedSetupCheckoutHasNothingToRefundAndSaysSoInFlexsEnvelope() throws Exception {
        CheckoutSession open = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.SETUP)
                        .lineItems(new ArrayList<>())
                        .successUrl("https://example.com/success"));
        Fixtures.complete(sandbox, open.getCheckoutSessionId(), "approved", "nothing@example.com");

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .refundCheckoutSession(
                                open.getCheckoutSessionId(),
                                new CheckoutSessionRefundRequest().checkoutSession(new CheckoutSessionRefundParams())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getDetail())
                            .singleElement()
                            .satisfies(d -> assertThat(d.type()).isEqualTo("checkout_session_not_charged"));
                });
    }

    @Test
    void flexsDeclinedTestCardLeavesAPaymentCheckoutOpenWithA402() throws Exception {
        CheckoutSession open = Fixtures.create(sandbox, Fixtures.cart(BANDAGE).mode(CheckoutSessionMode.PAYMENT));

        assertThatThrownBy(() -> sandbox.control()
                        .completeCheckoutSession(
                                open.getCheckoutSessionId(),
                                new HostedCheckoutCompletion()
                                        .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                        .cardNumber("4000000000009995")
                                        .customer(new HostedCheckoutCustomer().email("declined@example.com"))))
                .isInstanceOfSatisfying(dev.flexkit.sandbox.client.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(402);
                    assertThat(e.getResponseBody()).contains("\"type\":\"card_declined\"");
                });
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(open.getCheckoutSessionId())
                        .getCheckoutSession()
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.OPEN);
        CompletedCheckout retried = sandbox.control()
                .completeCheckoutSession(
                        open.getCheckoutSessionId(),
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .cardNumber("4242424242424242")
                                .customer(new HostedCheckoutCustomer().email("declined@example.com")));
        assertThat(retried.getStatus()).isEqualTo("complete");
    }

    @Test
    void aCardSavedWithTheDeclinedNumberIsDeclinedOffSessionAndByConfirmWithA402AndTheSessionStaysOpen()
            throws Exception {
        CheckoutSession setup = Fixtures.create(
                sandbox,
                new CheckoutSessionCreateParams()
                        .mode(CheckoutSessionMode.SETUP)
                        .lineItems(new ArrayList<>())
                        .successUrl("https://example.com/success"));
        // A setup checkout charges nothing, so the declined card is saved (as Stripe saves it).
        CompletedCheckout saved = sandbox.control()
                .completeCheckoutSession(
                        setup.getCheckoutSessionId(),
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .cardNumber("4000000000009995")
                                .customer(new HostedCheckoutCustomer().email("later@example.com")));

        assertThatThrownBy(
                        () -> Fixtures.offSession(sandbox, saved.getCustomerId(), saved.getPaymentMethodId(), BANDAGE))
                .isInstanceOfSatisfying(FlexApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(402);
                    assertThat(e.getDetail()).singleElement().satisfies(d -> {
                        assertThat(d.type()).isEqualTo("card_declined");
                        assertThat(d.loc()).containsExactly("payment_method");
                    });
                });
        CheckoutSession open = sandbox.checkoutSessions()
                .listCheckoutSessions(new CheckoutSessionsApi.ListCheckoutSessionsParams()
                        .customer(saved.getCustomerId())
                        .status(CheckoutSessionStatus.OPEN))
                .getCheckoutSessions()
                .get(0);
        assertThat(open.getMode()).isEqualTo(CheckoutSessionMode.OFF_SESSION);
        assertThat(open.getAmountReceived()).isZero();
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(open.getCheckoutSessionId())
                        .getCheckoutSession()
                        .getPaymentIntent()
                        .getId())
                .startsWith("fpi_");

        assertThatThrownBy(() -> sandbox.checkoutSessions()
                        .confirmCheckoutSession(
                                open.getCheckoutSessionId(),
                                RequestOptions.builder()
                                        .idempotencyKey("declined-1")
                                        .build()))
                .isInstanceOfSatisfying(
                        FlexApiException.class, e -> assertThat(e.getCode()).isEqualTo(402));
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(open.getCheckoutSessionId())
                        .getCheckoutSession()
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.OPEN);
    }
}

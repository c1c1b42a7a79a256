package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.domain.Drafts.CaptureDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationHoldsTest {

    private final DatasetFixture fx = new DatasetFixture();

    private CheckoutSession authorized() {
        return fx.paid(CaptureMethod.MANUAL, null, null, fx.gym);
    }

    private PaymentIntentStatus status(CheckoutSession session) {
        return fx.dataset.checkouts().paymentIntent(session.paymentIntentId()).status();
    }

    private void capture(CheckoutSession session) {
        fx.dataset.captures().capture(session.id(), new CaptureDraft(List.of(), null, null, null, null, null));
    }

    @Test
    void aHoldLastsSevenDaysOnTheSandboxClock() {
        CheckoutSession session = authorized();

        assertThat(fx.dataset.holds().lapsesAt(session.paymentIntentId()))
                .isEqualTo(fx.dataset.control().now().plus(AuthorizationHolds.LIFETIME));
        fx.dataset.control().advanceClock("P6DT23H59M");
        assertThat(status(session)).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        fx.dataset.control().advanceClock("PT1M");
        assertThat(status(session)).isEqualTo(PaymentIntentStatus.CANCELED);
    }

    @Test
    void aLapsedHoldCanNeitherBeCapturedNorReauthorized() {
        CheckoutSession session = authorized();
        fx.dataset.control().advanceClock("P8D");

        assertThat(fx.dataset
                        .checkouts()
                        .paymentIntent(session.paymentIntentId())
                        .amountCapturable())
                .isZero();
        assertThatThrownBy(() -> capture(session))
                .isInstanceOfSatisfying(
                        InvalidStateException.class,
                        e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
        assertThatThrownBy(() -> fx.dataset.checkouts().reauth(session.id()))
                .isInstanceOfSatisfying(
                        InvalidStateException.class,
                        e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
        assertThat(fx.dataset.checkouts().session(session.id()).status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(fx.dataset.events(Page.first(1))).extracting(Event::type).containsExactly("payment_intent.canceled");
    }

    @Test
    void reauthRenewsTheHoldForSevenDaysFromNow() {
        CheckoutSession session = authorized();
        fx.dataset.control().advanceClock("P6D");

        fx.dataset.checkouts().reauth(session.id());
        fx.dataset.control().advanceClock("P6D");

        assertThat(status(session)).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        capture(session);
        assertThat(status(session)).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void aCapturedOrReleasedHoldNeverLapses() {
        CheckoutSession captured = authorized();
        CheckoutSession released = authorized();
        capture(captured);
        fx.dataset.checkouts().cancel(released.id());

        fx.dataset.control().advanceClock("P30D");

        assertThat(status(captured)).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(status(released)).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(fx.dataset.holds().lapsesAt(captured.paymentIntentId())).isNull();
        assertThat(fx.dataset.holds().lapsesAt(released.paymentIntentId())).isNull();
        assertThat(fx.dataset.checkouts().session(released.id()).status()).isEqualTo(CheckoutSessionStatus.CANCELED);
    }

    @Test
    void aPartlyCapturedHoldStillLapsesForWhatIsLeft() {
        CheckoutSession session = authorized();
        fx.dataset
                .captures()
                .capture(
                        session.id(),
                        new CaptureDraft(
                                List.of(new Drafts.CaptureLine("fprod_GymMembership", 1000L)),
                                null,
                                null,
                                null,
                                false,
                                null));

        fx.dataset.control().advanceClock("P7D");

        PaymentIntent after = fx.dataset.checkouts().paymentIntent(session.paymentIntentId());
        assertThat(after.status()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(after.amountReceived()).isEqualTo(1000);
        assertThat(after.amountCapturable()).isZero();
    }
}

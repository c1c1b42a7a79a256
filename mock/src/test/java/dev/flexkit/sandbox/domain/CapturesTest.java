package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.domain.Drafts.CaptureDraft;
import dev.flexkit.sandbox.domain.Drafts.CaptureLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapturesTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Captures captures = fx.dataset.captures();

    // gym 6900 + bandage 900, tax 350, shipping 500: 8650 authorized
    private CheckoutSession authorized() {
        return fx.paid(CaptureMethod.MANUAL, 350L, 500L, fx.gym, fx.bandage);
    }

    private PaymentIntent payment(CheckoutSession session) {
        return fx.dataset.checkouts().paymentIntent(session.paymentIntentId());
    }

    private static CaptureDraft lines(Boolean finalCapture, Long tax, CaptureLine... lines) {
        return new CaptureDraft(List.of(lines), tax, null, null, finalCapture, Map.of("order", "8842"));
    }

    @Test
    void completingAManualCaptureSessionAuthorizesItsPayment() {
        PaymentIntent held = payment(authorized());

        assertThat(held.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(held.amountCapturable()).isEqualTo(8650);
        assertThat(held.amountReceived()).isZero();
    }

    @Test
    void aWholeCaptureTakesEverythingHeld() {
        CheckoutSession session = authorized();

        CheckoutSession captured =
                captures.capture(session.id(), new CaptureDraft(List.of(), null, null, null, null, null));

        Capture capture = captures.of(captured).get(0);
        assertThat(capture.amount()).isEqualTo(8650L);
        assertThat(capture.tax()).isEqualTo(350L);
        assertThat(capture.shipping()).isEqualTo(500L);
        assertThat(capture.items()).extracting(Capture.Item::amount).containsExactly(6900L, 900L);
        assertThat(payment(session).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(payment(session).amountReceived()).isEqualTo(8650);
    }

    @Test
    void aPartialFinalCaptureReleasesTheRest() {
        CheckoutSession session = authorized();

        captures.capture(session.id(), lines(true, 350L, new CaptureLine("fprod_GymMembership", 5000L)));

        PaymentIntent after = payment(session);
        assertThat(after.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(after.amountReceived()).isEqualTo(5350);
        assertThat(after.amountCapturable()).isZero();
        assertThatThrownBy(() -> captures.capture(session.id(), lines(true, null)))
                .isInstanceOfSatisfying(
                        InvalidStateException.class,
                        e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
    }

    @Test
    void aPartialCaptureThatIsNotFinalKeepsTheRestAuthorizedForTheNext() {
        CheckoutSession session = authorized();

        captures.capture(session.id(), lines(false, null, new CaptureLine("fprod_GymMembership", 5000L)));
        PaymentIntent between = payment(session);
        CheckoutSession done =
                captures.capture(session.id(), lines(null, null, new CaptureLine("fprod_GymMembership", null)));

        assertThat(between.status()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(between.amountCapturable()).isEqualTo(3650);
        assertThat(between.amountReceived()).isEqualTo(5000);
        assertThat(captures.of(done)).extracting(Capture::amount).containsExactly(5000L, 1900L);
        assertThat(payment(session).amountReceived()).isEqualTo(6900);
        assertThat(payment(session).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void moreThanIsLeftOfALineOrOfTheHoldIsRefused() {
        CheckoutSession session = authorized();

        assertThatThrownBy(() ->
                        captures.capture(session.id(), lines(false, null, new CaptureLine("fprod_Bandages", 901L))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::type)
                                .containsExactly("capture_exceeds_line_amount"));
        assertThatThrownBy(() ->
                        captures.capture(session.id(), lines(false, 9000L, new CaptureLine("fprod_Bandages", 900L))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::type)
                                .containsExactly("capture_exceeds_amount_capturable"));
        assertThatThrownBy(
                        () -> captures.capture(session.id(), lines(false, null, new CaptureLine("fprod_TShirt", 1L))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::type)
                                .containsExactly("product_not_in_checkout_session"));
        assertThat(payment(session).amountCapturable()).isEqualTo(8650);
        assertThat(captures.list(session.id())).isEmpty();
    }

    @Test
    void aPaymentCapturedAtOnceCannotBeCaptured() {
        CheckoutSession session = fx.paid(CaptureMethod.AUTOMATIC, null, null, fx.gym);

        assertThatThrownBy(() -> captures.capture(session.id(), lines(true, null)))
                .isInstanceOfSatisfying(
                        InvalidStateException.class,
                        e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
    }

    @Test
    void thePreviewAnswersWhatTheCaptureWouldTakeAndChangesNothing() {
        CheckoutSession session = authorized();

        Allocation allocation =
                captures.preview(session.id(), lines(true, 350L, new CaptureLine("fprod_Bandages", null)));

        assertThat(allocation.amount()).isEqualTo(1250L);
        assertThat(payment(session).amountCapturable()).isEqualTo(8650);
        assertThat(captures.list(null)).isEmpty();
    }

    @Test
    void aCaptureIsAResourceListedBySessionAndItsMetadataCanBeSet() {
        CheckoutSession session = authorized();
        CheckoutSession other = authorized();
        captures.capture(other.id(), lines(true, null, new CaptureLine("fprod_Bandages", 100L)));

        CheckoutSession captured =
                captures.capture(session.id(), lines(true, null, new CaptureLine("fprod_Bandages", 900L)));
        Capture capture = captures.of(captured).get(0);
        Capture updated = captures.update(capture.id(), Map.of("channel", "shopify"));

        assertThat(capture.id()).startsWith("fcap_");
        assertThat(capture.items()).allSatisfy(item -> assertThat(item.id()).startsWith("fcapi_"));
        assertThat(captures.list(session.id())).extracting(Capture::id).containsExactly(capture.id());
        assertThat(captures.list(null)).hasSize(2);
        assertThat(updated.metadata()).containsExactly(Map.entry("channel", "shopify"));
        assertThat(updated.amount()).isEqualTo(900L);
        assertThat(captures.capture(capture.id())).isEqualTo(updated);
        assertThat(captures.list("fcs_unknown")).isEmpty();
    }

    @Test
    void captureChangesAreRecordedInTheEventLog() {
        CheckoutSession session = authorized();
        captures.capture(session.id(), lines(false, null, new CaptureLine("fprod_Bandages", 900L)));
        captures.capture(session.id(), lines(true, null, new CaptureLine("fprod_GymMembership", 100L)));

        assertThat(fx.dataset.events(Page.first(2)))
                .extracting(Event::type)
                .containsExactly("payment_intent.succeeded", "payment_intent.amount_capturable_updated");
    }
}

package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmationsTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Confirmations confirmations = fx.dataset.confirmations();

    private CheckoutSession open(CaptureMethod capture, String customer, Price... prices) {
        Drafts.CheckoutDraft plain = DatasetFixture.draft(CheckoutSessionMode.PAYMENT, customer, null, false, prices);
        return fx.dataset
                .checkouts()
                .create(new Drafts.CheckoutDraft(
                        plain.mode(),
                        plain.lineItems(),
                        customer,
                        null,
                        false,
                        capture,
                        plain.links(),
                        null,
                        Map.of(),
                        false,
                        List.of(),
                        null,
                        null,
                        List.of()));
    }

    @Test
    void confirmChargesOnlyTheEligiblePortionWithTheCustomersSavedCard() {
        CheckoutSession session = open(null, "fcus_GraceGymLetter", fx.bandage, fx.shirt);

        Confirmations.Confirmation confirmed = confirmations.confirm(session.id(), true);

        PaymentIntent payment = fx.dataset.checkouts().paymentIntent(session.paymentIntentId());
        assertThat(confirmed.charged()).isTrue();
        assertThat(confirmed.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(confirmed.session().paymentMethodId()).isEqualTo("fpm_GraceOffSession");
        assertThat(payment.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(payment.amountReceived()).isEqualTo(900);
        assertThat(confirmed.session().amountTotal()).isEqualTo(3400);
    }

    @Test
    void belowFiftyCentsEligibleNothingIsChargedAndTheSessionStaysOpen() {
        fx.dataset
                .catalog()
                .createPrice(
                        new Drafts.PriceDraft("fprice_Plaster", "fprod_Bandages", 40L, null, null, true, Map.of()));
        CheckoutSession session =
                open(null, "fcus_GraceGymLetter", fx.dataset.catalog().price("fprice_Plaster"), fx.shirt);

        Confirmations.Confirmation confirmed = confirmations.confirm(session.id(), true);

        assertThat(confirmed.charged()).isFalse();
        assertThat(confirmed.session().status()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(fx.dataset
                        .checkouts()
                        .paymentIntent(session.paymentIntentId())
                        .amountReceived())
                .isZero();
    }

    @Test
    void theDocumentedRefusals() {
        CheckoutSession manual = open(CaptureMethod.MANUAL, "fcus_GraceGymLetter", fx.bandage);
        CheckoutSession anonymous = open(null, null, fx.bandage);
        CheckoutSession session = open(null, "fcus_GraceGymLetter", fx.bandage);

        assertState(() -> confirmations.confirm(session.id(), false), "idempotency_key_required");
        assertRule(() -> confirmations.confirm(manual.id(), true), "manual_capture_not_supported");
        assertNotFound(() -> confirmations.confirm(anonymous.id(), true), "customer_not_found");
        confirmations.confirm(session.id(), true);
        assertState(() -> confirmations.confirm(session.id(), true), "checkout_session_already_processed");
        fx.dataset.checkouts().cancel(anonymous.id());
        assertState(() -> confirmations.confirm(anonymous.id(), true), "checkout_session_canceled");
    }

    private static void assertState(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidStateException.class,
                        e -> assertThat(e.problem().type()).isEqualTo(type));
    }

    @Test
    void aCustomerWithoutASavedCardIsNotFoundLikeEveryOtherMissingObject() {
        Customer noCard = fx.dataset
                .customers()
                .create(new Drafts.CustomerDraft(null, "No", "Card", "nocard@example.com", null, null, null, Map.of()));
        CheckoutSession session = open(null, noCard.id(), fx.bandage);

        assertNotFound(() -> confirmations.confirm(session.id(), true), "payment_method_not_found");
        assertThat(fx.dataset.checkouts().session(session.id()).status()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String detail) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.detail()).isEqualTo(detail));
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::type).containsExactly(type));
    }
}

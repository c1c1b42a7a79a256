package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.RefundReason;
import dev.flexkit.client.model.RefundStatus;
import dev.flexkit.sandbox.domain.Drafts.RefundDraft;
import dev.flexkit.sandbox.domain.Drafts.RefundLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefundsTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Refunds refunds = fx.dataset.refunds();

    // gym 6900 + bandage 900, tax 350, shipping 500: 8650 received
    private CheckoutSession paid() {
        return fx.paid(CaptureMethod.AUTOMATIC, 350L, 500L, fx.gym, fx.bandage);
    }

    @Test
    void refundsAddUpToTheAmountReceivedAndNoMore() {
        CheckoutSession session = paid();

        refunds.refundSession(session.id(), new RefundDraft(1000L, null, Map.of("why", "partial")));
        assertRefused(
                () -> refunds.refundSession(session.id(), new RefundDraft(7651L, null, null)),
                "refund_exceeds_amount_received");
        CheckoutSession refunded = refunds.refundSession(session.id(), new RefundDraft(null, List.of(), null));

        assertThat(refunds.of(refunded)).extracting(Refund::amount).containsExactly(1000L, 7650L);
        assertThat(refunds.amountRefunded(refunded)).isEqualTo(8650L);
        assertRefused(
                () -> refunds.refundSession(session.id(), new RefundDraft(null, null, null)),
                "refund_exceeds_amount_received");
    }

    @Test
    void aLineByProductWithoutAnAmountRefundsWhatIsLeftOfIt() {
        CheckoutSession session = paid();

        refunds.refundSession(session.id(), new RefundDraft(null, List.of(new RefundLine(fx.gym.id(), 2000)), null));
        CheckoutSession refunded = refunds.refundSession(
                session.id(), new RefundDraft(null, List.of(new RefundLine("fprod_GymMembership", null, null)), null));

        assertThat(refunds.of(refunded)).extracting(Refund::amount).containsExactly(2000L, 4900L);
        assertThat(refunds.of(refunded).get(1).items()).containsEntry(fx.gym.id(), 4900L);
        assertRefused(
                () -> refunds.refundSession(
                        session.id(), new RefundDraft(null, List.of(new RefundLine(fx.gym.id(), 1)), null)),
                "refund_exceeds_line_amount");
    }

    @Test
    void taxAndShippingAreAddedAndTheDiscountTakenOff() {
        CheckoutSession session = paid();

        CheckoutSession refunded = refunds.refundSession(
                session.id(),
                new RefundDraft(null, List.of(new RefundLine(fx.bandage.id(), 900)), 350L, 500L, 200L, Map.of()));

        assertThat(refunds.amountRefunded(refunded)).isEqualTo(900 + 350 + 500 - 200);
    }

    @Test
    void taxAloneRefundsOnlyTheTax() {
        CheckoutSession session = paid();

        CheckoutSession refunded =
                refunds.refundSession(session.id(), new RefundDraft(null, List.of(), 350L, null, null, Map.of()));

        assertThat(refunds.amountRefunded(refunded)).isEqualTo(350L);
    }

    @Test
    void anItemOfAnotherSessionIsNamedInTheRefusal() {
        CheckoutSession session = paid();

        assertRefused(
                () -> refunds.refundSession(
                        session.id(), new RefundDraft(null, List.of(new RefundLine(fx.shirt.id(), 100)), null)),
                "price_not_in_checkout_session");
        assertThat(refunds.amountRefunded(fx.dataset.checkouts().session(session.id())))
                .isZero();
    }

    @Test
    void anOpenSessionCannotBeRefunded() {
        CheckoutSession session = fx.onSession(true, fx.gym);

        // Flex's refund guide: a session that is not complete is a 422.
        assertRefused(
                () -> refunds.refundSession(session.id(), new RefundDraft(null, null, null)),
                "checkout_session_not_complete");
    }

    @Test
    void anAuthorizedPaymentHasNothingToRefundUntilCaptured() {
        CheckoutSession session = fx.paid(CaptureMethod.MANUAL, null, null, fx.gym);

        assertRefused(
                () -> refunds.refundSession(session.id(), new RefundDraft(null, null, null)),
                "refund_exceeds_amount_received");
    }

    @Test
    void thePreviewAnswersWhatTheRefundWouldTakeAndChangesNothing() {
        CheckoutSession session = paid();

        Allocation allocation = refunds.preview(session.id(), new RefundDraft(1234L, null, null));

        assertThat(allocation.amount()).isEqualTo(1234L);
        assertThat(allocation.paymentMethodId()).isEqualTo(session.paymentMethodId());
        assertThat(refunds.amountRefunded(fx.dataset.checkouts().session(session.id())))
                .isZero();
    }

    @Test
    void aRefundOfAPaymentIntentIsListedWithItsSessionAndFoundByIt() {
        CheckoutSession session = paid();
        CheckoutSession other = paid();

        Refund refund = refunds.create(
                new Refunds.PaymentRefund(session.paymentIntentId(), 500L, RefundReason.DUPLICATE, Map.of("a", 1)));
        refunds.refundSession(other.id(), new RefundDraft(100L, null, null));

        assertThat(refund.id()).startsWith("fre_");
        assertThat(refund.checkoutSessionId()).isEqualTo(session.id());
        assertThat(refunds.list(new Refunds.Filter(null, null, session.id()), Page.first(20)))
                .containsExactly(refund);
        assertThat(refunds.list(new Refunds.Filter(null, other.paymentIntentId(), null), Page.first(20)))
                .extracting(Refund::checkoutSessionId)
                .containsExactly(other.id());
        assertThat(refunds.list(new Refunds.Filter(RefundStatus.PENDING, null, null), Page.first(20)))
                .isEmpty();
        assertThat(refunds.list(new Refunds.Filter(null, null, null), Page.first(20)))
                .hasSize(2);
    }

    @Test
    void aRefundOfAPaymentIntentWithoutAnAmountRefundsWhatIsLeftAndNoMore() {
        CheckoutSession session = paid();
        refunds.refundSession(session.id(), new RefundDraft(650L, null, null));

        Refund rest = refunds.create(new Refunds.PaymentRefund(session.paymentIntentId(), null, null, null));

        assertThat(rest.amount()).isEqualTo(8000L);
        assertRefused(
                () -> refunds.create(new Refunds.PaymentRefund(session.paymentIntentId(), 1L, null, null)),
                "refund_exceeds_amount_received");
    }

    @Test
    void aPaymentIntentThatReceivedNothingOrDoesNotExistIsRefused() {
        CheckoutSession open = fx.onSession(true, fx.gym);

        assertRefused(
                () -> refunds.create(new Refunds.PaymentRefund(open.paymentIntentId(), null, null, null)),
                "payment_intent_not_succeeded");
        assertRefused(
                () -> refunds.create(new Refunds.PaymentRefund("fpi_nope", null, null, null)),
                "payment_intent_not_found");
    }

    @Test
    void anUpdateChangesOnlyTheReasonAndMergesTheMetadata() {
        CheckoutSession session = paid();
        Refund refund = refunds.create(
                new Refunds.PaymentRefund(session.paymentIntentId(), 500L, null, Map.of("order", "1", "keep", "y")));

        Refund updated = refunds.update(refund.id(), RefundReason.REQUESTED_BY_CUSTOMER, Map.of("order", "2"));

        assertThat(updated.reason()).isEqualTo(RefundReason.REQUESTED_BY_CUSTOMER);
        assertThat(updated.metadata()).containsEntry("order", "2").containsEntry("keep", "y");
        assertThat(updated.amount()).isEqualTo(500L);
        assertThat(refunds.refund(refund.id())).isEqualTo(updated);
        assertThat(refunds.update(refund.id(), null, null).reason()).isEqualTo(RefundReason.REQUESTED_BY_CUSTOMER);
    }

    @Test
    void refundsAreRecordedInTheEventLog() {
        CheckoutSession session = paid();
        Refund refund = refunds.create(new Refunds.PaymentRefund(session.paymentIntentId(), 500L, null, null));
        refunds.update(refund.id(), RefundReason.FRAUDULENT, null);

        // The events page lists charge.refund.updated beside refund.updated, both about the refund.
        assertThat(fx.dataset.events(Page.first(3)))
                .extracting(Event::type, Event::objectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("charge.refund.updated", refund.id()),
                        org.assertj.core.groups.Tuple.tuple("refund.updated", refund.id()),
                        org.assertj.core.groups.Tuple.tuple("refund.created", refund.id()));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::type).containsExactly(type));
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import java.util.List;

/**
 * Confirm Checkout Session, as Flex's page documents it: charges only the HSA/FSA-eligible portion of an open session
 * against one saved payment method of its customer (the session's, else the customer's newest), at once. It needs an
 * {@code Idempotency-Key} ({@code 400 idempotency_key_required}), an open session ({@code 400
 * checkout_session_already_processed}, {@code _expired}, {@code _canceled}), {@code capture_method: automatic}
 * ({@code 422 manual_capture_not_supported}), a customer and a saved payment method ({@code 404} with
 * {@code {"detail": "customer_not_found"}} or {@code "payment_method_not_found"}: Flex's page lists these codes with
 * {@code checkout_session_not_found}, the 404 of an unknown session, without printing their status, so the 404 is
 * inferred, and the body is the API's {@code {"detail": <code>}} of every 404). When the eligible portion is under $0.50 nothing is charged, the session stays
 * open, and the answer's {@code payment_intent} is {@code null} (Flex's page).
 * <p>
 * Inferred: the eligible portion is the eligible items' amounts; tax, shipping and fees are not part of it, and
 * neither is a discount taken off (the page does not say how they split).
 */
public final class Confirmations {

    private final Dataset data;

    Confirmations(Dataset data) {
        this.data = data;
    }

    /** The confirmed session, and whether anything was charged ({@code false}: below the minimum). */
    public record Confirmation(CheckoutSession session, boolean charged) {}

    public Confirmation confirm(String sessionId, boolean idempotencyKeyGiven) {
        return data.locked(() -> {
            if (!idempotencyKeyGiven) {
                throw new InvalidStateException(Problem.of(
                        "idempotency_key_required",
                        "an Idempotency-Key header is required",
                        "header",
                        "Idempotency-Key"));
            }
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            Checkouts.requireOpen(session);
            if (session.captureMethod() == CaptureMethod.MANUAL) {
                throw new RuleViolationException(Problem.of(
                        "manual_capture_not_supported", "capture_method must be automatic", "capture_method"));
            }
            if (session.customerId() == null) {
                throw NotFoundException.coded("customer_not_found", "the checkout session has no customer to charge");
            }
            PaymentMethod method = (session.paymentMethodId() != null
                            ? data.paymentMethods.find(session.paymentMethodId())
                            : data.paymentMethods.newestFirst().stream()
                                    .filter(m -> m.customerId().equals(session.customerId()))
                                    .findFirst())
                    .orElseThrow(() -> NotFoundException.coded(
                            "payment_method_not_found", "the customer has no saved payment method"));
            long eligible = eligiblePortion(session.lineItems());
            if (eligible < Checkouts.MINIMUM_AMOUNT) {
                return new Confirmation(session, false);
            }
            if (TestCards.declines(method)) {
                // As an off-session checkout with this card: declined, the session stays open (inferred).
                data.events.record("payment_intent.payment_failed", "payment_intent", session.paymentIntentId());
                throw new CardDeclinedException(TestCards.OFF_SESSION_DECLINE);
            }
            PaymentIntent charged = data.paymentIntents
                    .require(session.paymentIntentId())
                    .chargedFor(Math.toIntExact(eligible), session.customerId(), method.id());
            data.paymentIntents.put(charged);
            data.checkouts().recordPayment(charged);
            CheckoutSession confirmed = session.completedBy(session.customerId(), method.id());
            data.checkoutSessions.put(confirmed);
            data.checkouts().recordCompletion(confirmed);
            return new Confirmation(confirmed, true);
        });
    }

    /** The part of the cart an HSA/FSA card may pay: the items whose product is eligible. */
    static long eligiblePortion(List<LineItem> items) {
        return items.stream()
                .filter(item -> item.product().hsaFsaEligible())
                .mapToLong(LineItem::amount)
                .sum();
    }
}

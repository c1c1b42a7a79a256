package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.PaymentIntentStatus;
import java.time.Instant;

/** The payment of a checkout session. */
public record PaymentIntent(
        String id,
        long amount,
        long amountReceived,
        long amountCapturable,
        PaymentIntentStatus status,
        CaptureMethod captureMethod,
        String customerId,
        String paymentMethodId,
        Instant createdAt)
        implements Entity {

    public static PaymentIntent awaitingPayment(
            long amount, CaptureMethod captureMethod, String customerId, Instant now) {
        return new PaymentIntent(
                Ids.next("fpi_"),
                amount,
                0,
                0,
                PaymentIntentStatus.REQUIRES_PAYMENT_METHOD,
                captureMethod,
                customerId,
                null,
                now);
    }

    /** The payment went through: captured at once, or authorized and held when capture is manual. */
    public PaymentIntent paidWith(String payer, String paymentMethod) {
        boolean manual = captureMethod == CaptureMethod.MANUAL;
        return new PaymentIntent(
                id,
                amount,
                manual ? 0 : amount,
                manual ? amount : 0,
                manual ? PaymentIntentStatus.REQUIRES_CAPTURE : PaymentIntentStatus.SUCCEEDED,
                captureMethod,
                payer,
                paymentMethod,
                createdAt);
    }

    /**
     * Part or all of the held amount is captured. A final capture releases what is left of the hold and the payment
     * succeeds; otherwise the rest stays authorized (and the payment {@code requires_capture}) until it is all taken.
     */
    public PaymentIntent captured(long captured, boolean finalCapture) {
        long left = amountCapturable - captured;
        boolean done = finalCapture || left == 0;
        return new PaymentIntent(
                id,
                amount,
                Math.addExact(amountReceived, captured),
                done ? 0 : left,
                done ? PaymentIntentStatus.SUCCEEDED : PaymentIntentStatus.REQUIRES_CAPTURE,
                captureMethod,
                customerId,
                paymentMethodId,
                createdAt);
    }

    /** Confirm charges part of the session (its HSA/FSA-eligible portion) at once with a saved payment method. */
    public PaymentIntent chargedFor(long charged, String payer, String paymentMethod) {
        return new PaymentIntent(
                id, charged, charged, 0, PaymentIntentStatus.SUCCEEDED, captureMethod, payer, paymentMethod, createdAt);
    }

    public PaymentIntent canceled() {
        return new PaymentIntent(
                id,
                amount,
                amountReceived,
                0,
                PaymentIntentStatus.CANCELED,
                captureMethod,
                customerId,
                paymentMethodId,
                createdAt);
    }
}

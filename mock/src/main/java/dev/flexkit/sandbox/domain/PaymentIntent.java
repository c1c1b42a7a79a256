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

    /** The held amount is captured, up to {@code amount}; the rest of the hold is released. */
    public PaymentIntent captured(long captured) {
        return new PaymentIntent(
                id,
                amount,
                captured,
                0,
                PaymentIntentStatus.SUCCEEDED,
                captureMethod,
                customerId,
                paymentMethodId,
                createdAt);
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

package dev.flexkit.sandbox.domain;

/**
 * The part of an amount one payment method takes, as the allocation previews answer; the sandbox pays every session
 * with one method, so a preview has one allocation.
 */
public record Allocation(String paymentMethodId, String last4, long amount) {

    static Allocation of(Dataset data, PaymentIntent payment, long amount) {
        String last4 = payment.paymentMethodId() == null
                ? null
                : data.paymentMethods
                        .find(payment.paymentMethodId())
                        .map(m -> m.card().last4())
                        .orElse(null);
        return new Allocation(payment.paymentMethodId(), last4, amount);
    }
}

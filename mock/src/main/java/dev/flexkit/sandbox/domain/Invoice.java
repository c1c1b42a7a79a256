package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.InvoiceStatus;
import java.time.Instant;
import java.util.List;

/**
 * A statement of what a subscription's customer owes for one period, and the payment intent that pays it (Flex's
 * subscriptions overview). {@code open} until paid; a refused charge leaves it {@code open} with the problems of the
 * refusal, the body Flex would have answered.
 *
 * @param paymentIntentId {@code null} for an invoice of nothing (a trial's)
 */
public record Invoice(
        String id,
        String subscriptionId,
        String customerId,
        String paymentIntentId,
        long total,
        long amountPaid,
        InvoiceStatus status,
        Instant periodStart,
        Instant periodEnd,
        List<Problem> refusal,
        Instant createdAt)
        implements Entity {

    public Invoice {
        refusal = List.copyOf(refusal);
    }

    static Invoice open(
            String subscriptionId,
            String customerId,
            String paymentIntentId,
            long total,
            Instant periodStart,
            Instant periodEnd,
            Instant now) {
        return new Invoice(
                Ids.next("fin_"),
                subscriptionId,
                customerId,
                paymentIntentId,
                total,
                0,
                InvoiceStatus.OPEN,
                periodStart,
                periodEnd,
                List.of(),
                now);
    }

    public long amountDue() {
        return total - amountPaid;
    }

    Invoice paid() {
        return new Invoice(
                id,
                subscriptionId,
                customerId,
                paymentIntentId,
                total,
                total,
                InvoiceStatus.PAID,
                periodStart,
                periodEnd,
                List.of(),
                createdAt);
    }

    Invoice refused(List<Problem> problems) {
        return new Invoice(
                id,
                subscriptionId,
                customerId,
                paymentIntentId,
                total,
                amountPaid,
                InvoiceStatus.OPEN,
                periodStart,
                periodEnd,
                problems,
                createdAt);
    }
}

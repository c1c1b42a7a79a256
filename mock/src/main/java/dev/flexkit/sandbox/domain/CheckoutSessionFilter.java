package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CheckoutSessionStatus;
import java.time.Duration;
import java.time.Instant;

/** The filters of List Checkout Sessions; a {@code null} filter lets every session through. */
public record CheckoutSessionFilter(
        CheckoutSessionStatus status,
        String customerId,
        String email,
        String paymentIntentId,
        String clientReferenceId,
        String subscriptionId,
        Integer intervalDays,
        Instant createdAfter,
        Instant createdOnOrAfter,
        Instant createdBefore,
        Instant createdOnOrBefore) {

    /** @return whether no filter is set: every session passes */
    boolean isEmpty() {
        return status == null
                && customerId == null
                && email == null
                && paymentIntentId == null
                && clientReferenceId == null
                && subscriptionId == null
                && intervalDays == null
                && createdAfter == null
                && createdOnOrAfter == null
                && createdBefore == null
                && createdOnOrBefore == null;
    }

    boolean accepts(CheckoutSession session, Dataset data) {
        Instant created = session.createdAt();
        return (status == null || session.status() == status)
                && (customerId == null || customerId.equals(session.customerId()))
                && (email == null || hasEmail(session, data))
                && (paymentIntentId == null || paymentIntentId.equals(session.paymentIntentId()))
                && (clientReferenceId == null
                        || clientReferenceId.equals(session.links().clientReferenceId()))
                // The sandbox does not simulate subscriptions, so no session belongs to one.
                && subscriptionId == null
                && (intervalDays == null || !created.isBefore(data.clock.now().minus(Duration.ofDays(intervalDays))))
                && (createdAfter == null || created.isAfter(createdAfter))
                && (createdOnOrAfter == null || !created.isBefore(createdOnOrAfter))
                && (createdBefore == null || created.isBefore(createdBefore))
                && (createdOnOrBefore == null || !created.isAfter(createdOnOrBefore));
    }

    private boolean hasEmail(CheckoutSession session, Dataset data) {
        return data.customers
                .find(session.customerId())
                .map(c -> email.equalsIgnoreCase(c.email()))
                .orElse(false);
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.SubscriptionStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription made by a {@code mode: subscription} checkout: the recurring items it charges each period, the
 * card it charges them to off-session, and where it stands.
 *
 * @param items the recurring items of the checkout (one-time items were charged with the first invoice only)
 * @param anchor where the periods are counted from: the start of the first paid period
 * @param periods how many periods since the anchor have begun (1 during the first paid period; 0 during a trial)
 * @param failNextRenewal the control API's "decline the card at the next renewal", once
 */
public record Subscription(
        String id,
        String customerId,
        String paymentMethodId,
        String checkoutSessionId,
        List<LineItem> items,
        BillingInterval interval,
        SubscriptionStatus status,
        Instant anchor,
        long periods,
        Instant currentPeriodStart,
        Instant currentPeriodEnd,
        Instant trialStart,
        Instant trialEnd,
        boolean cancelAtPeriodEnd,
        Instant cancelAt,
        Instant canceledAt,
        String latestInvoiceId,
        Map<String, Object> metadata,
        boolean failNextRenewal,
        Instant createdAt)
        implements Entity {

    public Subscription {
        items = List.copyOf(items);
        // Metadata is free-form JSON and may hold nulls, which Map.copyOf refuses.
        metadata = java.util.Collections.unmodifiableMap(new HashMap<>(metadata));
    }

    /** @return what one period costs, in cents */
    public long amountPerPeriod() {
        return items.stream().mapToLong(LineItem::amount).reduce(0, Math::addExact);
    }

    /**
     * Whether the subscription still renews at the end of its period: in its trial, active, or past due (a refused
     * renewal does not stop the next period's charge, as Stripe-backed billing keeps invoicing a past-due
     * subscription).
     */
    public boolean renews() {
        return status == SubscriptionStatus.ACTIVE
                || status == SubscriptionStatus.TRIALING
                || status == SubscriptionStatus.PAST_DUE;
    }

    Subscription withStatus(SubscriptionStatus newStatus) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                newStatus,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                canceledAt,
                latestInvoiceId,
                metadata,
                failNextRenewal,
                createdAt);
    }

    /** The next period begins, charged by {@code invoiceId}; a declined card, if one was set up, is spent. */
    Subscription inPeriod(
            SubscriptionStatus newStatus,
            Instant newAnchor,
            long newPeriods,
            Instant start,
            Instant end,
            String invoiceId) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                newStatus,
                newAnchor,
                newPeriods,
                start,
                end,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                canceledAt,
                invoiceId,
                metadata,
                false,
                createdAt);
    }

    /** A renewal was refused: the subscription waits, {@code past_due}, with the unpaid invoice as its latest. */
    Subscription pastDue(String invoiceId) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                SubscriptionStatus.PAST_DUE,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                canceledAt,
                invoiceId,
                metadata,
                false,
                createdAt);
    }

    Subscription canceled(Instant at) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                SubscriptionStatus.CANCELED,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                at,
                latestInvoiceId,
                metadata,
                false,
                createdAt);
    }

    Subscription withCancellation(boolean atPeriodEnd, Instant at) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                status,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                atPeriodEnd,
                at,
                canceledAt,
                latestInvoiceId,
                metadata,
                failNextRenewal,
                createdAt);
    }

    Subscription withMetadata(Map<String, Object> newMetadata) {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                status,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                canceledAt,
                latestInvoiceId,
                newMetadata,
                failNextRenewal,
                createdAt);
    }

    Subscription failingNextRenewal() {
        return new Subscription(
                id,
                customerId,
                paymentMethodId,
                checkoutSessionId,
                items,
                interval,
                status,
                anchor,
                periods,
                currentPeriodStart,
                currentPeriodEnd,
                trialStart,
                trialEnd,
                cancelAtPeriodEnd,
                cancelAt,
                canceledAt,
                latestInvoiceId,
                metadata,
                true,
                createdAt);
    }
}

package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CollectionMethod;
import dev.flexkit.client.model.ExpandableCustomer;
import dev.flexkit.client.model.ExpandableInvoice;
import dev.flexkit.client.model.ExpandablePaymentIntent;
import dev.flexkit.client.model.ExpandableSubscription;
import dev.flexkit.client.model.Invoice;
import dev.flexkit.client.model.PaymentError;
import dev.flexkit.client.model.ProrationBehavior;
import dev.flexkit.client.model.Subscription;
import dev.flexkit.client.model.SubscriptionItem;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Problem;
import java.time.Instant;
import java.util.HashMap;

/** Subscriptions and invoices as the Flex API shows them (Get Subscription, Get Invoice). */
final class BillingViews {

    private BillingViews() {}

    static Subscription subscription(
            dev.flexkit.sandbox.domain.Subscription s, Dataset dataset, boolean expandCustomer) {
        return new Subscription()
                .subscriptionId(s.id())
                .createdAt(iso(s.createdAt()))
                .items(s.items().stream()
                        .map(item -> new SubscriptionItem()
                                // One subscription item per recurring line: the sandbox names it after the line.
                                .subscriptionItemId("fsi_" + item.id().substring("fli_".length()))
                                .price(Views.price(item.price(), item.product(), false))
                                .quantity(item.quantity())
                                .createdAt(iso(s.createdAt()))
                                .updatedAt(iso(s.createdAt()))
                                .testMode(true))
                        .toList())
                .latestInvoice(s.latestInvoiceId() == null ? null : ExpandableInvoice.ofId(s.latestInvoiceId()))
                .customer(
                        expandCustomer
                                ? ExpandableCustomer.ofObject(
                                        Views.customer(dataset.customers().customer(s.customerId())))
                                : ExpandableCustomer.ofId(s.customerId()))
                .status(s.status())
                .cancelAtPeriodEnd(s.cancelAtPeriodEnd())
                .currentPeriodEnd(iso(s.currentPeriodEnd()))
                .currentPeriodStart(iso(s.currentPeriodStart()))
                .metadata(new HashMap<>(s.metadata()))
                .testMode(true)
                // The hosted checkout took the payment: there is nothing left for a client to confirm.
                .clientSecret(null)
                // Renewals charge the full period; the sandbox makes no prorations.
                .prorationBehavior(ProrationBehavior.NONE)
                .trialStart(iso(s.trialStart()))
                .trialEnd(iso(s.trialEnd()))
                .cancelAt(iso(s.cancelAt()))
                .defaultPaymentMethod(s.paymentMethodId());
    }

    static Invoice invoice(dev.flexkit.sandbox.domain.Invoice i) {
        return new Invoice()
                .invoiceId(i.id())
                .total(i.total())
                .amountDue(i.amountDue())
                .amountPaid(i.amountPaid())
                .paymentIntent(i.paymentIntentId() == null ? null : ExpandablePaymentIntent.ofId(i.paymentIntentId()))
                .charge(null)
                .customer(ExpandableCustomer.ofId(i.customerId()))
                .periodEnd(iso(i.periodEnd()))
                .periodStart(iso(i.periodStart()))
                .subscription(ExpandableSubscription.ofId(i.subscriptionId()))
                .status(i.status())
                .collectionMethod(CollectionMethod.CHARGE_AUTOMATICALLY)
                .testMode(true)
                .metadata(new HashMap<>())
                .createdAt(iso(i.createdAt()));
    }

    /** Why the charge of an invoice was refused, on its payment intent: the first problem of Flex's answer. */
    static PaymentError paymentError(dev.flexkit.sandbox.domain.Invoice i, String paymentMethodId) {
        if (i == null || i.refusal().isEmpty()) {
            return null;
        }
        Problem first = i.refusal().get(0);
        return new PaymentError()
                .type(first.type())
                .code(first.type())
                .declineCode(null)
                .message(first.msg())
                .paymentMethod(paymentMethodId);
    }

    // Flex's subscription and invoice pages print their times as strings: ISO-8601.
    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.ProrationBehavior;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Subscriptions and their invoices. A {@code mode: subscription} checkout makes one when its hosted page is
 * completed: {@code incomplete}, then {@code active} once the first invoice is paid by the session's payment
 * (Flex's how-subscriptions-work page), or {@code trialing} when a recurring price has a trial (nothing is charged
 * until the trial ends).
 * <p>
 * <b>Renewals run on the sandbox clock.</b> When the clock passes the end of a period, the next period's invoice is
 * charged off-session to the subscription's saved card, and the documented off-session rules apply to that charge
 * exactly as they apply to an off-session checkout (the same {@link OffSessionRules}, so a sandbox with a rule
 * broken breaks it for renewals too): a letter product renews only while the customer holds a valid letter for its
 * visit type, so the first renewal after the letter's one-year expiry is refused with Flex's LoMN body. A refused
 * renewal leaves its invoice {@code open} (its payment intent {@code requires_payment_method}) and the subscription
 * {@code past_due}, as Stripe-backed billing does. The refused invoice is never retried (Stripe's smart retries and
 * dunning are not simulated: it stays {@code open}), but the subscription keeps its billing period: at the end of the
 * next period the next invoice is charged under the same rules. If the customer holds a valid letter by then (a new
 * consultation, on an on-session or reimbursement checkout) that renewal is paid and the subscription is
 * {@code active} again, the earlier invoice still open; otherwise it is refused too and the subscription stays
 * {@code past_due}. A subscription is never moved to {@code unpaid} or canceled for failed payments (inferred; Flex's
 * pages say nothing of what follows a refused renewal).
 */
public final class Subscriptions {

    /** A card decline, as the control API's "fail the next renewal" makes it (Stripe's code; Flex shows none). */
    static final Problem CARD_DECLINED = Problem.of("card_declined", "Your card was declined.", "payment_method");

    private final Dataset data;
    private final OffSessionRules rules;

    Subscriptions(Dataset data, OffSessionRules rules) {
        this.data = data;
        this.rules = rules;
    }

    /**
     * What a subscription checkout's cart must be: at least one recurring price, all of them billed on the same
     * interval (one subscription has one billing period). Both are Stripe's rules, on which Flex runs: inferred.
     */
    static List<Problem> checkCart(List<LineItem> items, CaptureMethod captureMethod) {
        List<Problem> problems = new ArrayList<>();
        List<LineItem> recurring = recurring(items);
        if (recurring.isEmpty()) {
            problems.add(Problem.of(
                    "recurring_price_required",
                    "a subscription checkout needs at least one recurring price (price.recurring or price_data.recurring)",
                    "line_items"));
        } else {
            BillingInterval first = BillingInterval.of(recurring.get(0).price().recurring());
            for (int i = 0; i < items.size(); i++) {
                Price.Recurring each = items.get(i).price().recurring();
                if (each != null && !BillingInterval.of(each).sameAs(first)) {
                    problems.add(Problem.of(
                            "recurring_interval_mismatch",
                            "every recurring price of a subscription must renew on the same interval",
                            "line_items",
                            i));
                }
            }
        }
        if (captureMethod == CaptureMethod.MANUAL) {
            problems.add(Problem.of(
                    "capture_method_not_supported",
                    "a subscription's payments are captured automatically",
                    "capture_method"));
        }
        return problems;
    }

    private static List<LineItem> recurring(List<LineItem> items) {
        return items.stream()
                .filter(item -> item.price() != null && item.price().recurring() != null)
                .toList();
    }

    /** @return the days of trial of a subscription checkout: the longest of its recurring prices', 0 for none */
    static long trialDays(CheckoutSession session) {
        return recurring(session.lineItems()).stream()
                .map(item -> item.price().recurring().trialPeriodDays())
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }

    /**
     * Makes the subscription of a completed subscription checkout; called under the lock by the completion, after
     * the session's payment went through (the first invoice is paid by it).
     */
    Subscription start(CheckoutSession session, PaymentMethod card) {
        Instant now = data.clock.now();
        List<LineItem> items = recurring(session.lineItems());
        BillingInterval interval = BillingInterval.of(items.get(0).price().recurring());
        long trialDays = trialDays(session);
        Subscription incomplete = new Subscription(
                Ids.next("fsub_"),
                session.customerId(),
                card.id(),
                session.id(),
                items,
                interval,
                SubscriptionStatus.INCOMPLETE,
                now,
                0,
                now,
                now,
                null,
                null,
                false,
                null,
                null,
                null,
                Map.of(),
                false,
                now);
        data.subscriptions.put(incomplete);
        data.events.record("customer.subscription.created", "subscription", incomplete.id());
        Subscription started;
        if (trialDays > 0) {
            // Nothing is charged during a trial (the completion did not pay): the session's payment is released.
            Instant trialEnd = now.plus(Duration.ofDays(trialDays));
            data.paymentIntents.put(
                    data.paymentIntents.require(session.paymentIntentId()).canceled());
            // Stripe's name; not on Flex's events page (inferred).
            data.events.record("payment_intent.canceled", "payment_intent", session.paymentIntentId());
            Invoice invoice = invoice(incomplete, null, 0, now, trialEnd).paid();
            data.invoices.put(invoice);
            recordPaid(invoice);
            started = new Subscription(
                    incomplete.id(),
                    incomplete.customerId(),
                    incomplete.paymentMethodId(),
                    incomplete.checkoutSessionId(),
                    items,
                    interval,
                    SubscriptionStatus.TRIALING,
                    trialEnd,
                    0,
                    now,
                    trialEnd,
                    now,
                    trialEnd,
                    false,
                    null,
                    null,
                    invoice.id(),
                    Map.of(),
                    false,
                    now);
        } else {
            Instant end = interval.endOfPeriod(now, 1);
            Invoice invoice = invoice(incomplete, session.paymentIntentId(), session.amountTotal(), now, end)
                    .paid();
            data.invoices.put(invoice);
            recordPaid(invoice);
            started = incomplete.inPeriod(SubscriptionStatus.ACTIVE, now, 1, now, end, invoice.id());
        }
        data.subscriptions.put(started);
        data.subscriptionsBySession.put(session.id(), started.id());
        data.firstInvoicesBySession.put(session.id(), started.latestInvoiceId());
        data.renewals.add(started.currentPeriodEnd(), started.id());
        data.events.record("customer.subscription.updated", "subscription", started.id());
        return started;
    }

    private Invoice invoice(Subscription subscription, String paymentIntentId, long total, Instant from, Instant to) {
        Invoice invoice = Invoice.open(
                subscription.id(), subscription.customerId(), paymentIntentId, total, from, to, data.clock.now());
        data.invoices.put(invoice);
        if (paymentIntentId != null) {
            data.invoicesByPayment.put(paymentIntentId, invoice.id());
        }
        // Flex's events page lists invoice.created; invoice.paid and invoice.payment_failed are named by its
        // subscriptions guide.
        data.events.record("invoice.created", "invoice", invoice.id());
        return invoice;
    }

    /**
     * A subscription invoice was paid, at the start (a trial's invoice of nothing too) or at a renewal:
     * {@code invoice.paid} (Flex's subscriptions guides) and {@code invoice.payment_succeeded} ("sent when a
     * subscription invoice is paid", covering "initial payment and renewals": Flex's fulfillment guide).
     */
    private void recordPaid(Invoice invoice) {
        data.events.record("invoice.paid", "invoice", invoice.id());
        data.events.record("invoice.payment_succeeded", "invoice", invoice.id());
    }

    /** What one renewal did. */
    public record Renewal(
            String subscriptionId,
            Instant at,
            Outcome outcome,
            String invoiceId,
            String paymentIntentId,
            List<Problem> problems) {

        public enum Outcome {
            PAID,
            REFUSED,
            CANCELED
        }
    }

    /**
     * Runs, in time order, everything that falls due up to {@code target}: the clock stands at each moment while it
     * runs (so renewals are dated, and letters judged, on the day they happen) and at {@code target} after.
     * Called under the lock by the clock's control.
     */
    List<Renewal> runUntil(Instant target) {
        List<Renewal> ran = new ArrayList<>();
        RenewalSchedule.Due due;
        while ((due = data.renewals.pollDueBy(target)) != null) {
            Subscription subscription =
                    data.subscriptions.find(due.subscriptionId()).orElse(null);
            if (subscription == null || !subscription.renews()) {
                continue;
            }
            boolean cancelDue =
                    subscription.cancelAt() != null && !subscription.cancelAt().isAfter(due.at());
            boolean periodEnds = due.at().equals(subscription.currentPeriodEnd());
            if (!cancelDue && !periodEnds) {
                continue; // a reminder the subscription has moved past
            }
            data.clock.set(due.at());
            ran.add(cancelDue || subscription.cancelAtPeriodEnd() ? end(subscription) : renew(subscription));
        }
        data.clock.set(target);
        return ran;
    }

    private Renewal end(Subscription subscription) {
        Subscription canceled = subscription.canceled(data.clock.now());
        data.subscriptions.put(canceled);
        data.events.record("customer.subscription.deleted", "subscription", canceled.id());
        return new Renewal(canceled.id(), data.clock.now(), Renewal.Outcome.CANCELED, null, null, List.of());
    }

    private Renewal renew(Subscription subscription) {
        Instant now = data.clock.now();
        long period = subscription.periods() + 1;
        Instant start = subscription.currentPeriodEnd();
        Instant end = subscription.interval().endOfPeriod(subscription.anchor(), period);
        long amount = subscription.amountPerPeriod();
        PaymentIntent payment =
                PaymentIntent.awaitingPayment(amount, CaptureMethod.AUTOMATIC, subscription.customerId(), now);
        data.paymentIntents.put(payment);
        data.events.record("payment_intent.created", "payment_intent", payment.id());
        Invoice invoice = invoice(subscription, payment.id(), amount, start, end);
        PaymentMethod card =
                data.paymentMethods.find(subscription.paymentMethodId()).orElse(null);
        List<Problem> problems = subscription.failNextRenewal()
                ? List.of(CARD_DECLINED)
                : rules.apply(
                        subscription.customerId(),
                        card,
                        subscription.items(),
                        data.letters.of(subscription.customerId()),
                        data.clock.today());
        if (problems.isEmpty() && TestCards.declines(card)) {
            // A card saved during a trial may be the declined test card: charged now, it is declined.
            problems = List.of(TestCards.OFF_SESSION_DECLINE);
        }
        Renewal.Outcome outcome;
        SubscriptionStatus status;
        if (problems.isEmpty()) {
            data.paymentIntents.put(payment.paidWith(subscription.customerId(), subscription.paymentMethodId()));
            data.invoices.put(invoice.paid());
            data.events.record("payment_intent.succeeded", "payment_intent", payment.id());
            recordPaid(invoice);
            outcome = Renewal.Outcome.PAID;
            status = SubscriptionStatus.ACTIVE;
        } else {
            data.invoices.put(invoice.refused(problems));
            // payment_intent.payment_failed is Stripe's name; Flex's events page does not list it: inferred.
            data.events.record("payment_intent.payment_failed", "payment_intent", payment.id());
            data.events.record("invoice.payment_failed", "invoice", invoice.id());
            outcome = Renewal.Outcome.REFUSED;
            status = SubscriptionStatus.PAST_DUE;
        }
        // Paid or refused, the next period is charged at its end (a refused renewal does not stop the subscription).
        data.renewals.add(end, subscription.id());
        Instant anchor = subscription.anchor();
        data.subscriptions.put(subscription.inPeriod(status, anchor, period, start, end, invoice.id()));
        data.events.record("customer.subscription.updated", "subscription", subscription.id());
        return new Renewal(subscription.id(), now, outcome, invoice.id(), payment.id(), problems);
    }

    /** Changes to a subscription; {@code null} leaves a field as it is. */
    public record Changes(
            Boolean cancelAtPeriodEnd,
            Instant cancelAt,
            Map<String, Object> metadata,
            ProrationBehavior prorationBehavior,
            boolean changesItems,
            boolean changesCoupon,
            boolean changesTrialEnd) {}

    public Subscription update(String id, Changes changes) {
        return data.locked(() -> {
            Subscription subscription = data.subscriptions.require(id);
            List<Problem> problems = new ArrayList<>();
            // What the sandbox does not simulate is refused, never silently dropped.
            if (changes.changesItems()) {
                problems.add(notSimulated("items", "changing a subscription's items (and its prorations)"));
            }
            if (changes.changesCoupon()) {
                problems.add(notSimulated("coupon", "coupons"));
            }
            if (changes.changesTrialEnd()) {
                problems.add(notSimulated("trial_end", "moving a trial's end"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            boolean cancels = changes.cancelAtPeriodEnd() != null || changes.cancelAt() != null;
            if (cancels && subscription.status() == SubscriptionStatus.CANCELED) {
                throw canceledAlready();
            }
            Subscription updated = subscription.withCancellation(
                    Catalog.or(changes.cancelAtPeriodEnd(), subscription.cancelAtPeriodEnd()),
                    Catalog.or(changes.cancelAt(), subscription.cancelAt()));
            if (changes.metadata() != null) {
                updated = updated.withMetadata(changes.metadata());
            }
            data.subscriptions.put(updated);
            if (changes.cancelAt() != null && subscription.renews()) {
                data.renewals.add(changes.cancelAt(), id);
                if (!changes.cancelAt().isAfter(data.clock.now())) {
                    // A cancel_at already past cancels now.
                    runUntil(data.clock.now());
                }
            }
            data.events.record("customer.subscription.updated", "subscription", id);
            return data.subscriptions.require(id);
        });
    }

    private static Problem notSimulated(String field, String what) {
        return Problem.of(
                "not_supported_by_sandbox", "the sandbox does not simulate " + what, "body", "subscription", field);
    }

    private static InvalidStateException canceledAlready() {
        return new InvalidStateException("subscription_canceled", "the subscription is canceled");
    }

    /**
     * Cancels at the end of the current period ({@code atPeriodEnd}), or now. Only refunding nothing is simulated:
     * {@code refund} other than {@code none}, or a {@code refund_amount} above 0, is refused.
     */
    public Subscription cancel(String id, boolean atPeriodEnd, String refund, Long refundAmount) {
        return data.locked(() -> {
            Subscription subscription = data.subscriptions.require(id);
            if (refund != null && !refund.equals("none") || refundAmount != null && refundAmount > 0) {
                throw new RuleViolationException(Problem.of(
                        "not_supported_by_sandbox",
                        "the sandbox cancels without a refund only (refund: none)",
                        "body",
                        refund != null && !refund.equals("none") ? "refund" : "refund_amount"));
            }
            if (subscription.status() == SubscriptionStatus.CANCELED) {
                throw canceledAlready();
            }
            if (atPeriodEnd) {
                data.subscriptions.put(subscription.withCancellation(true, subscription.cancelAt()));
                data.events.record("customer.subscription.updated", "subscription", id);
            } else {
                end(subscription);
            }
            return data.subscriptions.require(id);
        });
    }

    /** The control API: the card declines this subscription's next renewal, once. */
    public Subscription failNextRenewal(String id) {
        return data.locked(() -> {
            Subscription subscription = data.subscriptions.require(id).failingNextRenewal();
            data.subscriptions.put(subscription);
            return subscription;
        });
    }

    public Subscription subscription(String id) {
        return data.reading(() -> data.subscriptions.require(id));
    }

    /** @return the subscription a checkout session made, or {@code null} */
    public Subscription ofSession(String checkoutSessionId) {
        return data.reading(() -> {
            String id = data.subscriptionsBySession.get(checkoutSessionId);
            return id == null ? null : data.subscriptions.require(id);
        });
    }

    /** @return the first invoice of the subscription a checkout session made, paid by the checkout, or {@code null} */
    public Invoice firstInvoiceOf(String checkoutSessionId) {
        return data.reading(() -> {
            String id = data.firstInvoicesBySession.get(checkoutSessionId);
            return id == null ? null : data.invoices.require(id);
        });
    }

    public List<Subscription> list(String customerId, SubscriptionStatus status, Page page) {
        Predicate<Subscription> filter = customerId == null && status == null
                ? null
                : s -> (customerId == null || customerId.equals(s.customerId()))
                        && (status == null || status.equals(s.status()));
        return data.reading(() -> data.subscriptions.page(filter, page));
    }

    public Invoice invoice(String id) {
        return data.reading(() -> data.invoices.require(id));
    }

    /** @return the invoice a payment intent pays, or {@code null} for a payment of no invoice */
    public Invoice invoiceOfPayment(String paymentIntentId) {
        return data.reading(() -> {
            String id = data.invoicesByPayment.get(paymentIntentId);
            return id == null ? null : data.invoices.require(id);
        });
    }

    public List<Invoice> invoices(String customerId, Page page) {
        return data.reading(() -> data.invoices.page(
                customerId == null ? null : invoice -> customerId.equals(invoice.customerId()), page));
    }
}

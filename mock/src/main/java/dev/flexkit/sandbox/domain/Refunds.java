package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.RefundReason;
import dev.flexkit.client.model.RefundStatus;
import dev.flexkit.sandbox.domain.Drafts.RefundDraft;
import dev.flexkit.sandbox.domain.Drafts.RefundLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refunds as Flex's refund guide describes them: of a {@code complete} checkout session (else {@code 422
 * checkout_session_not_complete}), in full, by {@code amount}, or per item by {@code product} or {@code price} (without
 * {@code amount_to_refund}, what is left of the item), plus {@code amount_tax} and {@code amount_shipping}, less
 * {@code amount_discount} (how these three combine is inferred); or of a payment intent ({@code POST /v1/refunds}).
 * Never more than was received and not yet refunded ({@code refund_exceeds_amount_received}). The sandbox settles a
 * refund at once: {@code succeeded}.
 */
public final class Refunds {

    private final Dataset data;

    Refunds(Dataset data) {
        this.data = data;
    }

    /** Refunds a checkout session; answers the session with the new refund. */
    public CheckoutSession refundSession(String sessionId, RefundDraft draft) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = chargedPayment(session);
            Plan plan = plan(session, payment, draft);
            Refund refund = record(payment.id(), session, plan.amount(), plan.items(), null, draft.metadata());
            CheckoutSession refunded = session.withRefund(refund.id());
            data.checkoutSessions.put(refunded);
            return refunded;
        });
    }

    /** What a refund of the session with this draft would take, and from which payment method; nothing changes. */
    public Allocation preview(String sessionId, RefundDraft draft) {
        return data.reading(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = chargedPayment(session);
            return Allocation.of(data, payment, plan(session, payment, draft).amount());
        });
    }

    /** A refund of a payment intent ({@code POST /v1/refunds}); {@code amount == null} refunds what is left. */
    public record PaymentRefund(
            String paymentIntentId, Long amount, RefundReason reason, Map<String, Object> metadata) {}

    public Refund create(PaymentRefund request) {
        return data.locked(() -> {
            PaymentIntent payment = data.paymentIntents
                    .find(request.paymentIntentId())
                    .orElseThrow(() -> new RuleViolationException(Problem.of(
                            "payment_intent_not_found",
                            "No such payment intent: " + request.paymentIntentId(),
                            "refund",
                            "payment_intent_id")));
            if (payment.amountReceived() == 0) {
                throw new RuleViolationException(Problem.of(
                        "payment_intent_not_succeeded",
                        "the payment intent received nothing to refund",
                        "refund",
                        "payment_intent_id"));
            }
            CheckoutSession session = sessionOf(payment.id());
            long refundable = payment.amountReceived() - refundedOf(payment.id());
            long amount = request.amount() == null ? refundable : request.amount();
            checkRefundable(amount, refundable, "refund", "amount");
            Refund refund = record(payment.id(), session, amount, Map.of(), request.reason(), request.metadata());
            if (session != null) {
                data.checkoutSessions.put(session.withRefund(refund.id()));
            }
            return refund;
        });
    }

    public Refund refund(String refundId) {
        return data.reading(() -> data.refunds.require(refundId));
    }

    /** Update Refund: its reason and metadata (keys merged in); nothing else of a refund can change. */
    public Refund update(String refundId, RefundReason reason, Map<String, Object> metadata) {
        return data.locked(() -> {
            Refund updated = data.refunds.require(refundId).updated(reason, metadata);
            data.refunds.put(updated);
            // Flex's events page lists both for a refund that changed, each with the refund as its object.
            data.events.record("refund.updated", "refund", updated.id());
            data.events.record("charge.refund.updated", "refund", updated.id());
            return updated;
        });
    }

    /** List Refunds' filters; {@code null} for a filter not given. */
    public record Filter(RefundStatus status, String paymentIntentId, String checkoutSessionId) {}

    /** @return one page of the refunds that pass the filter, newest first */
    public List<Refund> list(Filter filter, Page page) {
        return data.reading(() -> {
            // Every sandbox refund has succeeded.
            if (filter.status() != null && filter.status() != RefundStatus.SUCCEEDED) {
                return List.of();
            }
            if (filter.checkoutSessionId() != null) {
                List<Refund> ofSession = data.checkoutSessions
                        .find(filter.checkoutSessionId())
                        .map(this::newestFirst)
                        .orElse(List.of());
                return page.of(ofSession.stream()
                        .filter(r -> filter.paymentIntentId() == null
                                || filter.paymentIntentId().equals(r.paymentIntentId()))
                        .toList());
            }
            return data.refunds.page(
                    filter.paymentIntentId() == null
                            ? null
                            : r -> filter.paymentIntentId().equals(r.paymentIntentId()),
                    page);
        });
    }

    /** @return the session's refunds, oldest first, as its {@code refunds} lists them */
    public List<Refund> of(CheckoutSession session) {
        return data.reading(
                () -> session.refundIds().stream().map(data.refunds::require).toList());
    }

    /** @return what was refunded of the session so far, in cents */
    public long amountRefunded(CheckoutSession session) {
        return of(session).stream().mapToLong(Refund::amount).sum();
    }

    private List<Refund> newestFirst(CheckoutSession session) {
        List<Refund> all = new ArrayList<>(of(session));
        java.util.Collections.reverse(all);
        return all;
    }

    private Refund record(
            String paymentIntentId,
            CheckoutSession session,
            long amount,
            Map<String, Long> items,
            RefundReason reason,
            Map<String, ?> metadata) {
        Refund refund = new Refund(
                Ids.next(Refund.ID_PREFIX),
                paymentIntentId,
                session == null ? null : session.id(),
                amount,
                items,
                reason,
                metadata == null ? Map.of() : new HashMap<>(metadata),
                data.clock.now());
        data.refunds.put(refund);
        data.events.record("refund.created", "refund", refund.id());
        return refund;
    }

    // A checkout's payment belongs to its session (a renewal's to no session): looked up, never searched for.
    private CheckoutSession sessionOf(String paymentIntentId) {
        return data.checkoutSessions
                .find(data.sessionsByPayment.get(paymentIntentId))
                .orElse(null);
    }

    /**
     * The payment a refund of the session gives back from. A session that is not {@code complete} is refused first
     * (Flex's refund guide); a complete {@code setup} or {@code reimbursement} session charged nothing and has no
     * payment: {@code 422 checkout_session_not_charged} (the code inferred).
     */
    private PaymentIntent chargedPayment(CheckoutSession session) {
        requireComplete(session);
        return data.paymentIntents
                .find(session.paymentIntentId())
                .orElseThrow(() -> new RuleViolationException(Problem.of(
                        "checkout_session_not_charged",
                        "a " + session.mode().getValue() + " checkout session charged nothing, so nothing can be"
                                + " refunded",
                        "id")));
    }

    private static void requireComplete(CheckoutSession session) {
        if (session.status() != CheckoutSessionStatus.COMPLETE) {
            // Flex's refund guide: "Checkout Session Not Complete (422)"; the type string is inferred.
            throw new RuleViolationException(Problem.of(
                    "checkout_session_not_complete", "only a complete checkout session can be refunded", "id"));
        }
    }

    private long refundedOf(String paymentIntentId) {
        CheckoutSession session = sessionOf(paymentIntentId);
        return session == null ? 0 : amountRefunded(session);
    }

    private record Plan(long amount, Map<String, Long> items) {}

    private Plan plan(CheckoutSession session, PaymentIntent payment, RefundDraft draft) {
        Amounts.requireNotNegative(draft.tax(), "amount_tax");
        Amounts.requireNotNegative(draft.shipping(), "amount_shipping");
        Amounts.requireNotNegative(draft.discount(), "amount_discount");
        List<Refund> earlier = of(session);
        long refundable = payment.amountReceived()
                - earlier.stream().mapToLong(Refund::amount).sum();
        Map<String, Long> items = new HashMap<>();
        long amount;
        try {
            amount = draft.amount() != null
                    ? draft.amount()
                    : draft.lines() == null || draft.lines().isEmpty()
                            ? (isPartial(draft) ? 0 : refundable)
                            : items(session, earlier, draft.lines(), items);
            amount = Math.addExact(Math.addExact(amount, orZero(draft.tax())), orZero(draft.shipping()));
            amount = Math.max(0, amount - orZero(draft.discount()));
        } catch (ArithmeticException overflow) {
            amount = Long.MAX_VALUE;
        }
        checkRefundable(amount, refundable, "amount");
        return new Plan(amount, items);
    }

    private static void checkRefundable(long amount, long refundable, Object... loc) {
        if (refundable <= 0) {
            throw new RuleViolationException(
                    Problem.of("refund_exceeds_amount_received", "nothing is left to refund", loc));
        }
        if (amount > refundable) {
            throw new RuleViolationException(Problem.of(
                    "refund_exceeds_amount_received",
                    amount + " is more than the " + refundable + " still refundable",
                    loc));
        }
        if (amount <= 0) {
            throw new RuleViolationException(Problem.of("refund_amount_zero", "the refund comes to nothing", loc));
        }
    }

    // Tax, shipping or discount alone (no amount, no items) refund only those, not the whole session.
    private static boolean isPartial(RefundDraft draft) {
        return draft.tax() != null || draft.shipping() != null || draft.discount() != null;
    }

    private static long items(
            CheckoutSession session, List<Refund> earlier, List<RefundLine> lines, Map<String, Long> items) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> askedPerPrice = new HashMap<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            RefundLine line = lines.get(i);
            boolean byProduct = line.productId() != null;
            if (byProduct == (line.priceId() != null)) {
                problems.add(Problem.of("invalid_line_item", "give exactly one of product and price", "line_items", i));
                continue;
            }
            LineItem item = session.lineItems().stream()
                    .filter(it -> byProduct
                            ? it.product().id().equals(line.productId())
                            : it.price().id().equals(line.priceId()))
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                problems.add(
                        byProduct
                                ? Problem.of(
                                        "product_not_in_checkout_session",
                                        line.productId() + " is not a product of this checkout session",
                                        "line_items",
                                        i,
                                        "product")
                                : Problem.of(
                                        "price_not_in_checkout_session",
                                        line.priceId() + " is not a price of this checkout session",
                                        "line_items",
                                        i,
                                        "price"));
                continue;
            }
            String priceId = item.price().id();
            long left = item.amount() - refundedOf(earlier, priceId) - askedPerPrice.getOrDefault(priceId, 0L);
            long asked = line.amount() == null ? left : line.amount();
            askedPerPrice.merge(priceId, asked, Math::addExact);
            if (asked < 0) {
                problems.add(Amounts.negative("line_items", i, "amount_to_refund"));
            } else if (asked > left) {
                problems.add(Problem.of(
                        "refund_exceeds_line_amount",
                        "refunds of " + asked + " are more than the " + Math.max(0, left) + " left of the line",
                        "line_items",
                        i,
                        "amount_to_refund"));
            }
            total = Math.addExact(total, asked);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        items.putAll(askedPerPrice);
        return total;
    }

    private static long refundedOf(List<Refund> refunds, String priceId) {
        return refunds.stream()
                .map(refund -> refund.items().getOrDefault(priceId, 0L))
                .mapToLong(Long::longValue)
                .sum();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.domain.Drafts.CaptureDraft;
import dev.flexkit.sandbox.domain.Drafts.CaptureLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Manual capture: a session created with {@code capture_method: manual} is authorized when it completes, and the
 * merchant captures the held payment, all of it or part, once or several times, per item ({@code amount_to_capture})
 * and for tax and shipping, less discount. A final capture ({@code final_capture}, the default as in Stripe's
 * multicapture: inferred) releases what is left of the hold. Each capture is a resource of its own
 * ({@code GET /v1/captures}) and is listed in the session's {@code captures}.
 */
public final class Captures {

    private final Dataset data;

    Captures(Dataset data) {
        this.data = data;
    }

    /** Captures the held payment of a session; answers the session with the new capture. */
    public CheckoutSession capture(String sessionId, CaptureDraft draft) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            // A setup or reimbursement session charged nothing: it has no payment (null) to capture.
            PaymentIntent payment =
                    data.paymentIntents.find(session.paymentIntentId()).orElse(null);
            Plan plan = plan(session, payment, draft);
            Capture capture = new Capture(
                    Ids.next("fcap_"),
                    session.id(),
                    payment.id(),
                    plan.amount(),
                    plan.tax(),
                    plan.shipping(),
                    plan.discount(),
                    plan.items(),
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    data.clock.now());
            data.captures.put(capture);
            PaymentIntent after =
                    payment.captured(Math.toIntExact(plan.amount()), !Boolean.FALSE.equals(draft.finalCapture()));
            data.paymentIntents.put(after);
            if (after.status() == PaymentIntentStatus.SUCCEEDED) {
                data.holds.release(payment.id());
                data.events.record("payment_intent.succeeded", "payment_intent", payment.id());
            } else {
                // Stripe's name for a hold that changed; not on Flex's events page (inferred).
                data.events.record("payment_intent.amount_capturable_updated", "payment_intent", payment.id());
            }
            CheckoutSession captured = session.withCapture(capture.id());
            data.checkoutSessions.put(captured);
            return captured;
        });
    }

    /** What a capture with this draft would take, and from which payment method; nothing changes. */
    public Allocation preview(String sessionId, CaptureDraft draft) {
        return data.reading(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            // A setup or reimbursement session charged nothing: it has no payment (null) to capture.
            PaymentIntent payment =
                    data.paymentIntents.find(session.paymentIntentId()).orElse(null);
            return Allocation.of(data, payment, plan(session, payment, draft).amount());
        });
    }

    public Capture capture(String captureId) {
        return data.reading(() -> data.captures.require(captureId));
    }

    /** @return the captures, newest first; of one checkout session when {@code checkoutSessionId} is given */
    public List<Capture> list(String checkoutSessionId) {
        return data.reading(() -> {
            if (checkoutSessionId == null) {
                return List.copyOf(data.captures.newestFirst());
            }
            return data.checkoutSessions
                    .find(checkoutSessionId)
                    .map(session -> newestFirst(session.captureIds()))
                    .orElse(List.of());
        });
    }

    /** @return the session's captures, oldest first, as its {@code captures} lists them */
    public List<Capture> of(CheckoutSession session) {
        return data.reading(
                () -> session.captureIds().stream().map(data.captures::require).toList());
    }

    /** Update Capture: sets its metadata; nothing else of a capture can change. */
    public Capture update(String captureId, Map<String, Object> metadata) {
        return data.locked(() -> {
            Capture updated = data.captures.require(captureId).withMetadata(metadata);
            data.captures.put(updated);
            return updated;
        });
    }

    private List<Capture> newestFirst(List<String> ids) {
        List<Capture> captures = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            captures.add(data.captures.require(ids.get(i)));
        }
        return captures;
    }

    private record Plan(long amount, long tax, long shipping, long discount, List<Capture.Item> items) {}

    private Plan plan(CheckoutSession session, PaymentIntent payment, CaptureDraft draft) {
        if (payment == null || payment.status() != PaymentIntentStatus.REQUIRES_CAPTURE) {
            throw new InvalidStateException(
                    "checkout_session_not_authorized",
                    "only a session whose payment is authorized and not captured (capture_method: manual) can be"
                            + " captured; a hold that was captured, released or lapsed cannot");
        }
        Amounts.requireNotNegative(draft.tax(), "amount_tax");
        Amounts.requireNotNegative(draft.shipping(), "amount_shipping");
        Amounts.requireNotNegative(draft.discount(), "amount_discount");
        List<Capture> earlier = of(session);
        boolean whole = (draft.lines() == null || draft.lines().isEmpty())
                && draft.tax() == null
                && draft.shipping() == null
                && draft.discount() == null;
        long tax;
        long shipping;
        long discount;
        List<Capture.Item> items = new ArrayList<>();
        long amount;
        if (whole) {
            // Everything still held: what is left of each item, tax and shipping.
            for (LineItem item : session.lineItems()) {
                long left = item.amount() - capturedOf(earlier, item.price().id());
                if (left > 0) {
                    items.add(new Capture.Item(Ids.next("fcapi_"), item.price().id(), left));
                }
            }
            tax = Math.max(
                    0,
                    session.charges().tax()
                            - earlier.stream().mapToLong(Capture::tax).sum());
            shipping = Math.max(
                    0,
                    session.charges().shipping()
                            - earlier.stream().mapToLong(Capture::shipping).sum());
            discount = Math.max(
                    0,
                    session.charges().discount()
                            - earlier.stream().mapToLong(Capture::discount).sum());
            amount = payment.amountCapturable();
        } else {
            tax = orZero(draft.tax());
            shipping = orZero(draft.shipping());
            discount = orZero(draft.discount());
            try {
                long itemsAmount = items(session, earlier, draft.lines(), items);
                amount = Math.max(0, Math.addExact(Math.addExact(itemsAmount, tax), shipping) - discount);
            } catch (ArithmeticException overflow) {
                amount = Long.MAX_VALUE;
            }
        }
        if (amount > payment.amountCapturable()) {
            throw new RuleViolationException(Problem.of(
                    "capture_exceeds_amount_capturable",
                    amount + " is more than the " + payment.amountCapturable() + " still authorized",
                    "line_items"));
        }
        if (amount == 0) {
            throw new RuleViolationException(
                    Problem.of("capture_amount_zero", "the capture comes to nothing", "line_items"));
        }
        return new Plan(amount, tax, shipping, discount, items);
    }

    private static long items(
            CheckoutSession session, List<Capture> earlier, List<CaptureLine> lines, List<Capture.Item> items) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> askedPerPrice = new HashMap<>();
        long total = 0;
        for (int i = 0; i < (lines == null ? 0 : lines.size()); i++) {
            CaptureLine line = lines.get(i);
            LineItem item = session.lineItems().stream()
                    .filter(it -> it.product().id().equals(line.productId()))
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                problems.add(Problem.of(
                        "product_not_in_checkout_session",
                        line.productId() + " is not a product of this checkout session",
                        "line_items",
                        i,
                        "product"));
                continue;
            }
            String priceId = item.price().id();
            long left = item.amount() - capturedOf(earlier, priceId) - askedPerPrice.getOrDefault(priceId, 0L);
            long asked = line.amount() == null ? left : line.amount();
            askedPerPrice.merge(priceId, asked, Math::addExact);
            if (asked < 0) {
                problems.add(Amounts.negative("line_items", i, "amount_to_capture"));
                continue;
            }
            if (asked > left) {
                problems.add(Problem.of(
                        "capture_exceeds_line_amount",
                        asked + " is more than the " + Math.max(0, left) + " left to capture of the line",
                        "line_items",
                        i,
                        "amount_to_capture"));
                continue;
            }
            items.add(new Capture.Item(Ids.next("fcapi_"), priceId, asked));
            total = Math.addExact(total, asked);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return total;
    }

    private static long capturedOf(List<Capture> captures, String priceId) {
        return captures.stream()
                .flatMap(capture -> capture.items().stream())
                .filter(item -> item.priceId().equals(priceId))
                .mapToLong(Capture.Item::amount)
                .sum();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

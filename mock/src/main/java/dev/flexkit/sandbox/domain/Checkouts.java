package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.domain.Drafts.CaptureDraft;
import dev.flexkit.sandbox.domain.Drafts.CaptureLine;
import dev.flexkit.sandbox.domain.Drafts.CheckoutDraft;
import dev.flexkit.sandbox.domain.Drafts.DiscountDraft;
import dev.flexkit.sandbox.domain.Drafts.HostedCustomer;
import dev.flexkit.sandbox.domain.Drafts.LineDraft;
import dev.flexkit.sandbox.domain.Drafts.RefundDraft;
import dev.flexkit.sandbox.domain.Drafts.RefundLine;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkout sessions: created by the merchant (on or off session), completed by the customer on the hosted page,
 * canceled, reauthorized and refunded.
 * <p>
 * Creating a session checks, in this order, and answers with the problems of the first step that fails:
 * <ol>
 *   <li>the request itself: the mode is one the sandbox simulates, every line names exactly one of
 *       {@code price} and {@code price_data}, every id it names exists ({@code price_not_found},
 *       {@code customer_not_found}, ...);</li>
 *   <li>off-session only, the documented rules in the order of {@link OffSessionRules};</li>
 *   <li>the amount: at least {@link #MINIMUM_AMOUNT} ({@code checkout_amount_too_low}, 400).</li>
 * </ol>
 * Nothing is stored unless every check passes.
 */
public final class Checkouts {

    /** How long an open session waits for the customer (Flex's default is not documented). */
    static final Duration SESSION_LIFETIME = Duration.ofHours(24);

    /**
     * The least amount Flex charges, in cents. Flex's plugin names {@code checkout_amount_too_low} (400) without the
     * figure; 50 cents is Stripe's minimum for USD and the threshold of Flex's Confirm page ("under $0.50"): inferred.
     */
    static final int MINIMUM_AMOUNT = 50;

    private final Dataset data;
    private final OffSessionRules rules;

    Checkouts(Dataset data, OffSessionRules rules) {
        this.data = data;
        this.rules = rules;
    }

    public CheckoutSession create(CheckoutDraft draft) {
        return data.locked(() -> {
            Instant now = data.clock.now();
            Cart cart = resolve(draft);
            PaymentIntent payment =
                    PaymentIntent.awaitingPayment(cart.total(), captureMethod(draft), draft.customerId(), now);
            CheckoutSession session = new CheckoutSession(
                    Ids.next("fcs_"),
                    draft.mode(),
                    CheckoutSessionStatus.OPEN,
                    cart.items(),
                    cart.charges(),
                    draft.customerId(),
                    draft.paymentMethodId(),
                    payment.id(),
                    draft.savePaymentMethodForOffSession(),
                    captureMethod(draft),
                    draft.links(),
                    draft.defaults(),
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    List.of(),
                    List.of(),
                    now,
                    now.plus(SESSION_LIFETIME));
            if (session.isOffSession()) {
                PaymentMethod method =
                        data.paymentMethods.find(draft.paymentMethodId()).orElse(null);
                List<Problem> problems = rules.apply(
                        draft.customerId(),
                        method,
                        cart.items(),
                        draft.customerId() == null
                                ? List.of()
                                : data.customers().lettersOf(draft.customerId()),
                        data.clock.today());
                if (!problems.isEmpty()) {
                    throw new RuleViolationException(problems);
                }
                payment = payment.paidWith(draft.customerId(), draft.paymentMethodId());
                session = session.completedBy(draft.customerId(), draft.paymentMethodId());
            }
            if (cart.total() < MINIMUM_AMOUNT) {
                throw new InvalidStateException(Problem.of(
                        "checkout_amount_too_low",
                        "the amount to charge, " + cart.total() + ", is below the minimum of " + MINIMUM_AMOUNT
                                + " cents",
                        "amount_total"));
            }
            data.paymentIntents.put(payment);
            data.checkoutSessions.put(session);
            return session;
        });
    }

    /**
     * The customer completes the hosted checkout of an open on-session session: identifies themselves, goes
     * through the consultation and pays.
     *
     * @param approved whether the consultation grants a letter for the visit types of the cart that need one
     */
    public Completion complete(String sessionId, boolean approved, HostedCustomer who) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            requireOpen(session);
            Customer customer = payer(session, who);
            List<Letter> granted = approved ? grantLetters(session, customer) : List.of();
            PaymentMethod method = new PaymentMethod(
                    Ids.next("fpm_"),
                    customer.id(),
                    session.savesPaymentMethodForOffSession(),
                    PaymentMethod.Card.testVisa(data.clock.today().getYear() + 3),
                    data.clock.now());
            data.paymentMethods.put(method);
            data.letters.addAll(granted);
            data.paymentIntents.put(
                    data.paymentIntents.require(session.paymentIntentId()).paidWith(customer.id(), method.id()));
            CheckoutSession completed = session.completedBy(customer.id(), method.id());
            data.checkoutSessions.put(completed);
            data.events.record("checkout.session.completed", "checkout_session", completed.id());
            return new Completion(completed, customer, method, granted);
        });
    }

    /** What a completed hosted checkout left behind. */
    public record Completion(
            CheckoutSession session, Customer customer, PaymentMethod paymentMethod, List<Letter> lettersGranted) {}

    /** Cancels an open session, or releases the hold of an authorized, uncaptured payment. */
    public CheckoutSession cancel(String sessionId) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = data.paymentIntents.require(session.paymentIntentId());
            boolean held = payment.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
            if (!held) {
                requireOpen(session);
            }
            data.paymentIntents.put(payment.canceled());
            CheckoutSession canceled = session.withStatus(CheckoutSessionStatus.CANCELED);
            data.checkoutSessions.put(canceled);
            return canceled;
        });
    }

    /** Renews the hold of an authorized, uncaptured payment. The sandbox does not let holds lapse, so nothing else changes. */
    public CheckoutSession reauth(String sessionId) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            if (data.paymentIntents.require(session.paymentIntentId()).status()
                    != PaymentIntentStatus.REQUIRES_CAPTURE) {
                throw new InvalidStateException(
                        "checkout_session_not_authorized",
                        "only a session whose payment is authorized and not captured (capture_method: manual) can be reauthorized");
            }
            return session;
        });
    }

    public CheckoutSession refund(String sessionId, RefundDraft draft) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = data.paymentIntents.require(session.paymentIntentId());
            RefundPlan plan = planRefund(session, payment, draft);
            Refund refund = new Refund(
                    Ids.next("fref_"),
                    payment.id(),
                    plan.amount(),
                    plan.items(),
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    data.clock.now());
            CheckoutSession refunded = session.withRefund(refund);
            data.checkoutSessions.put(refunded);
            return refunded;
        });
    }

    /** What a refund with this draft would take, and from which payment method; nothing changes. */
    public Allocation previewRefund(String sessionId, RefundDraft draft) {
        return data.reading(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = data.paymentIntents.require(session.paymentIntentId());
            return allocation(payment, planRefund(session, payment, draft).amount());
        });
    }

    /** Captures the held payment of a session created with {@code capture_method: manual}. */
    public CheckoutSession capture(String sessionId, CaptureDraft draft) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = data.paymentIntents.require(session.paymentIntentId());
            long amount = planCapture(session, payment, draft);
            data.paymentIntents.put(payment.captured(amount));
            CheckoutSession captured = session.withCapture(new CheckoutSession.Capture(
                    Ids.next("fcap_"),
                    amount,
                    orZero(draft.tax()),
                    orZero(draft.shipping()),
                    orZero(draft.discount()),
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    data.clock.now()));
            data.checkoutSessions.put(captured);
            return captured;
        });
    }

    /** What a capture with this draft would take, and from which payment method; nothing changes. */
    public Allocation previewCapture(String sessionId, CaptureDraft draft) {
        return data.reading(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            PaymentIntent payment = data.paymentIntents.require(session.paymentIntentId());
            return allocation(payment, planCapture(session, payment, draft));
        });
    }

    /**
     * Confirms an open session of a customer with a saved payment method (the session's, or the customer's newest)
     * and charges it. The documented refusals: {@code idempotency_key_required}, a session that is not open,
     * {@code manual_capture_not_supported}. What Flex charges of a split cart is the lifecycle work, not simulated.
     */
    public CheckoutSession confirm(String sessionId, boolean idempotencyKeyGiven) {
        return data.locked(() -> {
            if (!idempotencyKeyGiven) {
                throw new InvalidStateException(Problem.of(
                        "idempotency_key_required",
                        "an Idempotency-Key header is required",
                        "header",
                        "Idempotency-Key"));
            }
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            requireOpen(session);
            if (session.captureMethod() == CaptureMethod.MANUAL) {
                throw new RuleViolationException(Problem.of(
                        "manual_capture_not_supported", "capture_method must be automatic", "capture_method"));
            }
            if (session.customerId() == null) {
                throw new RuleViolationException(
                        Problem.of("customer_not_found", "the checkout session has no customer to charge", "customer"));
            }
            PaymentMethod method = (session.paymentMethodId() != null
                            ? data.paymentMethods.find(session.paymentMethodId())
                            : data.paymentMethods.newestFirst().stream()
                                    .filter(m -> m.customerId().equals(session.customerId()))
                                    .findFirst())
                    .orElseThrow(() -> new RuleViolationException(Problem.of(
                            "payment_method_not_found", "the customer has no saved payment method", "payment_method")));
            data.paymentIntents.put(
                    data.paymentIntents.require(session.paymentIntentId()).paidWith(session.customerId(), method.id()));
            CheckoutSession confirmed = session.completedBy(session.customerId(), method.id());
            data.checkoutSessions.put(confirmed);
            return confirmed;
        });
    }

    /** The part of an amount one payment method takes; the sandbox pays every session with one method. */
    public record Allocation(String paymentMethodId, String last4, long amount) {}

    private Allocation allocation(PaymentIntent payment, long amount) {
        String last4 = payment.paymentMethodId() == null
                ? null
                : data.paymentMethods
                        .find(payment.paymentMethodId())
                        .map(m -> m.card().last4())
                        .orElse(null);
        return new Allocation(payment.paymentMethodId(), last4, amount);
    }

    private record RefundPlan(long amount, Map<String, Long> items) {}

    private static RefundPlan planRefund(CheckoutSession session, PaymentIntent payment, RefundDraft draft) {
        if (session.status() != CheckoutSessionStatus.COMPLETE) {
            // Flex's refund guide: "Checkout Session Not Complete (422)"; the type string is inferred.
            throw new RuleViolationException(Problem.of(
                    "checkout_session_not_complete", "only a complete checkout session can be refunded", "id"));
        }
        long refundable = payment.amountReceived() - session.amountRefunded();
        Map<String, Long> items = new HashMap<>();
        long amount;
        try {
            amount = draft.amount() != null
                    ? draft.amount()
                    : draft.lines() == null || draft.lines().isEmpty()
                            ? (isPartial(draft) ? 0 : refundable)
                            : itemsToRefund(session, draft.lines(), items);
            amount = Math.addExact(Math.addExact(amount, orZero(draft.tax())), orZero(draft.shipping()));
            amount = Math.max(0, amount - orZero(draft.discount()));
        } catch (ArithmeticException overflow) {
            amount = Long.MAX_VALUE;
        }
        if (refundable <= 0) {
            throw new RuleViolationException(
                    Problem.of("refund_exceeds_amount_received", "nothing is left to refund", "amount"));
        }
        if (amount > refundable) {
            throw new RuleViolationException(Problem.of(
                    "refund_exceeds_amount_received",
                    amount + " is more than the " + refundable + " still refundable",
                    "amount"));
        }
        if (amount == 0) {
            throw new RuleViolationException(Problem.of("refund_amount_zero", "the refund comes to nothing", "amount"));
        }
        return new RefundPlan(amount, items);
    }

    // Tax, shipping or discount alone (no amount, no items) refund only those, not the whole session.
    private static boolean isPartial(RefundDraft draft) {
        return draft.tax() != null || draft.shipping() != null || draft.discount() != null;
    }

    private static long itemsToRefund(CheckoutSession session, List<RefundLine> lines, Map<String, Long> items) {
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
            long left = item.amount() - session.amountRefunded(priceId) - askedPerPrice.getOrDefault(priceId, 0L);
            long asked = line.amount() == null ? left : line.amount();
            askedPerPrice.merge(priceId, asked, Long::sum);
            if (asked > left) {
                problems.add(Problem.of(
                        "refund_exceeds_line_amount",
                        "refunds of " + asked + " are more than the " + Math.max(0, left) + " left of the line",
                        "line_items",
                        i,
                        "amount_to_refund"));
            }
            total += asked;
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        items.putAll(askedPerPrice);
        return total;
    }

    private static long planCapture(CheckoutSession session, PaymentIntent payment, CaptureDraft draft) {
        if (payment.status() != PaymentIntentStatus.REQUIRES_CAPTURE) {
            throw new InvalidStateException(
                    "checkout_session_not_authorized",
                    "only a session whose payment is authorized and not captured (capture_method: manual) can be captured");
        }
        long amount;
        if (draft.lines() == null || draft.lines().isEmpty()) {
            amount = payment.amountCapturable();
        } else {
            List<Problem> problems = new ArrayList<>();
            amount = 0;
            for (int i = 0; i < draft.lines().size(); i++) {
                CaptureLine line = draft.lines().get(i);
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
                } else {
                    amount += line.amount() == null ? item.amount() : line.amount();
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            amount = Math.max(0, amount + orZero(draft.tax()) + orZero(draft.shipping()) - orZero(draft.discount()));
        }
        if (amount > payment.amountCapturable()) {
            throw new RuleViolationException(Problem.of(
                    "capture_exceeds_amount_capturable",
                    amount + " is more than the " + payment.amountCapturable() + " authorized",
                    "line_items"));
        }
        return amount;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    public CheckoutSession session(String id) {
        return data.reading(() -> data.checkoutSessions.require(id));
    }

    public PaymentIntent paymentIntent(String id) {
        return data.reading(() -> data.paymentIntents.require(id));
    }

    public List<CheckoutSession> list(CheckoutSessionFilter filter, Page page) {
        return data.reading(() ->
                data.checkoutSessions.page(filter.isEmpty() ? null : session -> filter.accepts(session, data), page));
    }

    public List<LineItem> lineItems(String sessionId) {
        return data.reading(() -> data.checkoutSessions.require(sessionId).lineItems());
    }

    private record Cart(List<LineItem> items, CheckoutSession.Charges charges, long total) {}

    private Cart resolve(CheckoutDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.mode() != CheckoutSessionMode.PAYMENT && draft.mode() != CheckoutSessionMode.OFF_SESSION) {
            problems.add(Problem.of(
                    "mode_not_supported_by_sandbox",
                    "the sandbox simulates mode payment and off_session only, not " + draft.mode(),
                    "mode"));
        }
        List<LineItem> items = lineItems(draft.lineItems(), problems);
        if (draft.customerId() != null && !data.customers.contains(draft.customerId())) {
            problems.add(Problem.of("customer_not_found", "No such customer: " + draft.customerId(), "customer"));
        }
        if (draft.paymentMethodId() != null && !data.paymentMethods.contains(draft.paymentMethodId())) {
            problems.add(Problem.of(
                    "payment_method_not_found",
                    "No such payment method: " + draft.paymentMethodId(),
                    "payment_method"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        try {
            CheckoutSession.Charges charges = charges(draft, items, problems);
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            long subtotal = items.stream().mapToLong(LineItem::amount).reduce(0L, Math::addExact);
            return new Cart(items, charges, CheckoutSession.total(subtotal, charges));
        } catch (ArithmeticException overflow) {
            throw new RuleViolationException(
                    Problem.of("amount_too_large", "the total does not fit in an amount", "line_items"));
        }
    }

    private List<LineItem> lineItems(List<LineDraft> lines, List<Problem> problems) {
        List<LineItem> items = new ArrayList<>();
        boolean unknownPrice = false;
        for (int i = 0; i < lines.size(); i++) {
            LineDraft line = lines.get(i);
            if (line.productId() != null && line.priceId() == null && line.priceData() == null) {
                // Flex documents a line of a product alone for reimbursement checkouts only, which the sandbox does
                // not simulate (the mode is refused above).
                problems.add(Problem.of(
                        "invalid_line_item",
                        "a line of a product alone is for mode reimbursement only",
                        "line_items",
                        i,
                        "product"));
            } else if ((line.priceId() == null) == (line.priceData() == null) || line.productId() != null) {
                problems.add(Problem.of(
                        "invalid_line_item", "give exactly one of price, price_data and product", "line_items", i));
            } else if (line.priceId() != null) {
                Price price =
                        data.prices.find(line.priceId()).filter(Price::active).orElse(null);
                if (price == null) {
                    unknownPrice = true;
                } else {
                    items.add(new LineItem(
                            Ids.next("fli_"), price, data.products.require(price.productId()), line.quantity()));
                }
            } else if (!data.products.contains(line.priceData().productId())) {
                problems.add(Problem.of(
                        "product_not_found",
                        "No such product: " + line.priceData().productId(),
                        "line_items",
                        i,
                        "price_data",
                        "product"));
            } else {
                Price inline = new Price(
                        Ids.next("fprice_"),
                        line.priceData().productId(),
                        line.priceData().unitAmount(),
                        null,
                        line.priceData().recurring(),
                        false,
                        Map.of(),
                        data.clock.now());
                items.add(new LineItem(
                        Ids.next("fli_"), inline, data.products.require(inline.productId()), line.quantity()));
            }
        }
        if (unknownPrice) {
            // Flex's own wording: it does not say which price (Flex's WooCommerce plugin, MER-1371).
            problems.add(new Problem(
                    List.of("price"), "price_not_found: One or more prices are not valid", "price_not_found"));
        }
        return items;
    }

    private static CheckoutSession.Charges charges(CheckoutDraft draft, List<LineItem> items, List<Problem> problems) {
        long discount = 0;
        List<DiscountDraft> discounts = draft.discounts() == null ? List.of() : draft.discounts();
        for (int i = 0; i < discounts.size(); i++) {
            DiscountDraft d = discounts.get(i);
            if (d.couponId() != null) {
                // The sandbox has no coupons API, so no coupon id can exist in it.
                problems.add(
                        Problem.of("coupon_not_found", "No such coupon: " + d.couponId(), "discounts", i, "coupon_id"));
            } else if (d.amountOff() != null && d.amountOff() <= 0) {
                // Flex's plugin names the code (MER-2091); the sandbox reads it as: an inline amount off must be
                // positive.
                problems.add(Problem.of(
                        "coupon_amount_must_be_positive",
                        "amount_off must be positive",
                        "discounts",
                        i,
                        "coupon_data",
                        "amount_off"));
            } else if (d.amountOff() != null) {
                long applicable = items.stream()
                        .filter(item -> d.appliesToPrices() == null
                                || d.appliesToPrices().isEmpty()
                                || d.appliesToPrices().contains(item.price().id()))
                        .mapToLong(LineItem::amount)
                        .reduce(0L, Math::addExact);
                discount = Math.addExact(discount, Math.min(d.amountOff(), applicable));
            }
        }
        String shippingName = null;
        long shipping = 0;
        if (draft.shipping() != null) {
            if (draft.shipping().shippingRateId() != null) {
                problems.add(Problem.of(
                        "shipping_rate_not_found",
                        "No such shipping rate: " + draft.shipping().shippingRateId(),
                        "shipping_options",
                        "shipping_rate_id"));
            } else if (draft.shipping().amount() != null) {
                shipping = draft.shipping().amount();
                shippingName = draft.shipping().displayName();
            }
        }
        long tax = draft.taxAmount() == null ? 0 : draft.taxAmount();
        List<Drafts.Fee> fees = draft.fees() == null ? List.of() : draft.fees();
        // Discounts take the items down to nothing at most, however many coupons there are.
        long subtotal = items.stream().mapToLong(LineItem::amount).reduce(0L, Math::addExact);
        CheckoutSession.Charges charges = new CheckoutSession.Charges(
                Math.min(discount, subtotal), tax, shipping, fees, shippingName, draft.allowPromotionCodes());
        return charges;
    }

    private static CaptureMethod captureMethod(CheckoutDraft draft) {
        return draft.captureMethod() == null ? CaptureMethod.AUTOMATIC : draft.captureMethod();
    }

    private static void requireOpen(CheckoutSession session) {
        switch (session.status().known().orElseThrow()) {
            case OPEN -> {}
            case CANCELED ->
                throw new InvalidStateException("checkout_session_canceled", "the checkout session was canceled");
            case EXPIRED -> throw new InvalidStateException("checkout_session_expired", "the checkout session expired");
            default ->
                throw new InvalidStateException(
                        "checkout_session_already_processed", "the checkout session was already processed");
        }
    }

    private Customer payer(CheckoutSession session, HostedCustomer who) {
        CheckoutSession.CustomerDefaults defaults = session.defaults();
        String email = who != null
                ? who.email()
                : defaults != null && defaults.email() != null && session.customerId() == null
                        ? defaults.email()
                        : null;
        if (email == null) {
            if (session.customerId() != null) {
                return data.customers.require(session.customerId());
            }
            throw new RuleViolationException(Problem.of(
                    "customer_details_required",
                    "the session has no customer and no default email; give customer.email",
                    "customer"));
        }
        return data.customers().byEmail(email).orElseGet(() -> {
            HostedCustomer named = who != null
                    ? who
                    : new HostedCustomer(email, defaults.firstName(), defaults.lastName(), defaults.phone());
            Customer created = data.customers()
                    .newCustomer(new Drafts.CustomerDraft(
                            null, named.firstName(), named.lastName(), email, named.phone(), null, null, Map.of()));
            data.customers.put(created);
            data.events.record("customer.created", "customer", created.id());
            return created;
        });
    }

    private List<Letter> grantLetters(CheckoutSession session, Customer customer) {
        return session.lineItems().stream()
                .filter(item -> item.product().needsLetter() && item.product().visitType() != null)
                .map(item -> item.product().visitType())
                .distinct()
                .map(visitType -> new Letter(customer.id(), visitType, data.clock.today()))
                .toList();
    }
}

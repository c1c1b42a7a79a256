package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.domain.Drafts.CheckoutDraft;
import dev.flexkit.sandbox.domain.Drafts.DiscountDraft;
import dev.flexkit.sandbox.domain.Drafts.HostedCustomer;
import dev.flexkit.sandbox.domain.Drafts.LineDraft;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checkout sessions: created by the merchant (on or off session), completed by the customer on the hosted page,
 * canceled and reauthorized (captures, refunds and Confirm are {@link Captures}, {@link Refunds} and
 * {@link Confirmations}).
 * <p>
 * Creating a session checks, in this order, and answers with the problems of the first step that fails:
 * <ol>
 *   <li>the request itself: the mode is one the sandbox simulates, every line names exactly one of
 *       {@code price} and {@code price_data}, every id it names exists ({@code price_not_found},
 *       {@code customer_not_found}, ...);</li>
 *   <li>off-session only, the documented rules in the order of {@link OffSessionRules};</li>
 *   <li>the amount: at least {@link #MINIMUM_AMOUNT} ({@code checkout_amount_too_low}, 400).</li>
 * </ol>
 * Nothing is stored unless every check passes. Off session, the saved card is then charged: a card that is Flex's
 * declined test card ({@link TestCards#declines(PaymentMethod)}) is declined ({@link CardDeclinedException}, 402),
 * and the session is kept open with its payment unpaid, as a decline on the hosted page leaves it.
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
            // Setup and reimbursement checkouts charge nothing: they have no payment.
            boolean charges = charges(draft.mode());
            PaymentIntent payment = charges
                    ? PaymentIntent.awaitingPayment(cart.total(), captureMethod(draft), draft.customerId(), now)
                    : null;
            CheckoutSession session = new CheckoutSession(
                    Ids.next("fcs_"),
                    draft.mode(),
                    CheckoutSessionStatus.OPEN,
                    cart.items(),
                    cart.charges(),
                    draft.customerId(),
                    draft.paymentMethodId(),
                    payment == null ? null : payment.id(),
                    draft.savePaymentMethodForOffSession(),
                    captureMethod(draft),
                    draft.links(),
                    draft.defaults(),
                    draft.metadata() == null ? Map.of() : draft.metadata(),
                    List.of(),
                    List.of(),
                    now,
                    now.plus(SESSION_LIFETIME));
            boolean declined = false;
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
                declined = TestCards.declines(method);
                if (!declined) {
                    payment = payment.paidWith(draft.customerId(), draft.paymentMethodId());
                    session = session.completedBy(draft.customerId(), draft.paymentMethodId());
                }
            }
            if (charges && cart.total() < MINIMUM_AMOUNT) {
                throw new InvalidStateException(Problem.of(
                        "checkout_amount_too_low",
                        "the amount to charge, " + cart.total() + ", is below the minimum of " + MINIMUM_AMOUNT
                                + " cents",
                        "amount_total"));
            }
            if (payment != null) {
                data.paymentIntents.put(payment);
                data.sessionsByPayment.put(payment.id(), session.id());
                holdIfAuthorized(payment);
            }
            data.checkoutSessions.put(session);
            data.coupons().namedBy(session.id(), couponIds(draft));
            if (payment != null) {
                // Flex's fulfillment guide: "as soon as the customer begins entering payment info". The sandbox
                // makes the payment intent with the session (its id is on the session from the start), so the
                // event is recorded then, before any payment.
                data.events.record("payment_intent.created", "payment_intent", payment.id());
            }
            if (declined) {
                // Like a declined card on the hosted page: the session stays open, its payment unpaid.
                data.events.record("payment_intent.payment_failed", "payment_intent", payment.id());
                throw new CardDeclinedException(TestCards.OFF_SESSION_DECLINE);
            }
            if (session.isOffSession()) {
                recordPayment(payment);
                recordCompletion(session);
            }
            return session;
        });
    }

    private static List<String> couponIds(CheckoutDraft draft) {
        return draft.discounts() == null
                ? List.of()
                : draft.discounts().stream()
                        .map(DiscountDraft::couponId)
                        .filter(java.util.Objects::nonNull)
                        .toList();
    }

    /**
     * A payment went through: {@code payment_intent.succeeded} (Flex's events page and fulfillment guide), or, for
     * an authorization held for manual capture, {@code payment_intent.amount_capturable_updated} (Stripe's name for
     * a payment that became capturable; not on Flex's pages: inferred).
     */
    void recordPayment(PaymentIntent payment) {
        data.events.record(
                payment.status() == PaymentIntentStatus.REQUIRES_CAPTURE
                        ? "payment_intent.amount_capturable_updated"
                        : "payment_intent.succeeded",
                "payment_intent",
                payment.id());
    }

    /**
     * What completing a session does besides its mode's work, wherever it completes (off session at once, on the
     * hosted page, by Confirm): its coupons count their redemptions, and {@code checkout.session.completed} is
     * recorded ("sent after a checkout session has fully completed", Flex's fulfillment guide).
     */
    void recordCompletion(CheckoutSession completed) {
        data.coupons().redeemFor(completed.id());
        data.events.record("checkout.session.completed", "checkout_session", completed.id());
    }

    /**
     * The customer completes the hosted checkout of an open on-session session: identifies themselves, goes
     * through the consultation and pays.
     *
     * @param approved whether the consultation grants a letter for the visit types of the cart that need one
     */
    public Completion complete(String sessionId, boolean approved, HostedCustomer who) {
        return complete(sessionId, approved, who, null);
    }

    /**
     * Completes the hosted checkout paying with this card number ({@code null}: {@link TestCards#SUCCEEDS}). A
     * checkout that charges the card now and is paid with {@link TestCards#DECLINED} is declined ({@link
     * CardDeclinedException}): the session stays open for another try, its payment intent
     * {@code requires_payment_method}, and nothing else changes (no customer, card, letter or subscription).
     */
    public Completion complete(String sessionId, boolean approved, HostedCustomer who, String cardNumber) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            requireOpen(session);
            if (chargesAtCompletion(session) && TestCards.declines(cardNumber)) {
                // Stripe's name; Flex's events page does not list it (inferred).
                data.events.record("payment_intent.payment_failed", "payment_intent", session.paymentIntentId());
                throw new CardDeclinedException(TestCards.DECLINE);
            }
            Customer customer = payer(session, who);
            List<Letter> granted = approved ? grantLetters(session, customer) : List.of();
            // A reimbursement is paid elsewhere: the customer gives no card.
            PaymentMethod method = session.mode() == CheckoutSessionMode.REIMBURSEMENT
                    ? null
                    : new PaymentMethod(
                            Ids.next("fpm_"),
                            customer.id(),
                            savesForOffSession(session),
                            TestCards.card(cardNumber, data.clock.today().getYear() + 3),
                            data.clock.now());
            if (method != null) {
                data.paymentMethods.put(method);
            }
            data.letters.addAll(granted);
            if (chargesAtCompletion(session)) {
                PaymentIntent paid =
                        data.paymentIntents.require(session.paymentIntentId()).paidWith(customer.id(), method.id());
                data.paymentIntents.put(paid);
                holdIfAuthorized(paid);
                recordPayment(paid);
            }
            CheckoutSession completed = session.completedBy(customer.id(), method == null ? null : method.id());
            data.checkoutSessions.put(completed);
            Completion done = new Completion(completed, customer, method, granted, null, null, null);
            switch (session.mode().known().orElseThrow()) {
                case SUBSCRIPTION -> done = done.with(data.subscriptions().start(completed, method));
                case SETUP -> done = done.with(setUp(completed, method));
                case REIMBURSEMENT -> done = done.with(consult(completed, customer, approved));
                default -> {}
            }
            recordCompletion(completed);
            return done;
        });
    }

    /**
     * What a completed hosted checkout left behind; by mode, the subscription it made, the setup intent that saved
     * the card, or the consultation of a reimbursement ({@code null} otherwise).
     */
    public record Completion(
            CheckoutSession session,
            Customer customer,
            PaymentMethod paymentMethod,
            List<Letter> lettersGranted,
            Subscription subscription,
            SetupIntent setupIntent,
            Consultation consultation) {

        Completion with(Subscription made) {
            return new Completion(session, customer, paymentMethod, lettersGranted, made, null, null);
        }

        Completion with(SetupIntent made) {
            return new Completion(session, customer, paymentMethod, lettersGranted, null, made, null);
        }

        Completion with(Consultation made) {
            return new Completion(session, customer, paymentMethod, lettersGranted, null, null, made);
        }
    }

    // A subscription with a trial charges nothing until the trial ends; setup and reimbursement never charge.
    private static boolean chargesAtCompletion(CheckoutSession session) {
        return session.paymentIntentId() != null
                && !(session.mode() == CheckoutSessionMode.SUBSCRIPTION && Subscriptions.trialDays(session) > 0);
    }

    /** Modes whose checkout charges the customer; setup saves a card, reimbursement is paid elsewhere. */
    private static boolean charges(CheckoutSessionMode mode) {
        return mode != CheckoutSessionMode.SETUP && mode != CheckoutSessionMode.REIMBURSEMENT;
    }

    // A subscription's card is charged at every renewal and a setup checkout saves one for exactly that.
    private static boolean savesForOffSession(CheckoutSession session) {
        return session.savesPaymentMethodForOffSession()
                || session.mode() == CheckoutSessionMode.SUBSCRIPTION
                || session.mode() == CheckoutSessionMode.SETUP;
    }

    private SetupIntent setUp(CheckoutSession session, PaymentMethod method) {
        SetupIntent intent =
                new SetupIntent(Ids.next("fseti_"), session.id(), session.customerId(), method.id(), data.clock.now());
        data.setupIntents.put(intent);
        data.setupIntentsBySession.put(session.id(), intent.id());
        return intent;
    }

    /** The consultation of a reimbursement checkout; approved, it granted the letters (Flex's reimbursement page). */
    private Consultation consult(CheckoutSession session, Customer customer, boolean approved) {
        Consultation consultation = new Consultation(
                Ids.next("fcons_"), session.id(), customer.id(), session.visitType(), approved, data.clock.now());
        data.consultations.put(consultation);
        data.consultationsBySession.put(session.id(), consultation.id());
        if (approved) {
            data.events.record("consultation.approved", "consultation", consultation.id());
        }
        data.events.record("customer.consultation.attached", "customer", customer.id());
        return consultation;
    }

    /** @return the setup intent a setup checkout made, or {@code null} */
    public SetupIntent setupIntentOf(String sessionId) {
        return data.reading(() -> {
            String id = data.setupIntentsBySession.get(sessionId);
            return id == null ? null : data.setupIntents.require(id);
        });
    }

    /** @return the consultation a reimbursement checkout recorded, or {@code null} */
    public Consultation consultationOf(String sessionId) {
        return data.reading(() -> {
            String id = data.consultationsBySession.get(sessionId);
            return id == null ? null : data.consultations.require(id);
        });
    }

    /** Cancels an open session, or releases the hold of an authorized, uncaptured payment. */
    public CheckoutSession cancel(String sessionId) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            // A setup or reimbursement session has no payment to release.
            PaymentIntent payment =
                    data.paymentIntents.find(session.paymentIntentId()).orElse(null);
            boolean held = payment != null && payment.status() == PaymentIntentStatus.REQUIRES_CAPTURE;
            if (!held) {
                requireOpen(session);
            }
            if (payment != null) {
                data.paymentIntents.put(payment.canceled());
            }
            if (held) {
                data.holds.release(payment.id());
                // Stripe's name; not on Flex's events page (inferred).
                data.events.record("payment_intent.canceled", "payment_intent", payment.id());
            }
            CheckoutSession canceled = session.withStatus(CheckoutSessionStatus.CANCELED);
            data.checkoutSessions.put(canceled);
            data.coupons().releasedBy(canceled.id());
            return canceled;
        });
    }

    /**
     * Renews the hold of an authorized, uncaptured payment for another {@link AuthorizationHolds#LIFETIME} from now.
     * A hold that lapsed, was captured or released cannot be renewed.
     */
    public CheckoutSession reauth(String sessionId) {
        return data.locked(() -> {
            CheckoutSession session = data.checkoutSessions.require(sessionId);
            // A setup or reimbursement session charged nothing: it has no payment to reauthorize.
            PaymentIntent payment =
                    data.paymentIntents.find(session.paymentIntentId()).orElse(null);
            if (payment == null || payment.status() != PaymentIntentStatus.REQUIRES_CAPTURE) {
                throw new InvalidStateException(
                        "checkout_session_not_authorized",
                        "only a session whose payment is authorized and not captured (capture_method: manual) can be"
                                + " reauthorized; a hold that lapsed, was captured or released cannot");
            }
            data.holds.hold(session.paymentIntentId());
            return session;
        });
    }

    /** @return the session with this id, if this dataset has one */
    public Optional<CheckoutSession> find(String id) {
        return data.reading(() -> data.checkoutSessions.find(id));
    }

    public CheckoutSession session(String id) {
        return data.reading(() -> data.checkoutSessions.require(id));
    }

    public PaymentIntent paymentIntent(String id) {
        return data.reading(() -> data.paymentIntents.require(id));
    }

    public List<CheckoutSession> list(CheckoutSessionFilter filter, Page page) {
        Predicate<CheckoutSession> accepted = filter.isEmpty() ? null : session -> filter.accepts(session, data);
        return data.reading(() -> {
            if (filter.customerId() != null) {
                return data.checkoutSessions.page(data.checkoutSessionsByCustomer, filter.customerId(), accepted, page);
            }
            if (filter.status() != null) {
                return data.checkoutSessions.page(data.checkoutSessionsByStatus, filter.status(), accepted, page);
            }
            return data.checkoutSessions.page(accepted, page);
        });
    }

    public List<LineItem> lineItems(String sessionId) {
        return data.reading(() -> data.checkoutSessions.require(sessionId).lineItems());
    }

    private record Cart(List<LineItem> items, CheckoutSession.Charges charges, long total) {}

    private Cart resolve(CheckoutDraft draft) {
        List<Problem> problems = new ArrayList<>();
        List<LineItem> items = lineItems(draft.mode(), draft.lineItems(), problems);
        if (draft.customerId() != null && !data.customers.contains(draft.customerId())) {
            problems.add(Problem.of("customer_not_found", "No such customer: " + draft.customerId(), "customer"));
        }
        if (draft.paymentMethodId() != null && !data.paymentMethods.contains(draft.paymentMethodId())) {
            problems.add(Problem.of(
                    "payment_method_not_found",
                    "No such payment method: " + draft.paymentMethodId(),
                    "payment_method"));
        }
        if (problems.isEmpty()) {
            problems.addAll(modeRequirements(draft, items));
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

    /**
     * What a mode asks of the cart beyond its lines: a subscription's recurring prices ({@link Subscriptions}), a
     * setup checkout's empty cart (Flex documents it for payment links: inferred for sessions).
     */
    private static List<Problem> modeRequirements(CheckoutDraft draft, List<LineItem> items) {
        if (draft.mode() == CheckoutSessionMode.SUBSCRIPTION) {
            return Subscriptions.checkCart(items, draft.captureMethod());
        }
        if (draft.mode() == CheckoutSessionMode.SETUP && !items.isEmpty()) {
            return List.of(Problem.of(
                    "line_items_not_allowed", "a setup checkout charges nothing: give no line_items", "line_items"));
        }
        return List.of();
    }

    private List<LineItem> lineItems(CheckoutSessionMode mode, List<LineDraft> lines, List<Problem> problems) {
        List<LineItem> items = new ArrayList<>();
        boolean unknownPrice = false;
        for (int i = 0; i < lines.size(); i++) {
            LineDraft line = lines.get(i);
            if (line.productId() != null && line.priceId() == null && line.priceData() == null) {
                // Flex documents a line of a product alone for reimbursement checkouts only: an item with no price.
                if (mode != CheckoutSessionMode.REIMBURSEMENT) {
                    problems.add(Problem.of(
                            "invalid_line_item",
                            "a line of a product alone is for mode reimbursement only",
                            "line_items",
                            i,
                            "product"));
                } else if (!data.products.contains(line.productId())) {
                    problems.add(Problem.of(
                            "product_not_found", "No such product: " + line.productId(), "line_items", i, "product"));
                } else {
                    items.add(new LineItem(
                            Ids.next("fli_"), null, data.products.require(line.productId()), line.quantity()));
                }
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

    private CheckoutSession.Charges charges(CheckoutDraft draft, List<LineItem> items, List<Problem> problems) {
        long discount = 0;
        List<DiscountDraft> discounts = draft.discounts() == null ? List.of() : draft.discounts();
        for (int i = 0; i < discounts.size(); i++) {
            DiscountDraft d = discounts.get(i);
            if (d.couponId() != null) {
                discount = Math.addExact(discount, data.coupons().discountFor(d.couponId(), items, problems, i));
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
                                || item.price() != null
                                        && d.appliesToPrices()
                                                .contains(item.price().id()))
                        .mapToLong(LineItem::amount)
                        .reduce(0L, Math::addExact);
                discount = Math.addExact(discount, Math.min(d.amountOff(), applicable));
            }
        }
        String shippingName = null;
        String shippingRateId = null;
        long shipping = 0;
        if (draft.shipping() != null) {
            if (draft.shipping().shippingRateId() != null) {
                ShippingRate rate =
                        data.shippingRates().forCheckout(draft.shipping().shippingRateId(), problems);
                if (rate != null) {
                    shippingRateId = rate.id();
                    shipping = rate.amount();
                    shippingName = rate.displayName();
                }
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
                Math.min(discount, subtotal),
                tax,
                shipping,
                fees,
                shippingName,
                shippingRateId,
                draft.allowPromotionCodes());
        return charges;
    }

    // A payment authorized for manual capture is held, and its hold may lapse (AuthorizationHolds).
    private void holdIfAuthorized(PaymentIntent payment) {
        if (payment.status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
            data.holds.hold(payment.id());
        }
    }

    private static CaptureMethod captureMethod(CheckoutDraft draft) {
        return draft.captureMethod() == null ? CaptureMethod.AUTOMATIC : draft.captureMethod();
    }

    static void requireOpen(CheckoutSession session) {
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

package dev.flexkit.sandbox.domain;

import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Everything one API key sees: its objects and its clock. Flex separates data by key; so does the sandbox, so
 * that parallel test runs never see each other's objects. Every read and change happens under the dataset's
 * lock, which makes each operation atomic: parallel requests on one key neither lose nor duplicate anything.
 * Reads share it; changes take it alone.
 */
public final class Dataset {

    final SandboxClock clock = new SandboxClock();
    final Store<Product> products = new Store<>("product");
    final Store<Price> prices = new Store<>("price");
    final Store<Customer> customers = new Store<>("customer");
    final Store<PaymentMethod> paymentMethods = new Store<>("payment method");
    final Store<CheckoutSession> checkoutSessions = new Store<>("checkout session");
    // The filters of List Checkout Sessions that pick few of many: a list by one of them reads only its matches.
    final Store.Index<CheckoutSession> checkoutSessionsByCustomer = checkoutSessions.index(CheckoutSession::customerId);
    final Store.Index<CheckoutSession> checkoutSessionsByStatus = checkoutSessions.index(CheckoutSession::status);
    final Store<PaymentIntent> paymentIntents = new Store<>("payment intent");
    final LetterBook letters = new LetterBook();
    final Store<Subscription> subscriptions = new Store<>("subscription");
    final Store<Invoice> invoices = new Store<>("invoice");
    final Store<SetupIntent> setupIntents = new Store<>("setup intent");
    final Store<Consultation> consultations = new Store<>("consultation");
    // What the sessions and payments made, by the id of the session or payment that made it.
    final Map<String, String> subscriptionsBySession = new HashMap<>();
    final Map<String, String> firstInvoicesBySession = new HashMap<>();
    final Map<String, String> setupIntentsBySession = new HashMap<>();
    final Map<String, String> consultationsBySession = new HashMap<>();
    final Map<String, String> invoicesByPayment = new HashMap<>();
    final Map<String, String> sessionsByPayment = new HashMap<>();
    // The coupons an open session names, counted as redemptions when it completes (Coupons#redeemFor).
    final Map<String, List<String>> couponsBySession = new HashMap<>();
    final RenewalSchedule renewals = new RenewalSchedule();
    final Store<Refund> refunds = new Store<>("refund");
    final Store<Capture> captures = new Store<>("capture");
    final Store<ShippingRate> shippingRates = new Store<>("shipping rate");
    final Store<Coupon> coupons = new Store<>("coupon");
    final Store<PromoCode> promoCodes = new Store<>("promo code");
    final AuthorizationHolds holds = new AuthorizationHolds(this);
    final EventLog events = new EventLog(clock);
    final Store<WebhookEndpoint> webhooks = new Store<>("webhook");
    private final WebhookDeliveries deliveries = new WebhookDeliveries();
    private final WebhookEndpoints webhookEndpoints = new WebhookEndpoints(this);
    private final Events eventBook = new Events(this);
    private volatile EventListener listener = EventListener.NONE;
    private final Idempotency idempotency = new Idempotency(clock);
    private final Faults faults = new Faults();

    private final Catalog catalog = new Catalog(this);
    private final Customers customerBook = new Customers(this);
    private final Checkouts checkouts;
    private final Subscriptions subscriptionBook;
    private final Control control = new Control(this);
    private final Captures captureBook = new Captures(this);
    private final Refunds refundBook = new Refunds(this);
    private final Confirmations confirmations = new Confirmations(this);
    private final ShippingRates shippingRateBook = new ShippingRates(this);
    private final Coupons couponBook = new Coupons(this);

    /** A dataset whose off-session checkouts follow every documented rule. */
    public Dataset() {
        this(OffSessionRules.DOCUMENTED);
    }

    public Dataset(OffSessionRules rules) {
        this.checkouts = new Checkouts(this, rules);
        this.subscriptionBook = new Subscriptions(this, rules);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Customers customers() {
        return customerBook;
    }

    public Checkouts checkouts() {
        return checkouts;
    }

    public Subscriptions subscriptions() {
        return subscriptionBook;
    }

    public Captures captures() {
        return captureBook;
    }

    public Refunds refunds() {
        return refundBook;
    }

    public Confirmations confirmations() {
        return confirmations;
    }

    public ShippingRates shippingRates() {
        return shippingRateBook;
    }

    public Coupons coupons() {
        return couponBook;
    }

    public AuthorizationHolds holds() {
        return holds;
    }

    public Control control() {
        return control;
    }

    public Idempotency idempotency() {
        return idempotency;
    }

    public Faults faults() {
        return faults;
    }

    public WebhookEndpoints webhooks() {
        return webhookEndpoints;
    }

    public WebhookDeliveries deliveries() {
        return deliveries;
    }

    public Events events() {
        return eventBook;
    }

    /** Who is told of the events each operation records (webhook delivery); set once, when the dataset is made. */
    public void listen(EventListener listener) {
        this.listener = listener;
    }

    /** @return the dataset's events, newest first */
    public List<Event> events(Page page) {
        return reading(() -> events.newestFirst(page));
    }

    // Reads share the lock and never wait behind each other; a change has the dataset to itself.
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Runs an operation that changes the dataset (or reads and then changes it), alone. The events it recorded are
     * published when it ends, also when it ends in a refusal: what a refused operation recorded did happen (a
     * declined card's {@code payment_intent.payment_failed}), and would otherwise wait for the next operation.
     */
    <T> T locked(Supplier<T> operation) {
        lock.writeLock().lock();
        try {
            try {
                return operation.get();
            } finally {
                List<Event> recorded = events.takeUnpublished();
                if (!recorded.isEmpty()) {
                    listener.published(this, recorded);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs an operation that only reads, beside other reads. */
    <T> T reading(Supplier<T> operation) {
        lock.readLock().lock();
        try {
            return operation.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    void clear() {
        products.clear();
        prices.clear();
        customers.clear();
        paymentMethods.clear();
        checkoutSessions.clear();
        paymentIntents.clear();
        refunds.clear();
        captures.clear();
        shippingRates.clear();
        coupons.clear();
        promoCodes.clear();
        holds.clear();
        letters.clear();
        subscriptions.clear();
        invoices.clear();
        setupIntents.clear();
        consultations.clear();
        subscriptionsBySession.clear();
        firstInvoicesBySession.clear();
        setupIntentsBySession.clear();
        consultationsBySession.clear();
        invoicesByPayment.clear();
        sessionsByPayment.clear();
        couponsBySession.clear();
        renewals.clear();
        events.clear();
        webhooks.clear();
        deliveries.clear();
        idempotency.clear();
        faults.clear();
        clock.reset();
    }
}

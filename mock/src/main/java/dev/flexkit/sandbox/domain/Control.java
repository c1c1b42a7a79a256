package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.sandbox.domain.Drafts.PriceDraft;
import dev.flexkit.sandbox.domain.Drafts.ProductDraft;
import dev.flexkit.sandbox.domain.Drafts.Seed;
import dev.flexkit.sandbox.domain.Drafts.SeedCustomer;
import dev.flexkit.sandbox.domain.Drafts.SeedLetter;
import dev.flexkit.sandbox.domain.Drafts.SeedPaymentMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a tester does to a dataset that Flex's API cannot: empty it, seed it, move its clock. */
public final class Control {

    private final Dataset data;

    Control(Dataset data) {
        this.data = data;
    }

    public void reset() {
        data.locked(() -> {
            data.clear();
            return null;
        });
    }

    public Instant now() {
        return data.locked(data.clock::now);
    }

    public Instant setClock(Instant now) {
        return moveClock(now).now();
    }

    public Instant advanceClock(String isoDuration) {
        return moveClockBy(isoDuration).now();
    }

    /** Where the clock stands after a move, and the subscription renewals that fell due on the way. */
    public record ClockMove(Instant now, List<Subscriptions.Renewal> renewals) {}

    public ClockMove moveClock(Instant now) {
        return data.locked(() -> {
            Instant from = data.clock.now();
            data.clock.set(now);
            return ranUntil(from, now);
        });
    }

    public ClockMove moveClockBy(String isoDuration) {
        return data.locked(() -> {
            Instant from = data.clock.now();
            data.clock.advance(isoDuration);
            return ranUntil(from, data.clock.now());
        });
    }

    // What falls due runs with the clock standing at its moment, then the clock is put at the target.
    private ClockMove ranUntil(Instant from, Instant target) {
        List<Subscriptions.Renewal> renewals = List.of();
        if (target.isAfter(from)) {
            data.clock.set(from);
            renewals = data.subscriptions().runUntil(target);
        }
        expireOpenSessions();
        data.holds.lapseDue();
        return new ClockMove(data.clock.now(), renewals);
    }

    /** What a seed created, per customer. */
    public record SeededCustomer(Customer customer, List<PaymentMethod> paymentMethods, List<Letter> letters) {}

    public record SeedResult(List<Product> products, List<Price> prices, List<SeededCustomer> customers) {}

    /**
     * Loads a seed document, all or nothing: every entry is checked before anything is created.
     *
     * @throws RuleViolationException naming every entry at fault, with nothing created
     */
    public SeedResult seed(Seed seed) {
        return data.locked(() -> {
            List<Problem> problems = check(seed);
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            if (seed.now() != null) {
                data.clock.set(seed.now());
            }
            List<Product> products = new ArrayList<>();
            for (ProductDraft draft : seed.products()) {
                Product product = data.catalog().newProduct(draft);
                data.products.put(product);
                products.add(product);
            }
            List<Price> prices = new ArrayList<>();
            for (PriceDraft draft : seed.prices()) {
                Price price = data.catalog().newPrice(draft);
                data.prices.put(price);
                prices.add(price);
            }
            List<SeededCustomer> customers = new ArrayList<>();
            for (SeedCustomer entry : seed.customers()) {
                customers.add(seedCustomer(entry));
            }
            expireOpenSessions();
            data.holds.lapseDue();
            return new SeedResult(products, prices, customers);
        });
    }

    private SeededCustomer seedCustomer(SeedCustomer entry) {
        Customer customer = data.customers().newCustomer(entry.customer());
        data.customers.put(customer);
        List<PaymentMethod> methods = new ArrayList<>();
        for (SeedPaymentMethod seeded : entry.paymentMethods()) {
            String id = Catalog.idOrNew(seeded.paymentMethodId(), "fpm_", data.paymentMethods, "payment_method_id");
            PaymentMethod.Card card = new PaymentMethod.Card(
                    seeded.brand(), seeded.last4(), 12, data.clock.today().getYear() + 3);
            PaymentMethod method = new PaymentMethod(id, customer.id(), seeded.offSession(), card, data.clock.now());
            data.paymentMethods.put(method);
            methods.add(method);
        }
        List<Letter> letters = new ArrayList<>();
        for (SeedLetter seeded : entry.letters()) {
            letters.add(new Letter(customer.id(), seeded.visitType(), seeded.consultationDate()));
        }
        data.letters.addAll(letters);
        return new SeededCustomer(customer, methods, letters);
    }

    private List<Problem> check(Seed seed) {
        List<Problem> problems = new ArrayList<>();
        Set<String> productIds = new HashSet<>();
        for (int i = 0; i < seed.products().size(); i++) {
            String id = seed.products().get(i).productId();
            checkId(id, data.products, productIds, problems, "products", i, "product_id");
            if (id != null) {
                productIds.add(id);
            }
        }
        Set<String> priceIds = new HashSet<>();
        for (int i = 0; i < seed.prices().size(); i++) {
            PriceDraft price = seed.prices().get(i);
            checkId(price.priceId(), data.prices, priceIds, problems, "prices", i, "price_id");
            if (!productIds.contains(price.productId()) && !data.products.contains(price.productId())) {
                problems.add(Problem.of(
                        "product_not_found", "No such product: " + price.productId(), "prices", i, "product"));
            }
        }
        Set<String> customerIds = new HashSet<>();
        Set<String> methodIds = new HashSet<>();
        for (int i = 0; i < seed.customers().size(); i++) {
            SeedCustomer customer = seed.customers().get(i);
            checkId(
                    customer.customer().customerId(),
                    data.customers,
                    customerIds,
                    problems,
                    "customers",
                    i,
                    "customer_id");
            for (int j = 0; j < customer.paymentMethods().size(); j++) {
                checkId(
                        customer.paymentMethods().get(j).paymentMethodId(),
                        data.paymentMethods,
                        methodIds,
                        problems,
                        "customers",
                        i,
                        "payment_methods",
                        j,
                        "payment_method_id");
            }
        }
        return problems;
    }

    private static void checkId(String id, Store<?> store, Set<String> seen, List<Problem> problems, Object... loc) {
        if (id != null && (store.contains(id) || !seen.add(id))) {
            problems.add(Problem.of("id_already_exists", id + " already exists", loc));
        }
    }

    private void expireOpenSessions() {
        Instant now = data.clock.now();
        for (CheckoutSession session : data.checkoutSessions.newestFirst()) {
            if (session.status() == CheckoutSessionStatus.OPEN
                    && !session.expiresAt().isAfter(now)) {
                data.checkoutSessions.put(session.withStatus(CheckoutSessionStatus.EXPIRED));
                // Sessions that charge nothing (setup, reimbursement) have no payment to cancel.
                data.paymentIntents.find(session.paymentIntentId()).ifPresent(payment -> {
                    data.paymentIntents.put(payment.canceled());
                    data.events.record("payment_intent.canceled", "payment_intent", payment.id());
                });
                data.coupons().releasedBy(session.id());
                data.events.record("checkout.session.expired", "checkout_session", session.id());
            }
        }
    }
}

package dev.flexkit.sandbox.domain;

import static dev.flexkit.sandbox.domain.Catalog.or;

import dev.flexkit.sandbox.domain.Drafts.CustomerChanges;
import dev.flexkit.sandbox.domain.Drafts.CustomerDraft;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Customers, their saved payment methods and their letters. */
public final class Customers {

    private final Dataset data;

    Customers(Dataset data) {
        this.data = data;
    }

    public Customer create(CustomerDraft draft) {
        return create(draft, null);
    }

    /**
     * @param checkoutSessionId an open session without a customer to attach the new customer to, or null
     */
    public Customer create(CustomerDraft draft, String checkoutSessionId) {
        return data.locked(() -> {
            CheckoutSession session = null;
            if (checkoutSessionId != null) {
                session = data.checkoutSessions
                        .find(checkoutSessionId)
                        .orElseThrow(() -> new RuleViolationException(Problem.of(
                                "checkout_session_not_found",
                                "No such checkout session: " + checkoutSessionId,
                                "checkout_session_id")));
                if (session.customerId() != null) {
                    throw new RuleViolationException(Problem.of(
                            "checkout_session_has_customer",
                            checkoutSessionId + " already has the customer " + session.customerId(),
                            "checkout_session_id"));
                }
            }
            Customer customer = newCustomer(draft);
            data.customers.put(customer);
            data.events.record("customer.created", "customer", customer.id());
            if (session != null) {
                data.checkoutSessions.put(session.withCustomer(customer.id()));
            }
            return customer;
        });
    }

    public Customer update(String id, CustomerChanges changes) {
        return data.locked(() -> {
            Customer old = data.customers.require(id);
            Customer updated = new Customer(
                    id,
                    or(changes.firstName(), old.firstName()),
                    or(changes.lastName(), old.lastName()),
                    or(changes.email(), old.email()),
                    or(changes.phone(), old.phone()),
                    or(changes.employer(), old.employer()),
                    changes.shipping() == null ? old.shipping() : withShippingId(changes.shipping()),
                    or(changes.metadata(), old.metadata()),
                    old.createdAt());
            data.customers.put(updated);
            data.events.record("customer.updated", "customer", updated.id());
            return updated;
        });
    }

    public Customer customer(String id) {
        return data.reading(() -> data.customers.require(id));
    }

    public List<Customer> list(String email, Page page) {
        Predicate<Customer> filter = email == null ? null : c -> email.equalsIgnoreCase(c.email());
        return data.reading(() -> data.customers.page(filter, page));
    }

    public List<PaymentMethod> paymentMethods(String customerId, Page page) {
        return data.locked(() -> {
            data.customers.require(customerId);
            return page.of(data.paymentMethods.newestFirst().stream()
                    .filter(pm -> pm.customerId().equals(customerId))
                    .toList());
        });
    }

    public PaymentMethod paymentMethod(String customerId, String paymentMethodId) {
        return data.locked(() -> {
            data.customers.require(customerId);
            return data.paymentMethods
                    .find(paymentMethodId)
                    .filter(pm -> pm.customerId().equals(customerId))
                    .orElseThrow(() -> new NotFoundException("payment method", paymentMethodId));
        });
    }

    /** @return every letter of the customer, valid or not, oldest first */
    public List<Letter> letters(String customerId) {
        return data.locked(() -> {
            data.customers.require(customerId);
            return lettersOf(customerId);
        });
    }

    List<Letter> lettersOf(String customerId) {
        return data.letters.of(customerId);
    }

    Optional<Customer> byEmail(String email) {
        return data.customers.newestFirst().stream()
                .filter(c -> email.equalsIgnoreCase(c.email()))
                .findFirst();
    }

    Customer newCustomer(CustomerDraft draft) {
        String id = Catalog.idOrNew(draft.customerId(), "fcus_", data.customers, "customer_id");
        return new Customer(
                id,
                draft.firstName(),
                draft.lastName(),
                draft.email(),
                draft.phone(),
                draft.employer(),
                draft.shipping() == null ? null : withShippingId(draft.shipping()),
                or(draft.metadata(), Map.of()),
                data.clock.now());
    }

    private static Address withShippingId(Address address) {
        return new Address(
                Ids.next("fsh_"),
                address.line1(),
                address.line2(),
                address.city(),
                address.state(),
                address.postalCode(),
                address.country());
    }
}

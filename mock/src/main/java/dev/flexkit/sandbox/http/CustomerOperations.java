package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.AddressParams;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.CustomerEnvelope;
import dev.flexkit.client.model.CustomerList;
import dev.flexkit.client.model.CustomerUpdateParams;
import dev.flexkit.client.model.CustomerUpdateRequest;
import dev.flexkit.client.model.PaymentMethodEnvelope;
import dev.flexkit.client.model.PaymentMethodList;
import dev.flexkit.sandbox.domain.Address;
import dev.flexkit.sandbox.domain.Customer;
import dev.flexkit.sandbox.domain.Drafts;
import java.util.Map;

/** The customer and payment method operations of the contract. */
final class CustomerOperations {

    private CustomerOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put("createCustomer", CustomerOperations::create);
        operations.put(
                "listCustomers",
                call -> new CustomerList()
                        .customers(call.dataset().customers().list(call.query("email"), call.page()).stream()
                                .map(Views::customer)
                                .toList()));
        operations.put(
                "retrieveCustomer", call -> envelope(call.dataset().customers().customer(call.path("id"))));
        operations.put("updateCustomer", CustomerOperations::update);
        operations.put("listCustomerPaymentMethods", call -> {
            Customer owner = call.dataset().customers().customer(call.path("id"));
            return new PaymentMethodList()
                    .paymentMethods(call.dataset().customers().paymentMethods(owner.id(), call.page()).stream()
                            .map(pm -> Views.paymentMethod(pm, owner))
                            .toList());
        });
        operations.put("retrieveCustomerPaymentMethod", call -> {
            Customer owner = call.dataset().customers().customer(call.path("id"));
            return new PaymentMethodEnvelope()
                    .paymentMethod(Views.paymentMethod(
                            call.dataset().customers().paymentMethod(owner.id(), call.path("pm_id")), owner));
        });
    }

    private static Object create(ApiCall call) {
        CustomerCreateParams p = call.body(CustomerCreateRequest.class).getCustomer();
        return envelope(call.dataset()
                .customers()
                .create(
                        new Drafts.CustomerDraft(
                                null,
                                p.getFirstName(),
                                p.getLastName(),
                                p.getEmail(),
                                p.getPhone(),
                                p.getEmployer(),
                                address(p.getShipping()),
                                CustomerMetadata.of(p.getMetadata())),
                        p.getCheckoutSessionId()));
    }

    private static Object update(ApiCall call) {
        CustomerUpdateParams p = call.body(CustomerUpdateRequest.class).getCustomer();
        return envelope(call.dataset()
                .customers()
                .update(
                        call.path("id"),
                        new Drafts.CustomerChanges(
                                p.getFirstName(),
                                p.getLastName(),
                                p.getEmail(),
                                p.getPhone(),
                                p.getEmployer(),
                                address(p.getShipping()),
                                CustomerMetadata.of(p.getMetadata()))));
    }

    private static Address address(AddressParams a) {
        return a == null
                ? null
                : new Address(
                        null, a.getLine1(), a.getLine2(), a.getCity(), a.getState(), a.getPostalCode(), a.getCountry());
    }

    private static CustomerEnvelope envelope(Customer customer) {
        return new CustomerEnvelope().customer(Views.customer(customer));
    }
}

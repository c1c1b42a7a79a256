package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.model.AddressParams;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.CustomerUpdateParams;
import dev.flexkit.client.model.CustomerUpdateRequest;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomersApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    private Customer create(String email) throws ApiException {
        return sandbox.customers()
                .createCustomer(new CustomerCreateRequest()
                        .customer(new CustomerCreateParams()
                                .firstName("John")
                                .lastName("Doe")
                                .email(email)
                                .phone("+15555555555")
                                .shipping(new AddressParams()
                                        .line1("1 Main St")
                                        .city("Los Angeles")
                                        .state("CA")
                                        .postalCode("90210")
                                        .country("US"))))
                .getCustomer();
    }

    @Test
    void aCreatedCustomerCanBeReadBack() throws Exception {
        Customer created = create("john@example.com");

        Customer read =
                sandbox.customers().retrieveCustomer(created.getCustomerId()).getCustomer();

        assertThat(created.getCustomerId()).startsWith("fcus_");
        assertThat(read).isEqualTo(created);
        assertThat(read.getShipping().getShippingAddressId()).startsWith("fsh_");
        assertThat(read.getTestMode()).isTrue();
    }

    @Test
    void anUpdateChangesOnlyTheGivenFields() throws Exception {
        Customer created = create("john@example.com");

        Customer updated = sandbox.customers()
                .updateCustomer(
                        created.getCustomerId(),
                        new CustomerUpdateRequest().customer(new CustomerUpdateParams().employer("Flex")))
                .getCustomer();

        assertThat(updated.getEmployer()).isEqualTo("Flex");
        assertThat(updated.getEmail()).isEqualTo("john@example.com");
        assertThat(sandbox.customers()
                        .retrieveCustomer(created.getCustomerId())
                        .getCustomer()
                        .getEmployer())
                .isEqualTo("Flex");
    }

    @Test
    void listFindsByEmailAndPages() throws Exception {
        Customer a = create("a@example.com");
        Customer b = create("b@example.com");
        Customer c = create("c@example.com");

        assertThat(ids(sandbox.customers()
                        .listCustomers(new CustomersApi.ListCustomersParams().email("b@example.com"))
                        .getCustomers()))
                .containsExactly(b.getCustomerId());
        assertThat(ids(sandbox.customers()
                        .listCustomers(new CustomersApi.ListCustomersParams().limit(2))
                        .getCustomers()))
                .containsExactly(c.getCustomerId(), b.getCustomerId());
        assertThat(ids(sandbox.customers()
                        .listCustomers(new CustomersApi.ListCustomersParams().startingAfter(b.getCustomerId()))
                        .getCustomers()))
                .containsExactly(a.getCustomerId());
        assertThat(ids(sandbox.customers()
                        .listCustomers(new CustomersApi.ListCustomersParams().endingBefore(a.getCustomerId()))
                        .getCustomers()))
                .containsExactly(c.getCustomerId(), b.getCustomerId());
        assertThat(ids(sandbox.customers()
                        .listCustomers(
                                new CustomersApi.ListCustomersParams().limit(1).offset(2))
                        .getCustomers()))
                .containsExactly(a.getCustomerId());
    }

    @Test
    void paymentMethodsSavedByACheckoutAreListedAndRetrieved() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();
        CompletedCheckout done = Fixtures.complete(sandbox, session, "approved", "jane@example.com");

        List<PaymentMethod> methods = sandbox.customers()
                .listCustomerPaymentMethods(done.getCustomerId())
                .getPaymentMethods();
        PaymentMethod one = sandbox.customers()
                .retrieveCustomerPaymentMethod(done.getCustomerId(), done.getPaymentMethodId())
                .getPaymentMethod();

        assertThat(methods).singleElement().satisfies(pm -> {
            assertThat(pm.getPaymentMethodId())
                    .isEqualTo(done.getPaymentMethodId())
                    .startsWith("fpm_");
            assertThat(pm.getOffSession()).isTrue();
            assertThat(pm.getCustomer().getId()).isEqualTo(done.getCustomerId());
            assertThat(pm.getCard().getLast4()).isEqualTo("4242");
        });
        assertThat(one).isEqualTo(methods.get(0));
    }

    @Test
    void aPaymentMethodOfAnotherCustomerIsNotFound() throws Exception {
        Fixtures.seed(sandbox);
        Customer other = create("other@example.com");

        assertThatThrownBy(() -> sandbox.customers().retrieveCustomerPaymentMethod(other.getCustomerId(), HOLDER_CARD))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).isEqualTo("{\"detail\":\"not_found\"}");
                });
        assertThat(sandbox.customers()
                        .retrieveCustomerPaymentMethod(HOLDER, HOLDER_CARD)
                        .getPaymentMethod()
                        .getOffSession())
                .isTrue();
    }

    @Test
    void aCustomerCreatedForACheckoutSessionIsAttachedToIt() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();

        Customer customer = sandbox.customers()
                .createCustomer(new CustomerCreateRequest()
                        .customer(new CustomerCreateParams()
                                .email("attached@example.com")
                                .checkoutSessionId(session)))
                .getCustomer();

        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(session)
                        .getCheckoutSession()
                        .getCustomer()
                        .getId())
                .isEqualTo(customer.getCustomerId());
        assertThatThrownBy(() -> sandbox.customers()
                        .createCustomer(new CustomerCreateRequest()
                                .customer(new CustomerCreateParams()
                                        .email("second@example.com")
                                        .checkoutSessionId(session))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.getResponseBody()).contains("checkout_session_has_customer"));
        assertThatThrownBy(() -> sandbox.customers()
                        .createCustomer(new CustomerCreateRequest()
                                .customer(new CustomerCreateParams()
                                        .email("lost@example.com")
                                        .checkoutSessionId("fcs_nope"))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.getResponseBody()).contains("checkout_session_not_found"));
        assertThat(sandbox.customers().listCustomers().getCustomers())
                .as("refused creations store nothing")
                .extracting(Customer::getEmail)
                .hasSize(1 + Fixtures.catalog().getCustomers().size())
                .first()
                .isEqualTo("attached@example.com");
    }

    @Test
    void unknownCustomersAreNotFoundEverywhere() {
        assertThatThrownBy(() -> sandbox.customers().retrieveCustomer("fcus_nope"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.customers()
                        .updateCustomer(
                                "fcus_nope",
                                new CustomerUpdateRequest().customer(new CustomerUpdateParams().employer("x"))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.customers().listCustomerPaymentMethods("fcus_nope"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private static List<String> ids(List<Customer> customers) {
        return customers.stream().map(Customer::getCustomerId).toList();
    }
}

package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.CustomerUpdateParams;
import dev.flexkit.client.model.CustomerUpdateRequest;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.conformance.target.Fixtures;
import dev.flexkit.conformance.target.Fixtures.CustomerRole;
import dev.flexkit.sandbox.client.model.Letter;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers: the preconditions a scenario names by role, and what the merchant does with customers. A
 * precondition is checked where the target can show it: the off-session card through Flex's API everywhere,
 * the letters through the sandbox's control API on the sandbox. Flex's API does not show letters: on live the
 * fixtures file must declare the letter, and a refusal that depends on it is reported as not proven
 * ({@link World#refusalProvesTheRule()}). That a customer holds no letter needs no such care: were it false, the
 * checkout would go through and the scenario fail.
 */
public final class CustomerSteps {

    private final World world;
    private final Map<String, Customer> created = new java.util.LinkedHashMap<>();
    private List<PaymentMethod> paymentMethods;
    private List<Customer> found;
    private final List<List<Customer>> pages = new ArrayList<>();

    public CustomerSteps(World world) {
        this.world = world;
    }

    @Given("{string} holds a valid {string} letter and a card saved for off-session payments")
    @StepDoc("A customer of the fixtures who holds a valid letter for that visit type and an off-session card.")
    public void holdsValidLetter(String role, String visitType) throws Exception {
        expectOffSessionCard(role, true);
        expectLetters(role, List.of(visitType), true);
    }

    @Given(
            "{string} holds valid letters for the {string} and {string} visit types and a card saved for off-session payments")
    @StepDoc("A customer of the fixtures who holds valid letters for both visit types and an off-session card.")
    public void holdsTwoLetters(String role, String first, String second) throws Exception {
        expectOffSessionCard(role, true);
        expectLetters(role, List.of(first, second), true);
    }

    @Given("{string} holds an expired {string} letter and a card saved for off-session payments")
    @StepDoc("A customer of the fixtures whose letter for that visit type has expired, with an off-session card.")
    public void holdsExpiredLetter(String role, String visitType) throws Exception {
        expectOffSessionCard(role, true);
        expectLetters(role, List.of(visitType), false);
    }

    @Given("{string} has a card saved for off-session payments")
    @StepDoc(
            "A customer of the fixtures with an off-session card; what letters they hold does not matter to the scenario.")
    public void offSessionCard(String role) throws Exception {
        expectOffSessionCard(role, true);
    }

    @Given("{string} has a card saved for off-session payments but no letter")
    @StepDoc("A customer of the fixtures with an off-session card and no letter at all.")
    public void noLetter(String role) throws Exception {
        expectOffSessionCard(role, true);
        if (world.onSandbox()) {
            assertThat(world.control()
                            .listCustomerLetters(world.customer(role).customerId())
                            .getLetters())
                    .isEmpty();
        }
    }

    @Given("{string} has a card that was not saved for off-session payments")
    @StepDoc("A customer of the fixtures whose card was saved without setup_future_use off_session.")
    public void notOffSession(String role) throws Exception {
        expectOffSessionCard(role, false);
    }

    @When("the merchant looks for customers with the email of {string}")
    @StepDoc("Lists customers filtered by the email of that role's customer.")
    public void findByEmail(String role) throws ApiException {
        found = world.customers()
                .listCustomers(new CustomersApi.ListCustomersParams()
                        .email(world.customer(role).email()))
                .getCustomers();
    }

    @Then("exactly {string} is found")
    @StepDoc("The customers found are that role's customer, and only them.")
    public void exactlyFound(String role) {
        assertThat(found)
                .extracting(Customer::getCustomerId)
                .containsExactly(world.customer(role).customerId());
    }

    @When("the merchant lists the payment methods of {string}")
    @StepDoc("Lists the saved payment methods of that role's customer.")
    public void listPaymentMethods(String role) throws ApiException {
        paymentMethods = world.customers()
                .listCustomerPaymentMethods(world.customer(role).customerId())
                .getPaymentMethods();
    }

    @Then("one of them is saved for off-session payments")
    @StepDoc("Among the payment methods listed, one has off_session true.")
    public void oneIsOffSession() {
        assertThat(paymentMethods)
                .anySatisfy(pm -> assertThat(pm.getOffSession()).isTrue());
    }

    @Then("it can be retrieved on its own")
    @StepDoc("The off-session payment method listed is the same when retrieved by its id.")
    public void retrievedOnItsOwn() throws ApiException {
        PaymentMethod listed = paymentMethods.stream()
                .filter(PaymentMethod::getOffSession)
                .findFirst()
                .orElseThrow();
        PaymentMethod retrieved = world.customers()
                .retrieveCustomerPaymentMethod(listed.getCustomer().getId(), listed.getPaymentMethodId())
                .getPaymentMethod();
        assertThat(retrieved.getPaymentMethodId()).isEqualTo(listed.getPaymentMethodId());
        assertThat(retrieved.getOffSession()).isTrue();
    }

    @Then("every payment method belongs to {string}")
    @StepDoc("Every payment method listed names that role's customer.")
    public void allBelongTo(String role) {
        assertThat(paymentMethods)
                .isNotEmpty()
                .allSatisfy(pm -> assertThat(pm.getCustomer().getId())
                        .isEqualTo(world.customer(role).customerId()));
    }

    @Then("the customer of the checkout has a card saved for off-session payments")
    @StepDoc(
            "The customer of the last checkout has, among their payment methods, the card they paid with, saved for off-session payments.")
    public void checkoutCustomerHasOffSessionCard() throws ApiException {
        String customerId = world.session().getCustomer().getId();
        assertThat(customerId).isEqualTo(world.payer().customerId());
        assertThat(world.customers().listCustomerPaymentMethods(customerId).getPaymentMethods())
                .anySatisfy(pm -> {
                    assertThat(pm.getPaymentMethodId()).isEqualTo(world.payer().paymentMethodId());
                    assertThat(pm.getOffSession()).isTrue();
                });
    }

    @Then("its customer is the customer with the email {string}")
    @StepDoc("The customer of the last checkout is the one that listing customers by that email finds.")
    public void customerByEmail(String email) throws ApiException {
        List<Customer> byEmail = world.customers()
                .listCustomers(new CustomersApi.ListCustomersParams().email(email))
                .getCustomers();
        assertThat(byEmail)
                .extracting(Customer::getCustomerId)
                .containsExactly(world.session().getCustomer().getId());
    }

    @When("the merchant creates a customer {string}")
    @StepDoc("Creates a customer with that first and last name and an email of its own.")
    public void createCustomer(String name) throws ApiException {
        create(name);
    }

    @When("the merchant creates the customers {string}, {string} and {string}")
    @StepDoc("Creates three customers, in that order.")
    public void createCustomers(String first, String second, String third) throws ApiException {
        for (String name : List.of(first, second, third)) {
            create(name);
        }
    }

    @Then("the customer can be read back with the same details")
    @StepDoc("Retrieving the customer last created gives back what was created.")
    public void readBack() throws ApiException {
        Customer last = lastCreated();
        Customer read = world.customers().retrieveCustomer(last.getCustomerId()).getCustomer();
        assertThat(read.getCustomerId()).startsWith("fcus_");
        assertThat(read)
                .usingRecursiveComparison()
                .comparingOnlyFields("firstName", "lastName", "email", "phone")
                .isEqualTo(last);
    }

    @When("the merchant changes the employer of the customer to {string}")
    @StepDoc("Updates the employer of the customer last created, and nothing else.")
    public void changeEmployer(String employer) throws ApiException {
        Customer updated = world.customers()
                .updateCustomer(
                        lastCreated().getCustomerId(),
                        new CustomerUpdateRequest().customer(new CustomerUpdateParams().employer(employer)))
                .getCustomer();
        created.put(lastName(), updated);
    }

    @Then("the customer's employer is {string}")
    @StepDoc("Retrieving the customer last created shows that employer and the other details unchanged.")
    public void employerIs(String employer) throws ApiException {
        Customer read = world.customers()
                .retrieveCustomer(lastCreated().getCustomerId())
                .getCustomer();
        assertThat(read.getEmployer()).isEqualTo(employer);
        assertThat(read.getEmail()).isEqualTo(lastCreated().getEmail());
    }

    @When("the merchant lists customers {int} at a time")
    @StepDoc(
            "Lists customers page by page (limit, then starting_after the last one), until the customers created in the scenario have all been seen or five pages were read.")
    public void listPages(int size) throws ApiException {
        String cursor = null;
        Set<String> wanted = new LinkedHashSet<>(
                created.values().stream().map(Customer::getCustomerId).toList());
        for (int page = 0; page < 5 && !wanted.isEmpty(); page++) {
            List<Customer> customers = world.customers()
                    .listCustomers(new CustomersApi.ListCustomersParams()
                            .startingAfter(cursor)
                            .limit(size))
                    .getCustomers();
            assertThat(customers).hasSizeLessThanOrEqualTo(size);
            pages.add(customers);
            customers.forEach(c -> wanted.remove(c.getCustomerId()));
            if (customers.size() < size) {
                break;
            }
            cursor = customers.get(customers.size() - 1).getCustomerId();
        }
    }

    @Then("the pages do not repeat a customer")
    @StepDoc("No customer appears on two pages.")
    public void noRepeats() {
        List<String> all = pages.stream()
                .flatMap(List::stream)
                .map(Customer::getCustomerId)
                .toList();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Then("the new customers come newest first: {string}, {string}, {string}")
    @StepDoc("Across the pages, the customers created in the scenario come in that order.")
    public void newestFirst(String first, String second, String third) {
        List<String> order = pages.stream()
                .flatMap(List::stream)
                .map(Customer::getCustomerId)
                .filter(id -> created.values().stream()
                        .anyMatch(c -> c.getCustomerId().equals(id)))
                .toList();
        assertThat(order)
                .containsExactly(
                        created.get(first).getCustomerId(),
                        created.get(second).getCustomerId(),
                        created.get(third).getCustomerId());
    }

    private void create(String name) throws ApiException {
        String[] parts = name.split(" ", 2);
        Customer customer = world.customers()
                .createCustomer(new CustomerCreateRequest()
                        .customer(new CustomerCreateParams()
                                .firstName(parts[0])
                                .lastName(parts.length > 1 ? parts[1] : null)
                                .email(world.uniqueEmail(name))
                                .phone("+15555555555")))
                .getCustomer();
        created.put(name, customer);
    }

    private Customer lastCreated() {
        return created.get(lastName());
    }

    private String lastName() {
        return created.keySet().stream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No customer created yet"));
    }

    private void expectOffSessionCard(String role, boolean offSession) throws ApiException {
        CustomerRole customer = world.customer(role);
        PaymentMethod card = world.customers()
                .retrieveCustomerPaymentMethod(customer.customerId(), customer.paymentMethodId())
                .getPaymentMethod();
        assertThat(card.getOffSession())
                .as("off_session of " + role + "'s card in the fixtures")
                .isEqualTo(offSession);
    }

    private void expectLetters(String role, List<String> visitTypes, boolean valid) throws Exception {
        if (!world.onSandbox()) {
            List<String> declared = world.customer(role).letters().stream()
                    .map(Fixtures.DeclaredLetter::visitType)
                    .toList();
            assertThat(declared)
                    .as("the " + visitTypes + " letters of " + role + " in the fixtures file")
                    .containsAll(visitTypes);
            world.preconditionNotChecked("that " + role + " holds " + (valid ? "a valid " : "an expired ") + visitTypes
                    + " letter cannot be checked (Flex's API does not show letters)");
            return;
        }
        LocalDate today = world.control().getClock().getNow().toLocalDate();
        List<Letter> letters = world.control()
                .listCustomerLetters(world.customer(role).customerId())
                .getLetters();
        for (String visitType : visitTypes) {
            assertThat(letters)
                    .as(role + "'s " + visitType + " letters on " + today)
                    .anySatisfy(letter -> {
                        assertThat(letter.getVisitType()).isEqualTo(visitType);
                        assertThat(!today.isAfter(letter.getValidThrough())
                                        && !today.isBefore(letter.getConsultationDate()))
                                .isEqualTo(valid);
                    });
        }
    }
}

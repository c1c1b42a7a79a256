package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.conformance.target.Fixtures.CustomerRole;
import dev.flexkit.conformance.target.HostedCheckoutPage;
import dev.flexkit.conformance.target.HostedCheckoutPage.Answer;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer on the sandbox's hosted checkout page (the checkout's {@code redirect_url}), with plain form posts.
 * Scenarios that use these are {@code @sandbox-only}: Flex's own page is a JavaScript application.
 */
public final class HostedPageSteps {

    /** Flex substitutes it in {@code success_url} on the redirect (Flex's using-redirects page). */
    private static final String SESSION_ID_PLACEHOLDER = "{CHECKOUT_SESSION_ID}";

    private final World world;
    private HostedCheckoutPage page;
    private Answer answer;

    public HostedPageSteps(World world) {
        this.world = world;
    }

    @When("the customer opens the checkout's hosted page")
    @StepDoc("Opens the redirect_url of the last checkout session, as a browser without JavaScript. Sandbox only.")
    public void open() {
        page = HostedCheckoutPage.open(world.session().getRedirectUrl());
        answer = page.shown();
        assertThat(answer.status()).as("the hosted page of an open checkout").isEqualTo(200);
    }

    @Then("the hosted page shows {string} at {money}, {string}")
    @StepDoc(
            "A line of the hosted page's cart names the product, its amount and its HSA/FSA eligibility. Sandbox only.")
    public void showsItem(String product, Long cents, String eligibility) {
        List<String> lines = page.shown().html().select("tr.item").eachText();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(product + " " + eligibility)
                        .endsWith(String.format("$%,d.%02d", cents / 100, cents % 100)));
    }

    @Then("the hosted page asks for the consultation of the {string} visit type")
    @StepDoc(
            "The hosted page runs the consultation for a Letter of Medical Necessity of that visit type. Sandbox only.")
    public void asksForConsultation(String visitType) {
        assertThat(page.shown().html().select("fieldset legend").text())
                .contains("Letter of Medical Necessity (" + visitType + ")");
    }

    @When("the customer {string} pays on the hosted page with the card {string} and the consultation {word}")
    @StepDoc(
            "The customer fills in the hosted page's form (email, the consultation approved or denied, the card number) and pays. Sandbox only.")
    public void pay(String email, String card, String consultation) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("consultation", consultation);
        fields.put("card_number", card);
        answer = page.submit("pay", fields);
        if (answer.status() == 303) {
            String id = world.session().getCheckoutSessionId();
            world.attempt(
                    () -> world.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession());
            String customer = world.session().getCustomer().getId();
            String paidWith = world.checkoutSessions()
                    .retrieveCheckoutSession(
                            id,
                            new dev.flexkit.client.api.CheckoutSessionsApi.RetrieveCheckoutSessionParams()
                                    .expandPaymentIntent(true))
                    .getCheckoutSession()
                    .getPaymentIntent()
                    .getObject()
                    .getPaymentMethod();
            world.payer(new CustomerRole(customer, paidWith, email));
        } else {
            page = HostedCheckoutPage.open(world.session().getRedirectUrl());
        }
    }

    @When("the customer cancels on the hosted page")
    @StepDoc("The customer leaves the hosted page with its cancel button, without filling anything in. Sandbox only.")
    public void cancel() {
        answer = page.submit("cancel", Map.of());
    }

    @Then("the hosted page says {string}")
    @StepDoc("The hosted page came back with the form and that error message. Sandbox only.")
    public void says(String message) {
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.errors()).contains(message);
    }

    @Then("the checkout is still open")
    @StepDoc("The last checkout session, read again, is still open.")
    public void stillOpen() throws Exception {
        CheckoutSession now = world.checkoutSessions()
                .retrieveCheckoutSession(world.session().getCheckoutSessionId())
                .getCheckoutSession();
        assertThat(now.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Then("the customer is sent to the checkout's success_url with its session id")
    @StepDoc(
            "The hosted page redirected (303) to the checkout's success_url, with {CHECKOUT_SESSION_ID} replaced by the session's id. Sandbox only.")
    public void sentToSuccessUrl() {
        CheckoutSession session = world.session();
        assertThat(session.getSuccessUrl()).contains(SESSION_ID_PLACEHOLDER);
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location())
                .isEqualTo(session.getSuccessUrl().replace(SESSION_ID_PLACEHOLDER, session.getCheckoutSessionId()));
    }

    @Then("the customer is sent to the checkout's cancel_url")
    @StepDoc("The hosted page redirected (303) to the checkout's cancel_url. Sandbox only.")
    public void sentToCancelUrl() {
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo(world.session().getCancelUrl());
    }
}

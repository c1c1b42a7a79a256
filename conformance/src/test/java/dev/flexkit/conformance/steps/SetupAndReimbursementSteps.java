package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.LineItemParams;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;

/** The checkouts that charge nothing: setup saves a card, reimbursement gives the customer a letter to file. */
public final class SetupAndReimbursementSteps {

    private final World world;

    public SetupAndReimbursementSteps(World world) {
        this.world = world;
    }

    @When("the merchant opens a checkout that saves a card without a charge")
    @StepDoc("Creates a checkout with mode setup and no line items.")
    public void openSetup() {
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(new CheckoutSessionCreateParams()
                                .mode(CheckoutSessionMode.SETUP)
                                .lineItems(new ArrayList<>())
                                .successUrl("https://example.com/success")))
                .getCheckoutSession());
    }

    @When("the merchant opens a reimbursement checkout for {string}")
    @StepDoc(
            "Creates a checkout with mode reimbursement whose one line names the product of that role alone, as Flex's reimbursement page does.")
    public void openReimbursement(String product) {
        String productId = world.attemptValue(() ->
                        world.prices().retrievePrice(world.priceOf(product)).getPrice())
                .getProduct()
                .getId();
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(new CheckoutSessionCreateParams()
                                .mode(CheckoutSessionMode.REIMBURSEMENT)
                                .addLineItemsItem(new LineItemParams().product(productId))
                                .successUrl("https://example.com/thank-you?success=true")
                                .cancelUrl("https://example.com/thank-you?canceled=true")))
                .getCheckoutSession());
    }

    @Then("nothing was charged")
    @StepDoc("The last checkout has no payment intent and received nothing.")
    public void nothingCharged() {
        CheckoutSession session = world.session();
        assertThat(session.getPaymentIntent()).isNull();
        assertThat(session.getAmountReceived()).isZero();
    }

    @Then("the customer of the checkout holds a {string} letter")
    @StepDoc("The customer who completed the last checkout holds a valid letter for that visit type. Sandbox only.")
    public void holdsALetter(String visitType) {
        assertThat(world.attemptControl(() -> world.control()
                                .listCustomerLetters(world.payer().customerId()))
                        .getLetters())
                .anySatisfy(letter -> assertThat(letter.getVisitType()).isEqualTo(visitType));
    }

    @Then("the checkout has a setup intent")
    @StepDoc("The last checkout names its setup intent (fseti_...).")
    public void setupIntent() {
        assertThat(world.session().getSetupIntent()).startsWith("fseti_");
    }
}

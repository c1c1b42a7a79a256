package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.LineItem;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PaymentIntent;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.conformance.target.Fixtures.CustomerRole;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** Checkout sessions: what the merchant creates, and what comes back. */
public final class CheckoutSteps {

    private final World world;

    public CheckoutSteps(World world) {
        this.world = world;
    }

    @When("the merchant charges {string} off-session for {cart}")
    @StepDoc(
            "Creates an off-session checkout (mode off_session) for the customer of that role, with their off-session card.")
    public void chargeOffSession(String customer, Cart cart) {
        CustomerRole who = world.customer(customer);
        charge(who.customerId(), who.paymentMethodId(), cart);
    }

    @When("the merchant charges {string} off-session with the card of {string} for {cart}")
    @StepDoc("Creates an off-session checkout for one customer paid with the card of another.")
    public void chargeOffSessionWithAnothersCard(String customer, String cardOwner, Cart cart) {
        charge(world.customer(customer).customerId(), world.customer(cardOwner).paymentMethodId(), cart);
    }

    @When("the merchant charges {string} off-session without a card for {cart}")
    @StepDoc("Creates an off-session checkout for the customer of that role that names no payment method.")
    public void chargeWithoutCard(String customer, Cart cart) {
        charge(world.customer(customer).customerId(), null, cart);
    }

    @When("the merchant charges the card of {string} off-session without naming the customer for {cart}")
    @StepDoc("Creates an off-session checkout with the off-session card of that role's customer but no customer.")
    public void chargeCardWithoutCustomer(String cardOwner, Cart cart) {
        charge(null, world.customer(cardOwner).paymentMethodId(), cart);
    }

    @When("the merchant charges nobody off-session for {cart}")
    @StepDoc("Creates an off-session checkout that names no customer and no payment method.")
    public void chargeNobody(Cart cart) {
        charge(null, null, cart);
    }

    @When("the merchant charges that customer off-session with that card for {cart}")
    @StepDoc(
            "Creates an off-session checkout for the customer who last completed a hosted checkout, with the card they paid with.")
    public void chargeThatCustomer(Cart cart) {
        charge(world.payer().customerId(), world.payer().paymentMethodId(), cart);
    }

    @When("the merchant opens an on-session checkout for {cart} that saves the card for off-session payments")
    @StepDoc(
            "Creates an on-session checkout (mode payment) with setup_future_use off_session: the card the customer pays with will be saved for off-session payments.")
    public void openSavingTheCard(Cart cart) {
        open(cart, params -> params.setupFutureUse(SetupFutureUse.OFF_SESSION));
    }

    @When("the merchant opens an on-session checkout for {cart} that does not save the card")
    @StepDoc("Creates an on-session checkout without setup_future_use.")
    public void openWithoutSavingTheCard(Cart cart) {
        open(cart, params -> params);
    }

    @When("the merchant opens an on-session checkout for {cart} captured manually")
    @StepDoc(
            "Creates an on-session checkout with capture_method manual: the payment will be authorized and held, not captured.")
    public void openCapturedManually(Cart cart) {
        open(cart, params -> params.captureMethod(CaptureMethod.MANUAL).setupFutureUse(SetupFutureUse.OFF_SESSION));
    }

    @When("the merchant retrieves the checkout")
    @StepDoc("Reads the last checkout session again, without expansions.")
    public void retrieve() {
        String id = world.session().getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession());
    }

    @When("the merchant retrieves the checkout expanding the customer and the payment intent")
    @StepDoc("Reads the last checkout session with expand_customer and expand_payment_intent.")
    public void retrieveExpanded() {
        String id = world.session().getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions()
                .retrieveCheckoutSession(
                        id,
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams()
                                .expandCustomer(true)
                                .expandPaymentIntent(true))
                .getCheckoutSession());
    }

    @When("the merchant asks to reauthorize it")
    @StepDoc("Calls Reauth Checkout Session on the last checkout session.")
    public void reauthorize() {
        String id = world.session().getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions().reauthCheckoutSession(id).getCheckoutSession());
    }

    @When("the merchant cancels it")
    @StepDoc("Calls Cancel Checkout Session on the last checkout session.")
    public void cancel() {
        String id = world.session().getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions().cancelCheckoutSession(id).getCheckoutSession());
    }

    @Then("the checkout is complete")
    @StepDoc("The last checkout session has status complete.")
    public void isComplete() {
        assertThat(world.session().getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
    }

    @Then("the checkout is canceled")
    @StepDoc("The last checkout session has status canceled.")
    public void isCanceled() {
        assertThat(world.session().getStatus()).isEqualTo(CheckoutSessionStatus.CANCELED);
    }

    @Then("the checkout is open and waiting for the customer on Flex's hosted page")
    @StepDoc("The last checkout session is open and has a redirect_url to Flex's hosted checkout.")
    public void isOpen() {
        CheckoutSession session = world.session();
        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(session.getRedirectUrl()).contains(session.getCheckoutSessionId());
    }

    @Then("its payment succeeded for {money}")
    @StepDoc(
            "The payment intent of the last checkout (read with expand_payment_intent) succeeded, and the amount received is that amount.")
    public void paymentSucceeded(Long cents) throws ApiException {
        PaymentIntent payment = expandedPayment();
        assertThat(payment.getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(payment.getAmountReceived()).isEqualTo(cents);
        assertThat(world.session().getAmountTotal()).isEqualTo(cents);
    }

    @Then("its payment is authorized and waiting to be captured")
    @StepDoc("The payment intent of the last checkout has status requires_capture.")
    public void paymentHeld() throws ApiException {
        assertThat(expandedPayment().getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
    }

    @Then("its total is {money}")
    @StepDoc("The amount_total of the last checkout session.")
    public void total(Long cents) {
        assertThat(world.session().getAmountTotal()).isEqualTo(cents);
    }

    @Then("the checkout does not require a letter")
    @StepDoc("letter_of_medical_necessity_required is false on the last checkout session.")
    public void requiresNoLetter() {
        assertThat(world.session().getLetterOfMedicalNecessityRequired()).isFalse();
    }

    @Then("the checkout requires a letter for the {string} visit type")
    @StepDoc("letter_of_medical_necessity_required is true and visit_type is the given one.")
    public void requiresLetter(String visitType) {
        assertThat(world.session().getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(world.session().getVisitType()).isEqualTo(VisitType.fromValue(visitType));
    }

    @Then("the checkout is for the {string} visit type")
    @StepDoc("visit_type of the last checkout session.")
    public void visitType(String visitType) {
        assertThat(world.session().getVisitType()).isEqualTo(VisitType.fromValue(visitType));
    }

    @Then("its line items are {cart}")
    @StepDoc("Lists the line items of the last checkout: the same products, quantities and order.")
    public void lineItems(Cart cart) throws ApiException {
        List<LineItem> items = world.checkoutSessions()
                .listCheckoutSessionLineItems(world.session().getCheckoutSessionId())
                .getLineItems();
        assertThat(items)
                .extracting(item -> item.getPrice().getPriceId(), LineItem::getQuantity)
                .containsExactlyElementsOf(cart.lines().stream()
                        .map(line ->
                                org.assertj.core.groups.Tuple.tuple(world.priceOf(line.product()), line.quantity()))
                        .toList());
    }

    @Then("its customer and payment intent are given as ids")
    @StepDoc("customer and payment_intent of the last checkout are ids, not objects.")
    public void notExpanded() {
        assertThat(world.session().getCustomer().isExpanded()).isFalse();
        assertThat(world.session().getPaymentIntent().isExpanded()).isFalse();
        assertThat(world.session().getPaymentIntent().getId()).startsWith("fpi_");
    }

    @Then("its customer is {string} in full")
    @StepDoc("customer of the last checkout is the customer object of that role.")
    public void customerExpanded(String customer) {
        assertThat(world.session().getCustomer().isExpanded()).isTrue();
        assertThat(world.session().getCustomer().getObject().getCustomerId())
                .isEqualTo(world.customer(customer).customerId());
    }

    @Then("its payment intent is given in full with the status {string}")
    @StepDoc("payment_intent of the last checkout is the payment intent object, with that status.")
    public void paymentExpanded(String status) {
        assertThat(world.session().getPaymentIntent().isExpanded()).isTrue();
        assertThat(world.session().getPaymentIntent().getObject().getStatus())
                .isEqualTo(PaymentIntentStatus.fromValue(status));
    }

    private void charge(String customer, String paymentMethod, Cart cart) {
        CheckoutSessionCreateParams params = lines(cart).mode(CheckoutSessionMode.OFF_SESSION);
        if (customer != null) {
            params.customer(customer);
        }
        if (paymentMethod != null) {
            params.paymentMethod(paymentMethod);
        }
        create(params);
    }

    private void open(Cart cart, java.util.function.UnaryOperator<CheckoutSessionCreateParams> options) {
        create(options.apply(lines(cart).mode(CheckoutSessionMode.PAYMENT)));
    }

    private void create(CheckoutSessionCreateParams params) {
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params))
                .getCheckoutSession());
    }

    CheckoutSessionCreateParams lines(Cart cart) {
        CheckoutSessionCreateParams params = new CheckoutSessionCreateParams()
                // Flex substitutes the placeholder on the redirect (its using-redirects page).
                .successUrl("https://example.com/success?session={CHECKOUT_SESSION_ID}")
                .cancelUrl("https://example.com/cancel");
        cart.lines()
                .forEach(line -> params.addLineItemsItem(new LineItemParams()
                        .price(world.priceOf(line.product()))
                        .quantity(line.quantity())));
        return params;
    }

    private PaymentIntent expandedPayment() throws ApiException {
        return world.checkoutSessions()
                .retrieveCheckoutSession(
                        world.session().getCheckoutSessionId(),
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getCheckoutSession()
                .getPaymentIntent()
                .getObject();
    }
}

package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.conformance.target.Fixtures.CustomerRole;
import dev.flexkit.sandbox.client.ApiException;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import dev.flexkit.sandbox.client.model.SeedCustomer;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.client.model.SeedLetter;
import dev.flexkit.sandbox.client.model.SeedPaymentMethod;
import dev.flexkit.sandbox.client.model.SeededCustomer;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What only the sandbox can do, through its control API: move the clock, make customers with letters of a
 * given date, and play the customer on the hosted checkout page. Scenarios that use these are
 * {@code @sandbox-only}.
 */
public final class SandboxSteps {

    private final World world;
    private final CheckoutSteps checkouts;

    /** The card Flex's subscriptions getting-started page documents as declined. */
    private static final String DECLINED_TEST_CARD = "4000000000009995";

    public SandboxSteps(World world, CheckoutSteps checkouts) {
        this.world = world;
        this.checkouts = checkouts;
    }

    @Given("today is {date}")
    @StepDoc("Sets the sandbox's clock to noon (UTC) of that day. Sandbox only.")
    public void today(LocalDate day) throws ApiException {
        world.control().setClock(new ClockChange().now(day.atTime(12, 0).atOffset(ZoneOffset.UTC)));
    }

    @Given("{string} got a {string} letter at a consultation on {date} and saved a card for off-session payments")
    @StepDoc(
            "Creates a customer holding a letter for that visit type from a consultation on that day, and an off-session card. Sandbox only.")
    public void letterFrom(String role, String visitType, LocalDate consultation) throws ApiException {
        String email = world.uniqueEmail(role);
        SeededCustomer seeded = world.control()
                .seed(new SeedDocument()
                        .addCustomersItem(new SeedCustomer()
                                .email(email)
                                .firstName(role)
                                .addPaymentMethodsItem(new SeedPaymentMethod().offSession(true))
                                .addLettersItem(
                                        new SeedLetter().visitType(visitType).consultationDate(consultation))))
                .getCustomers()
                .get(0);
        world.nameCustomer(
                role,
                new CustomerRole(
                        seeded.getCustomerId(), seeded.getPaymentMethods().get(0), email));
    }

    @When("the customer {string} completes it and the consultation is {word}")
    @StepDoc(
            "The customer with that email goes through the hosted checkout of the last checkout session; the consultation is approved or denied. Sandbox only.")
    public void complete(String email, String consultation) throws Exception {
        CompletedCheckout done = world.control()
                .completeCheckoutSession(
                        world.session().getCheckoutSessionId(),
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.fromValue(consultation))
                                .customer(new HostedCheckoutCustomer().email(email)));
        world.payer(new CustomerRole(done.getCustomerId(), done.getPaymentMethodId(), email));
        String id = done.getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession());
    }

    @When("the customer {string} pays it with Flex's declined test card")
    @StepDoc(
            "The customer with that email goes through the hosted checkout of the last checkout session and pays with 4000 0000 0000 9995, the card Flex's subscriptions guide documents as declined. Sandbox only.")
    public void payWithDeclinedCard(String email) {
        String id = world.session().getCheckoutSessionId();
        world.attemptOnHostedPage(() -> world.control()
                .completeCheckoutSession(
                        id,
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .cardNumber(DECLINED_TEST_CARD)
                                .customer(new HostedCheckoutCustomer().email(email))));
    }

    @Then("the card is declined and the checkout stays open")
    @StepDoc(
            "The hosted checkout answered 402 card_declined, and the last checkout session, read again, is still open with nothing received.")
    public void declined() {
        World.Refusal refusal = world.refusal();
        assertThat(refusal.status()).as(refusal.body().toString()).isEqualTo(402);
        assertThat(refusal.body().at("/detail/0/type").asText()).isEqualTo("card_declined");
        String id = world.session().getCheckoutSessionId();
        CheckoutSession again = world.attemptValue(
                () -> world.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession());
        assertThat(again.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(again.getAmountReceived()).isZero();
    }

    @When("the customer {string} saves Flex's declined test card on it")
    @StepDoc(
            "The customer with that email goes through the hosted checkout of the last checkout session, one that charges nothing (a setup checkout), with 4000 0000 0000 9995: nothing is charged, so the card is saved. Sandbox only.")
    public void saveDeclinedCard(String email) {
        String id = world.session().getCheckoutSessionId();
        CompletedCheckout done = world.attemptControl(() -> world.control()
                .completeCheckoutSession(
                        id,
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .cardNumber(DECLINED_TEST_CARD)
                                .customer(new HostedCheckoutCustomer().email(email))));
        world.payer(new CustomerRole(done.getCustomerId(), done.getPaymentMethodId(), email));
        world.attempt(() -> world.checkoutSessions().retrieveCheckoutSession(id).getCheckoutSession());
    }

    @Then("the card is declined and that customer's off-session checkout stays open")
    @StepDoc(
            "The off-session checkout answered 402 card_declined, and the customer who last completed a hosted checkout has one open off-session checkout (List Checkout Sessions by customer and status) with nothing received.")
    public void declinedOffSession() {
        World.Refusal refusal = world.refusal();
        assertThat(refusal.status()).as(refusal.body().toString()).isEqualTo(402);
        assertThat(refusal.body().at("/detail/0/type").asText()).isEqualTo("card_declined");
        List<CheckoutSession> open = world.attemptValue(() -> world.checkoutSessions()
                .listCheckoutSessions(new CheckoutSessionsApi.ListCheckoutSessionsParams()
                        .customer(world.payer().customerId())
                        .status(CheckoutSessionStatus.OPEN))
                .getCheckoutSessions());
        assertThat(open).singleElement().satisfies(session -> {
            assertThat(session.getMode()).isEqualTo(CheckoutSessionMode.OFF_SESSION);
            assertThat(session.getAmountReceived()).isZero();
        });
    }

    @When("{string} goes through an on-session checkout for {cart} and the consultation is approved")
    @StepDoc(
            "That role's customer buys the cart on-session, saving their card for off-session payments, and their consultation is approved. Sandbox only.")
    public void onSessionCheckout(String role, Cart cart) throws Exception {
        CustomerRole who = world.customer(role);
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(checkouts
                                .lines(cart)
                                .customer(who.customerId())
                                .setupFutureUse(SetupFutureUse.OFF_SESSION)))
                .getCheckoutSession());
        world.control()
                .completeCheckoutSession(
                        world.session().getCheckoutSessionId(),
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)
                                .customer(new HostedCheckoutCustomer().email(who.email())));
    }
}

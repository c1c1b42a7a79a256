package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.Invoice;
import dev.flexkit.client.model.InvoiceStatus;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PriceDataParams;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.client.model.Subscription;
import dev.flexkit.client.model.SubscriptionCancelParams;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.client.model.SubscriptionUpdateParams;
import dev.flexkit.client.model.SubscriptionUpdateRequest;
import dev.flexkit.contract.DocumentedBodies;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.Renewal;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscriptions: the checkout that makes one, its renewals as the sandbox's clock passes the end of each period, and
 * its cancellation. Renewals that the clock runs are read from the control API's answer: only the sandbox has a clock.
 */
public final class SubscriptionSteps {

    private final World world;
    /** The renewals the clock ran in this scenario, in order. */
    private final List<Renewal> renewals = new ArrayList<>();

    public SubscriptionSteps(World world) {
        this.world = world;
    }

    @When("the merchant opens a monthly subscription checkout for {string} at {money}")
    @StepDoc(
            "Creates an on-session checkout with mode subscription for that product, at that price every month (price_data with recurring).")
    public void openSubscription(String product, Long cents) {
        String productId = world.attemptValue(() ->
                        world.prices().retrievePrice(world.priceOf(product)).getPrice())
                .getProduct()
                .getId();
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(new CheckoutSessionCreateParams()
                                .mode(CheckoutSessionMode.SUBSCRIPTION)
                                .addLineItemsItem(new LineItemParams()
                                        .priceData(new PriceDataParams()
                                                .product(productId)
                                                .unitAmount(cents)
                                                .recurring(new RecurringParams()
                                                        .interval(RecurringInterval.MONTH)
                                                        .intervalCount(1L)))
                                        .quantity(1L))
                                .successUrl("https://example.com/success")
                                .cancelUrl("https://example.com/cancel")))
                .getCheckoutSession());
    }

    @Then("the subscription is {word}")
    @StepDoc(
            "The subscription of the last checkout has that status (active, past_due, canceled, ...), read with Get Subscription.")
    public void status(String status) {
        assertThat(subscription().getStatus()).isEqualTo(SubscriptionStatus.fromValue(status));
    }

    @Then("its latest invoice is {word} for {money}")
    @StepDoc("The latest invoice of the subscription, read with Get Invoice: its status (paid, open) and its total.")
    public void latestInvoice(String status, Long cents) {
        Invoice invoice = world.attemptValue(() -> world.invoices()
                .retrieveInvoice(subscription().getLatestInvoice().getId())
                .getInvoice());
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.fromValue(status));
        assertThat(invoice.getTotal()).isEqualTo(cents);
    }

    @When("{int} month(s) pass(es)")
    @StepDoc(
            "Moves the sandbox's clock that many months on; every renewal that falls due on the way runs, in order. Sandbox only.")
    public void monthsPass(int months) {
        renewals.addAll(world.attemptControl(
                        () -> world.control().setClock(new ClockChange().advance("P" + months + "M")))
                .getRenewals());
    }

    @Then("the subscription renewed {int} time(s), each paid")
    @StepDoc("The renewals the clock ran so far: exactly that many, every one paid.")
    public void renewedAndPaid(int times) {
        assertThat(renewals).hasSize(times);
        assertThat(renewals).allSatisfy(r -> assertThat(r.getOutcome()).isEqualTo(Renewal.OutcomeEnum.PAID));
    }

    @Then("the renewal is refused because a letter is required")
    @StepDoc(
            "The last renewal the clock ran was refused with exactly Flex's documented letter body: loc [\"visit_type\"], msg \"A LoMN is required for this visit type\", type invalid_request_error.")
    public void renewalNeedsALetter() {
        assertThat(renewals).as("renewals the clock ran").isNotEmpty();
        Renewal last = renewals.get(renewals.size() - 1);
        assertThat(last.getOutcome()).isEqualTo(Renewal.OutcomeEnum.REFUSED);
        assertThat(World.json(last.getError()).toString()).isEqualTo(DocumentedBodies.LOMN_REQUIRED);
        world.refusalProvesTheRule();
    }

    @Then("the last renewal is paid")
    @StepDoc("The last renewal the clock ran was paid.")
    public void lastRenewalPaid() {
        assertThat(renewals).as("renewals the clock ran").isNotEmpty();
        assertThat(renewals.get(renewals.size() - 1).getOutcome()).isEqualTo(Renewal.OutcomeEnum.PAID);
    }

    @When("the subscriber's new consultation is approved at an on-session checkout for {string}")
    @StepDoc(
            "The customer of the subscription buys that product once on-session and their consultation is approved: a new letter, dated today. The subscription's checkout stays the one the steps read. Sandbox only.")
    public void newConsultation(String product) {
        CheckoutSession subscriptionCheckout = world.session();
        String customer = subscriptionCheckout.getCustomer().getId();
        CheckoutSession visit = world.attemptValue(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(new CheckoutSessionCreateParams()
                                .mode(CheckoutSessionMode.PAYMENT)
                                .customer(customer)
                                .addLineItemsItem(new LineItemParams()
                                        .price(world.priceOf(product))
                                        .quantity(1L))
                                .successUrl("https://example.com/success")))
                .getCheckoutSession());
        world.attemptControl(() -> world.control()
                .completeCheckoutSession(
                        visit.getCheckoutSessionId(),
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)));
        world.session(subscriptionCheckout);
    }

    @When("the merchant cancels the subscription at the end of its period")
    @StepDoc("Cancel Subscription with cancel_at_period_end true: it stays active until its period ends.")
    public void cancelAtPeriodEnd() {
        world.attemptValue(() -> world.subscriptions()
                .cancelSubscription(subscriptionId(), new SubscriptionCancelParams().cancelAtPeriodEnd(true)));
    }

    @When("the merchant takes the cancellation back")
    @StepDoc("Update Subscription with cancel_at_period_end false.")
    public void takeBack() {
        world.attemptValue(() -> world.subscriptions()
                .updateSubscription(
                        subscriptionId(),
                        new SubscriptionUpdateRequest()
                                .subscription(new SubscriptionUpdateParams().cancelAtPeriodEnd(false))));
    }

    @When("the merchant cancels the subscription now")
    @StepDoc("Cancel Subscription without cancel_at_period_end: it ends at once.")
    public void cancelNow() {
        world.attemptValue(
                () -> world.subscriptions().cancelSubscription(subscriptionId(), new SubscriptionCancelParams()));
    }

    @Then("the subscription ends at the end of its period")
    @StepDoc("The subscription says cancel_at_period_end: true and is still active.")
    public void endsAtPeriodEnd() {
        Subscription subscription = subscription();
        assertThat(subscription.getCancelAtPeriodEnd()).isTrue();
        assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Then("the merchant finds the subscription among the customer's {word} subscriptions")
    @StepDoc("List Subscriptions filtered by the customer of the last checkout and that status holds it.")
    public void listed(String status) {
        String customer = world.session().getCustomer().getId();
        assertThat(world.attemptValue(() -> world.subscriptions()
                                .listSubscriptions(new dev.flexkit.client.api.SubscriptionsApi.ListSubscriptionsParams()
                                        .customer(customer)
                                        .status(SubscriptionStatus.fromValue(status))))
                        .getSubscriptions())
                .extracting(Subscription::getSubscriptionId)
                .containsExactly(subscriptionId());
    }

    private String subscriptionId() {
        assertThat(world.session().getSubscription())
                .as("the subscription of the last checkout")
                .isNotNull();
        return world.session().getSubscription().getId();
    }

    private Subscription subscription() {
        return world.attemptValue(() -> world.subscriptions().retrieveSubscription(subscriptionId()))
                .getSubscription();
    }
}

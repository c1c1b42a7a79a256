package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.Webhook;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.client.webhooks.WebhookVerificationException;
import dev.flexkit.client.webhooks.WebhookVerifier;
import dev.flexkit.conformance.target.WebhookInbox;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/**
 * The merchant's webhook endpoint: registered with Flex's API, reached by the target's deliveries, each verified
 * with the generated client's {@link WebhookVerifier} before the scenario looks at it, as a handler would.
 */
public final class WebhookSteps {

    private final World world;
    private WebhookInbox inbox;
    private Webhook endpoint;
    private Event event;

    public WebhookSteps(World world) {
        this.world = world;
    }

    @Given("the merchant registers a webhook endpoint for {string}")
    @StepDoc(
            "Starts an endpoint on this machine and registers it for that event type (POST /v1/webhooks); the answer's signing secret verifies what it receives.")
    public void register(String eventType) throws ApiException {
        registerFor(List.of(eventType));
    }

    @Given("the merchant registers a webhook endpoint for {string}, {string} and {string}")
    @StepDoc("Starts an endpoint on this machine and registers it for those three event types (POST /v1/webhooks).")
    public void register(String first, String second, String third) throws ApiException {
        registerFor(List.of(first, second, third));
    }

    private void registerFor(List<String> eventTypes) throws ApiException {
        inbox = new WebhookInbox();
        endpoint = world.webhooks()
                .createWebhook(new WebhookCreateRequest()
                        .webhook(new WebhookCreateParams()
                                .url(inbox.url())
                                .events(eventTypes.stream()
                                        .map(EventType::fromValue)
                                        .toList())))
                .getWebhook();
        assertThat(endpoint.getSigningSecret()).startsWith("fwhsec_");
    }

    @Then("the endpoint receives a signed {string} event for the checkout")
    @StepDoc(
            "A delivery of that type reaches the endpoint within 20 s, its signature verified with the endpoint's secret, about the last checkout as it is now.")
    public void receives(String eventType) throws Exception {
        event = received(eventType, null);
        assertCompletedCheckout(event);
    }

    @Then("the endpoint receives a signed {string} event for the checkout's payment")
    @StepDoc(
            "A delivery of that type reaches the endpoint within 20 s, signed with the endpoint's secret, about the payment intent of the last checkout.")
    public void receivesForThePayment(String eventType) throws Exception {
        String payment = world.attemptValue(() -> world.checkoutSessions()
                        .retrieveCheckoutSession(world.session().getCheckoutSessionId())
                        .getCheckoutSession())
                .getPaymentIntent()
                .getId();
        Event delivered = received(eventType, null);
        assertThat(delivered.getObject().getPaymentIntent())
                .as("object.payment_intent")
                .isNotNull();
        assertThat(delivered.getObject().getPaymentIntent().getPaymentIntentId())
                .isEqualTo(payment);
    }

    @Then("the endpoint receives a signed {string} event for the checkout's first invoice")
    @StepDoc(
            "A delivery of that type reaches the endpoint within 20 s, signed with the endpoint's secret, about the invoice of the last (subscription) checkout.")
    public void receivesForTheInvoice(String eventType) throws Exception {
        String invoice = world.attemptValue(() -> world.checkoutSessions()
                        .retrieveCheckoutSession(world.session().getCheckoutSessionId())
                        .getCheckoutSession())
                .getInvoice();
        Event delivered = received(eventType, null);
        assertThat(delivered.getObject().getInvoice()).as("object.invoice").isNotNull();
        assertThat(delivered.getObject().getInvoice().getInvoiceId()).isEqualTo(invoice);
    }

    @When("the merchant retries that event")
    @StepDoc(
            "Retry Event without a body (POST /v1/events/{id}/retry): a new event of the same checkout for every endpoint.")
    public void retry() throws ApiException {
        Event retried = world.events().retryEvent(event.getEventId(), null).getEvent();
        assertThat(retried.getEventId()).isNotEqualTo(event.getEventId());
        event = retried;
    }

    @Then("the endpoint receives the retried event, signed")
    @StepDoc("The event Retry Event answered reaches the endpoint within 20 s, signed with the endpoint's secret.")
    public void receivesTheRetry() throws Exception {
        Event delivered = received(event.getEventType().getValue(), event.getEventId());
        assertCompletedCheckout(delivered);
    }

    private void assertCompletedCheckout(Event delivered) {
        CheckoutSession session = delivered.getObject().getCheckoutSession();
        assertThat(session).as("object.checkout_session").isNotNull();
        assertThat(session.getCheckoutSessionId()).isEqualTo(world.session().getCheckoutSessionId());
        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
    }

    private Event received(String eventType, String eventId) throws Exception {
        WebhookInbox.Delivery delivery = inbox.await(d -> d.body().contains("\"event_type\":\"" + eventType + "\"")
                        && (eventId == null || d.body().contains("\"event_id\":\"" + eventId + "\"")))
                .orElseThrow(() -> new AssertionError(
                        "no " + eventType + " delivery in 20 s; the endpoint got " + inbox.deliveries()));
        Event verified;
        try {
            verified =
                    WebhookVerifier.withSecret(endpoint.getSigningSecret()).verify(delivery.body(), delivery.headers());
        } catch (WebhookVerificationException e) {
            throw new AssertionError("the delivery does not verify with the endpoint's secret: " + e.getMessage(), e);
        }
        assertThat(verified.getEventType().getValue()).isEqualTo(eventType);
        return verified;
    }

    @After
    public void closeTheEndpoint() {
        if (inbox != null) {
            inbox.close();
        }
    }
}

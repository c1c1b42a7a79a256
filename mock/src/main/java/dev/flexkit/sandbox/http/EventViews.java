package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flexkit.client.model.Consultation;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventObject;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.Webhook;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.WebhookEndpoint;

/**
 * Events and webhook endpoints as the Flex API shows them, and an event as the JSON a delivery POSTs: the bare
 * event (Flex's events page: {@code {event_dt, event_id, event_type, object}}), its object under its kind's key.
 */
public final class EventViews {

    private EventViews() {}

    /** The payload of a delivery, as {@link dev.flexkit.sandbox.webhooks.PayloadRenderer} wants it. */
    public static byte[] payload(Dataset dataset, dev.flexkit.sandbox.domain.Event event) {
        try {
            return JsonResponses.MAPPER.writeValueAsBytes(event(dataset, event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's view is always writable", e);
        }
    }

    static Event event(Dataset dataset, dev.flexkit.sandbox.domain.Event event) {
        return new Event()
                .eventId(event.id())
                .eventType(EventType.fromValue(event.type()))
                .eventDt(event.created().getEpochSecond())
                .createdAt(Views.time(event.created()))
                .testMode(true)
                ._object(object(dataset, event.objectKind(), event.objectId()));
    }

    private static EventObject object(Dataset dataset, String kind, String id) {
        EventObject object = new EventObject();
        return switch (kind) {
            // "re-fetched with its related objects expanded" (Flex's Retry Event page)
            case "checkout_session" ->
                object.checkoutSession(CheckoutSessionView.of(
                        dataset.checkouts().session(id), dataset, new CheckoutSessionView.Expansions(true, true)));
            case "customer" ->
                object.customer(Views.customer(dataset.customers().customer(id)));
            case "payment_intent" ->
                object.paymentIntent(Views.paymentIntent(dataset.checkouts().paymentIntent(id), dataset, false));
            case "refund" -> {
                dev.flexkit.sandbox.domain.Refund refund = dataset.refunds().refund(id);
                yield object.refund(Views.refund(
                        refund,
                        dataset.checkouts()
                                .paymentIntent(refund.paymentIntentId())
                                .paymentMethodId()));
            }
            case "subscription" ->
                object.subscription(
                        BillingViews.subscription(dataset.subscriptions().subscription(id), dataset, false));
            case "invoice" ->
                object.invoice(BillingViews.invoice(dataset.subscriptions().invoice(id)));
            case "consultation" ->
                object.consultation(consultation(dataset.events().consultation(id)));
            default -> throw new IllegalStateException("an event about an object the views do not know: " + kind);
        };
    }

    private static Consultation consultation(dev.flexkit.sandbox.domain.Consultation c) {
        return new Consultation()
                .consultationId(c.id())
                .consultationType(c.visitType() == null ? null : c.visitType().getValue())
                .status(c.approved() ? "complete" : "denied")
                .customer(c.customerId())
                .createdAt(Views.time(c.createdAt()))
                .testMode(true);
    }

    static Webhook webhook(WebhookEndpoint endpoint) {
        return new Webhook()
                .webhookId(endpoint.id())
                .url(endpoint.url())
                .events(endpoint.events().stream().map(EventType::fromValue).toList())
                .signingSecret(endpoint.signingSecret())
                .testMode(true);
    }
}

package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.EventEnvelope;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.RetryEventParams;
import dev.flexkit.client.model.RetryEventRequest;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.client.model.WebhookEnvelope;
import dev.flexkit.client.model.WebhookUpdateParams;
import dev.flexkit.client.model.WebhookUpdateRequest;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Event;
import dev.flexkit.sandbox.domain.NotFoundException;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import dev.flexkit.sandbox.domain.WebhookEndpoint;
import dev.flexkit.sandbox.webhooks.WebhookDispatcher;
import java.util.List;
import java.util.Map;

/** The webhook endpoint operations and Retry Event of the contract. */
final class WebhookOperations {

    private WebhookOperations() {}

    static void register(Map<String, Operation> operations, WebhookDispatcher dispatcher) {
        operations.put("createWebhook", WebhookOperations::create);
        operations.put(
                "retrieveWebhook", call -> envelope(call.dataset().webhooks().endpoint(call.path("id"))));
        operations.put("updateWebhook", WebhookOperations::update);
        operations.put(
                "deleteWebhook", call -> envelope(call.dataset().webhooks().delete(call.path("id"))));
        operations.put("retryEvent", call -> retry(call, dispatcher));
    }

    private static Object create(ApiCall call) {
        WebhookCreateParams params = call.body(WebhookCreateRequest.class).getWebhook();
        return envelope(call.dataset().webhooks().create(params.getUrl(), types(params.getEvents())));
    }

    private static Object update(ApiCall call) {
        WebhookUpdateParams params = call.body(WebhookUpdateRequest.class).getWebhook();
        return envelope(call.dataset()
                .webhooks()
                .update(
                        call.path("id"),
                        params.getUrl(),
                        params.getEvents() == null ? null : types(params.getEvents())));
    }

    private static Object retry(ApiCall call, WebhookDispatcher dispatcher) {
        Dataset dataset = call.dataset();
        String webhookId = null;
        if (call.hasBody()) {
            RetryEventParams params = call.body(RetryEventRequest.class).getEvent();
            webhookId = params == null ? null : params.getWebhookId();
        }
        Event event = dataset.events().event(call.path("id"));
        if (webhookId == null) {
            return new EventEnvelope()
                    .event(EventViews.event(dataset, dataset.events().recordAgain(event.id())));
        }
        dispatcher.redeliverEvent(dataset, event, endpointNamedInBody(dataset, webhookId));
        return new EventEnvelope().event(EventViews.event(dataset, event));
    }

    // An id named in a body that does not exist is a 422, as everywhere in the contract.
    private static WebhookEndpoint endpointNamedInBody(Dataset dataset, String webhookId) {
        try {
            return dataset.webhooks().endpoint(webhookId);
        } catch (NotFoundException e) {
            throw new RuleViolationException(
                    Problem.of("webhook_not_found", "No such webhook: " + webhookId, "body", "event", "webhook_id"));
        }
    }

    private static List<String> types(List<EventType> events) {
        return events.stream().map(EventType::getValue).toList();
    }

    private static WebhookEnvelope envelope(WebhookEndpoint endpoint) {
        return new WebhookEnvelope().webhook(EventViews.webhook(endpoint));
    }
}

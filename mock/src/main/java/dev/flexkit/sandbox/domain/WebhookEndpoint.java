package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A registered webhook endpoint: where a key's events of the listed types are delivered, and the secret their
 * signatures are made with.
 *
 * @param id            {@code fwh_} ids (no webhook prefix is on Flex's pages: the sandbox's)
 * @param events        the event types delivered to it, spelled as Flex spells them
 * @param signingSecret {@code fwhsec_} and the base64 of the signing key, as Flex's verifying-webhooks page shows
 */
public record WebhookEndpoint(String id, String url, List<String> events, String signingSecret, Instant createdAt)
        implements Entity {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }

    /**
     * Other spellings of an event type on Flex's pages, and the type they name. {@code checkout_session.completed}
     * is how the fulfillment guide's list of events (both generations) and the subscriptions overview spell the
     * completion whose registration, handler and payload the same pages spell {@code checkout.session.completed}:
     * an endpoint subscribed by either spelling gets the event, spelled {@code checkout.session.completed}, once
     * (the only spelling Flex's plugin handles; that both name one event is inferred).
     */
    static final Map<String, String> OTHER_SPELLINGS =
            Map.of("checkout_session.completed", "checkout.session.completed");

    public boolean subscribedTo(String eventType) {
        return events.stream()
                .anyMatch(subscribed ->
                        subscribed.equals(eventType) || eventType.equals(OTHER_SPELLINGS.get(subscribed)));
    }
}

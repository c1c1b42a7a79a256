package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.List;

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

    public boolean subscribedTo(String eventType) {
        return events.contains(eventType);
    }
}

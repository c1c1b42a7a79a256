package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deliveries of a key's events to its endpoints, and how they are retried. Guarded by its own monitor, not by
 * the dataset's lock: delivery workers record attempts here without ever waiting for the API.
 */
public final class WebhookDeliveries {

    private final Map<String, WebhookDelivery> byId = new LinkedHashMap<>();
    private WebhookSettings settings = WebhookSettings.DEFAULT;

    public synchronized void add(WebhookDelivery delivery) {
        byId.put(delivery.id(), delivery);
    }

    public synchronized WebhookDelivery require(String id) {
        WebhookDelivery delivery = byId.get(id);
        if (delivery == null) {
            throw new NotFoundException("webhook delivery", id);
        }
        return delivery;
    }

    /**
     * @param eventId   only the deliveries of this event, or null
     * @param webhookId only the deliveries to this endpoint, or null
     * @return the deliveries, newest first
     */
    public synchronized List<WebhookDelivery> list(String eventId, String webhookId) {
        List<WebhookDelivery> found = new ArrayList<>();
        for (WebhookDelivery delivery : byId.values()) {
            if ((eventId == null || delivery.event().id().equals(eventId))
                    && (webhookId == null || delivery.endpoint().id().equals(webhookId))) {
                found.add(delivery);
            }
        }
        Collections.reverse(found);
        return found;
    }

    /** @return the payload an earlier delivery of this event carried, if there was one */
    public synchronized Optional<byte[]> payloadOf(String eventId) {
        return byId.values().stream()
                .filter(delivery -> delivery.event().id().equals(eventId))
                .findFirst()
                .map(WebhookDelivery::payload);
    }

    public synchronized WebhookSettings settings() {
        return settings;
    }

    public synchronized void settings(WebhookSettings settings) {
        this.settings = settings;
    }

    synchronized void clear() {
        byId.clear();
        settings = WebhookSettings.DEFAULT;
    }
}

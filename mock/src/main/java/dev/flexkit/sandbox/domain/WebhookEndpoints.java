package dev.flexkit.sandbox.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** A key's webhook endpoints: registered, read, changed and removed as Flex's fulfillment guide and plugin do. */
public final class WebhookEndpoints {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Flex's example secret decodes to 36 bytes; 32 random bytes are as strong as HMAC-SHA256 uses. */
    private static final int SECRET_BYTES = 32;

    private final Dataset data;

    WebhookEndpoints(Dataset data) {
        this.data = data;
    }

    public WebhookEndpoint create(String url, List<String> events) {
        checkUrl(url);
        return data.locked(() -> {
            WebhookEndpoint endpoint =
                    new WebhookEndpoint(Ids.next("fwh_"), url, events, newSecret(), data.clock.now());
            data.webhooks.put(endpoint);
            return endpoint;
        });
    }

    public WebhookEndpoint endpoint(String id) {
        return data.reading(() -> data.webhooks.require(id));
    }

    /** @param url the new url, or null to keep it; @param events the new types, or null to keep them */
    public WebhookEndpoint update(String id, String url, List<String> events) {
        if (url != null) {
            checkUrl(url);
        }
        return data.locked(() -> {
            WebhookEndpoint old = data.webhooks.require(id);
            WebhookEndpoint updated = new WebhookEndpoint(
                    id,
                    url == null ? old.url() : url,
                    events == null ? old.events() : events,
                    old.signingSecret(),
                    old.createdAt());
            data.webhooks.put(updated);
            return updated;
        });
    }

    public WebhookEndpoint delete(String id) {
        return data.locked(() -> {
            WebhookEndpoint endpoint = data.webhooks.require(id);
            data.webhooks.remove(id);
            return endpoint;
        });
    }

    /** @return the endpoints an event of this type goes to, oldest first */
    public List<WebhookEndpoint> subscribedTo(String eventType) {
        return data.reading(() -> {
            List<WebhookEndpoint> subscribed = new ArrayList<>(data.webhooks.newestFirst().stream()
                    .filter(endpoint -> endpoint.subscribedTo(eventType))
                    .toList());
            Collections.reverse(subscribed);
            return subscribed;
        });
    }

    // Deliveries are POSTed by the sandbox to this url: only an absolute http(s) url can be one.
    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new RuleViolationException(
                Problem.of("url_invalid", "the url must be an absolute http or https URL", "body", "webhook", "url"));
    }

    private static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return "fwhsec_" + Base64.getEncoder().encodeToString(key);
    }
}

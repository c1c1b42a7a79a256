package dev.flexkit.client.webhooks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signature headers of a webhook request, read from whatever map a framework gives: values as strings, lists
 * or arrays, names in any case. Flex sends Svix's names ({@code svix-id}...); Flex's own plugin also reads the
 * Standard Webhooks names ({@code webhook-id}...) and the older {@code flex-event-id}, {@code flex-timestamp} and
 * {@code flex-signature} of an earlier generation of the verifying-webhooks page.
 */
record WebhookHeaders(String id, String timestamp, String signatures) {

    private static final List<String> PREFIXES = List.of("svix-", "webhook-");

    static WebhookHeaders of(Map<String, ?> headers) throws WebhookVerificationException {
        for (String prefix : PREFIXES) {
            String id = first(headers, prefix + "id");
            if (id != null) {
                return new WebhookHeaders(
                        id, required(headers, prefix + "timestamp"), required(headers, prefix + "signature"));
            }
        }
        String id = first(headers, "flex-event-id");
        if (id != null) {
            return new WebhookHeaders(id, required(headers, "flex-timestamp"), required(headers, "flex-signature"));
        }
        throw new WebhookVerificationException(
                WebhookVerificationException.Reason.MISSING_HEADER,
                "no svix-id (nor webhook-id) header: not a webhook request from Flex");
    }

    private static String required(Map<String, ?> headers, String name) throws WebhookVerificationException {
        String value = first(headers, name);
        if (value == null || value.isBlank()) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.MISSING_HEADER, "the " + name + " header is missing");
        }
        return value.trim();
    }

    private static String first(Map<String, ?> headers, String name) {
        for (Map.Entry<String, ?> header : headers.entrySet()) {
            if (header.getKey() != null
                    && header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                Object value = header.getValue();
                if (value instanceof Collection<?> values) {
                    return values.isEmpty()
                            ? null
                            : String.valueOf(values.iterator().next());
                }
                if (value instanceof String[] values) {
                    return values.length == 0 ? null : values[0];
                }
                return value == null ? null : value.toString();
            }
        }
        return null;
    }
}

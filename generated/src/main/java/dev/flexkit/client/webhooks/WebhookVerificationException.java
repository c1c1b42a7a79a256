package dev.flexkit.client.webhooks;

/**
 * A webhook request that did not come from Flex as it is: its signature headers are missing, its timestamp is
 * outside the tolerance, its signature does not match the body and the secret, it was seen before, or its body is
 * not an event. Answer such a request with a {@code 400} and do not act on it.
 */
public final class WebhookVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** {@code svix-id}, {@code svix-timestamp} or {@code svix-signature} (or their {@code webhook-*} names) is absent. */
        MISSING_HEADER,
        /** The timestamp is not a number of seconds, or further from now than the tolerance: an old message replayed. */
        STALE_TIMESTAMP,
        /** No signature matches: the body, id or timestamp changed on the way, or the secret is not this endpoint's. */
        BAD_SIGNATURE,
        /** This message, id and timestamp, was verified before by this verifier: a replay. */
        REPLAYED,
        /** The signature matches but the body is not an event this client can read. */
        UNREADABLE_PAYLOAD
    }

    private final Reason reason;

    WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    WebhookVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

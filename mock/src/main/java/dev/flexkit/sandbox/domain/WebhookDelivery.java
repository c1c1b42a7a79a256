package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on its way to one endpoint: the payload as it was when the event happened, the attempts made so
 * far and where it stands. Delivery workers change it while requests read it, so every method is synchronized
 * (on the delivery alone: a delivery never holds its dataset's lock).
 */
public final class WebhookDelivery implements Entity {

    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED
    }

    /**
     * @param statusCode the receiver's status, or null when it gave none
     * @param error      why there was no answer ({@code timeout}, {@code connection refused}...), or null
     */
    public record Attempt(Instant at, Integer statusCode, String error) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final String id;
    private final Event event;
    private final WebhookEndpoint endpoint;
    private final byte[] payload;
    private final List<Attempt> attempts = new ArrayList<>();
    private Status status = Status.PENDING;
    // Attempts of the current series: a redelivery starts a new series with the whole retry schedule.
    private int seriesAttempts;

    public WebhookDelivery(Event event, WebhookEndpoint endpoint, byte[] payload) {
        this.id = Ids.next("fwhd_");
        this.event = event;
        this.endpoint = endpoint;
        this.payload = payload.clone();
    }

    @Override
    public String id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Records an attempt's outcome.
     *
     * @return how many attempts the current series has made
     */
    public synchronized int attempted(Attempt attempt) {
        attempts.add(attempt);
        seriesAttempts++;
        if (attempt.succeeded()) {
            status = Status.SUCCEEDED;
        }
        return seriesAttempts;
    }

    public synchronized void failed() {
        status = Status.FAILED;
    }

    /** Starts a new series of attempts (a redelivery), whatever the last one's outcome. */
    public synchronized void restart() {
        status = Status.PENDING;
        seriesAttempts = 0;
    }

    public synchronized Status status() {
        return status;
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}

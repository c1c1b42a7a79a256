package dev.flexkit.sandbox.webhooks;

import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Event;
import dev.flexkit.sandbox.domain.EventListener;
import dev.flexkit.sandbox.domain.WebhookDelivery;
import dev.flexkit.sandbox.domain.WebhookEndpoint;
import dev.flexkit.sandbox.domain.WebhookSettings;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers each key's events to its endpoints, at least once, off the request threads. An operation's events are
 * rendered when it ends (the state it left, under the dataset's lock: a few microseconds per subscribed event)
 * and handed to a scheduler; the POSTs go out on the JDK's HttpClient, asynchronously, so that a receiver that
 * hangs holds no thread, only a connection until the key's timeout. A non-{@code 2xx} answer or none in time is
 * retried after the key's next delay; when none is left the delivery has failed. Two threads schedule and two
 * read answers, whatever the load: a slow or dead receiver never slows the API.
 */
public final class WebhookDispatcher implements EventListener, AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final String NOT_ALLOWED =
            "host not allowed: the sandbox delivers to loopback only unless started with --webhook-hosts";

    private final PayloadRenderer renderer;
    private final DeliveryTargets targets;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, daemon("flex-webhooks"));
    private final ExecutorService answers = Executors.newFixedThreadPool(2, daemon("flex-webhooks-http"));
    // Made on the first delivery: building the JDK's HttpClient sets up TLS (the default SSLContext, the trust
    // store), a fifth of a second of the start-up of a sandbox that may never deliver a webhook.
    private volatile HttpClient http;

    public WebhookDispatcher(PayloadRenderer renderer, DeliveryTargets targets) {
        this.renderer = renderer;
        this.targets = targets;
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void published(Dataset dataset, List<Event> events) {
        for (Event event : events) {
            List<WebhookEndpoint> endpoints = dataset.webhooks().subscribedTo(event.type());
            if (endpoints.isEmpty()) {
                continue;
            }
            byte[] payload;
            try {
                payload = renderer.render(dataset, event);
            } catch (RuntimeException unrenderable) {
                // The operation that recorded the event has succeeded: its answer must not become a 500. The
                // deliveries show why they could not be made.
                endpoints.forEach(endpoint -> unrenderable(dataset, event, endpoint, unrenderable));
                continue;
            }
            endpoints.forEach(endpoint -> deliver(dataset, event, endpoint, payload));
        }
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .executor(answers)
                            .build();
                    http = client;
                }
            }
        }
        return client;
    }

    /** Delivers an event to one endpoint, subscribed or not (Retry Event with a {@code webhook_id}). */
    public WebhookDelivery redeliverEvent(Dataset dataset, Event event, WebhookEndpoint endpoint) {
        byte[] payload = dataset.deliveries().payloadOf(event.id()).orElseGet(() -> renderer.render(dataset, event));
        return deliver(dataset, event, endpoint, payload);
    }

    /** Starts a delivery's attempts again, with the whole retry schedule (the control API's redeliver). */
    public WebhookDelivery redeliver(Dataset dataset, String deliveryId) {
        WebhookDelivery delivery = dataset.deliveries().require(deliveryId);
        delivery.restart();
        scheduler.execute(() -> attempt(delivery, dataset.deliveries().settings()));
        return delivery;
    }

    private static void unrenderable(Dataset dataset, Event event, WebhookEndpoint endpoint, RuntimeException why) {
        WebhookDelivery delivery = new WebhookDelivery(event, endpoint, new byte[0]);
        dataset.deliveries().add(delivery);
        delivery.attempted(
                new WebhookDelivery.Attempt(Instant.now(), null, "the sandbox could not render the event: " + why));
        delivery.failed();
    }

    private WebhookDelivery deliver(Dataset dataset, Event event, WebhookEndpoint endpoint, byte[] payload) {
        WebhookDelivery delivery = new WebhookDelivery(event, endpoint, payload);
        dataset.deliveries().add(delivery);
        WebhookSettings settings = dataset.deliveries().settings();
        scheduler.execute(() -> attempt(delivery, settings));
        return delivery;
    }

    private void attempt(WebhookDelivery delivery, WebhookSettings settings) {
        HttpRequest request;
        try {
            URI url = URI.create(delivery.endpoint().url());
            if (!targets.allows(url)) {
                finished(delivery, settings, new WebhookDelivery.Attempt(Instant.now(), null, NOT_ALLOWED));
                return;
            }
            request = request(delivery, url, settings.timeout());
        } catch (IllegalArgumentException unusable) {
            finished(delivery, settings, new WebhookDelivery.Attempt(Instant.now(), null, "invalid url"));
            return;
        }
        http().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> finished(
                        delivery,
                        settings,
                        new WebhookDelivery.Attempt(
                                Instant.now(),
                                response == null ? null : response.statusCode(),
                                failure == null ? null : describe(failure))));
    }

    private void finished(WebhookDelivery delivery, WebhookSettings settings, WebhookDelivery.Attempt attempt) {
        int made = delivery.attempted(attempt);
        if (attempt.succeeded()) {
            return;
        }
        if (made >= settings.maxAttempts() || scheduler.isShutdown()) {
            delivery.failed();
            return;
        }
        Duration delay = settings.retryDelays().get(made - 1);
        try {
            scheduler.schedule(() -> attempt(delivery, settings), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            delivery.failed();
        }
    }

    private static HttpRequest request(WebhookDelivery delivery, URI url, Duration timeout) {
        byte[] body = delivery.payload();
        // The message id stays the same on every retry and redelivery of the event, so a receiver can deduplicate.
        String id = delivery.event().id();
        long timestamp = Instant.now().getEpochSecond();
        return HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "flex-sandbox-webhooks")
                .header("svix-id", id)
                .header("svix-timestamp", Long.toString(timestamp))
                .header(
                        "svix-signature",
                        SvixSignatures.sign(
                                id, timestamp, body, delivery.endpoint().signingSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops delivering: attempts under way are abandoned, none is started. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        answers.shutdownNow();
    }
}

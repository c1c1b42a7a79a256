package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.WebhookReceiver.ofType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flexkit.client.InvalidRequestException;
import dev.flexkit.client.NotFoundException;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEvent;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.RetryEventParams;
import dev.flexkit.client.model.RetryEventRequest;
import dev.flexkit.client.model.Webhook;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.client.model.WebhookUpdateParams;
import dev.flexkit.client.model.WebhookUpdateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.WebhookReceiver;
import dev.flexkit.sandbox.client.api.SandboxApi;
import dev.flexkit.sandbox.client.model.WebhookDelivery;
import dev.flexkit.sandbox.client.model.WebhookSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook endpoints, the deliveries of their events (signed, retried, never in the API's way) and Retry Event,
 * through the generated clients, every exchange with the sandbox checked against the contract.
 */
class WebhooksApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxClient sandbox = new SandboxClient(FLEX);
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
        // A short schedule, so that a test sees every retry in well under a second.
        sandbox.control()
                .changeWebhookSettings(
                        new WebhookSettings().retryDelaysMs(List.of(50L, 100L)).timeoutMs(2000L));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Webhook register(String url, EventType... types) throws Exception {
        return sandbox.webhooks()
                .createWebhook(new WebhookCreateRequest()
                        .webhook(new WebhookCreateParams().url(url).events(List.of(types))))
                .getWebhook();
    }

    private String completedSession() throws Exception {
        CheckoutSession session = Fixtures.onSession(sandbox, Fixtures.BANDAGE);
        Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "jane@example.com");
        return session.getCheckoutSessionId();
    }

    @Test
    void anEndpointIsRegisteredReadChangedAndDeletedWithItsSigningSecret() throws Exception {
        Webhook created = register(receiver.url(), EventType.CHECKOUT_SESSION_COMPLETED);

        assertThat(created.getWebhookId()).startsWith("fwh_");
        assertThat(created.getSigningSecret()).matches("fwhsec_[A-Za-z0-9+/]+=*");
        assertThat(Base64.getDecoder().decode(created.getSigningSecret().substring("fwhsec_".length())))
                .hasSize(32);
        assertThat(created.getEvents()).containsExactly(EventType.CHECKOUT_SESSION_COMPLETED);
        assertThat(sandbox.webhooks().retrieveWebhook(created.getWebhookId()).getWebhook())
                .isEqualTo(created);

        Webhook updated = sandbox.webhooks()
                .updateWebhook(
                        created.getWebhookId(),
                        new WebhookUpdateRequest()
                                .webhook(new WebhookUpdateParams().events(List.of(EventType.REFUND_UPDATED))))
                .getWebhook();
        assertThat(updated.getUrl()).isEqualTo(created.getUrl());
        assertThat(updated.getSigningSecret()).isEqualTo(created.getSigningSecret());
        assertThat(updated.getEvents()).containsExactly(EventType.REFUND_UPDATED);

        assertThat(sandbox.webhooks()
                        .deleteWebhook(created.getWebhookId())
                        .getWebhook()
                        .getWebhookId())
                .isEqualTo(created.getWebhookId());
        assertThatThrownBy(() -> sandbox.webhooks().retrieveWebhook(created.getWebhookId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEndpointNeedsAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> register("ftp://example.com/hook", EventType.CUSTOMER_CREATED))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("url_invalid"));
        assertThatThrownBy(() -> register("/relative", EventType.CUSTOMER_CREATED))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCompletedCheckoutReachesItsEndpointSignedWithItsSecret() throws Exception {
        Webhook webhook = register(receiver.url(), EventType.CHECKOUT_SESSION_COMPLETED);
        String sessionId = completedSession();

        WebhookReceiver.Received delivery =
                receiver.await(1, ofType("checkout.session.completed")).get(0);

        assertThat(delivery.header("content-type")).isEqualTo("application/json");
        assertThat(delivery.header("svix-id")).startsWith("fevt_");
        assertThat(Long.parseLong(delivery.header("svix-timestamp")))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        assertThat(delivery.header("svix-signature"))
                .isEqualTo(expectedSignature(delivery, webhook.getSigningSecret()));
        CheckoutSessionEvent event = JsonResponses.MAPPER.readValue(delivery.body(), CheckoutSessionEvent.class);
        assertThat(event.getEventId()).isEqualTo(delivery.header("svix-id"));
        assertThat(event.getObject().getCheckoutSession().getCheckoutSessionId())
                .isEqualTo(sessionId);
        assertThat(event.getObject().getCheckoutSession().getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(event.getObject().getCheckoutSession().getCustomer().isExpanded())
                .as("the session's related objects are expanded")
                .isTrue();
        assertThat(event.getTestMode()).isTrue();
        assertThat(event.getUnknownFields()).isEmpty();
        // Only the subscribed type: the customer the checkout made is not delivered.
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.body()).contains("checkout.session.completed"));
    }

    @Test
    void anEndpointSubscribedByTheFulfillmentGuidesOtherSpellingGetsTheCompletionOnce() throws Exception {
        try (WebhookReceiver both = WebhookReceiver.start()) {
            register(receiver.url(), EventType.CHECKOUT_SESSION_COMPLETED_UNDERSCORED);
            register(
                    both.url(), EventType.CHECKOUT_SESSION_COMPLETED, EventType.CHECKOUT_SESSION_COMPLETED_UNDERSCORED);
            String sessionId = completedSession();

            CheckoutSessionEvent event = JsonResponses.MAPPER.readValue(
                    receiver.await(1, r -> true).get(0).body(), CheckoutSessionEvent.class);
            assertThat(event.getEventType()).isEqualTo(EventType.CHECKOUT_SESSION_COMPLETED);
            assertThat(event.getObject().getCheckoutSession().getCheckoutSessionId())
                    .isEqualTo(sessionId);
            WebhookReceiver.Received once =
                    both.await(1, ofType("checkout.session.completed")).get(0);
            // Anything else would have come by now: the same event, and nothing more, to each endpoint.
            Thread.sleep(300);
            assertThat(both.received()).containsExactly(once);
            assertThat(receiver.received()).hasSize(1);
            assertThat(once.header("svix-id")).isEqualTo(event.getEventId());
        }
    }

    @Test
    void aReceiverAnswering500GetsEveryRetryThenTheDeliveryIsMarkedFailed() throws Exception {
        receiver.answering(500);
        register(receiver.url(), EventType.CUSTOMER_CREATED);

        createCustomer("retry@example.com");

        WebhookDelivery failed = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.FAILED);
        assertThat(failed.getEventType()).isEqualTo("customer.created");
        assertThat(failed.getAttempts())
                .hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.getStatusCode()).isEqualTo(500));
        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(3);
        assertThat(got).extracting(r -> r.header("svix-id")).containsOnly(failed.getEventId());
        assertThat(got)
                .extracting(WebhookReceiver.Received::body)
                .containsOnly(got.get(0).body());
    }

    @Test
    void aFailedDeliveryIsRedeliveredWithTheWholeScheduleAgain() throws Exception {
        receiver.answering(503);
        register(receiver.url(), EventType.CUSTOMER_CREATED);
        createCustomer("later@example.com");
        WebhookDelivery failed = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.FAILED);

        receiver.answering(204);
        WebhookDelivery again = sandbox.control().redeliverWebhook(failed.getDeliveryId());

        // Restarted: pending, or already succeeded when the receiver answered before the answer was written.
        assertThat(again.getStatus()).isIn(WebhookDelivery.StatusEnum.PENDING, WebhookDelivery.StatusEnum.SUCCEEDED);
        WebhookDelivery succeeded = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.SUCCEEDED);
        assertThat(succeeded.getDeliveryId()).isEqualTo(failed.getDeliveryId());
        assertThat(succeeded.getAttempts()).extracting(a -> a.getStatusCode()).containsExactly(503, 503, 503, 204);
    }

    @Test
    void aDeadReceiverIsRecordedAsNoAnswer() throws Exception {
        String dead = receiver.url();
        receiver.close();
        register(dead, EventType.CUSTOMER_CREATED);

        createCustomer("nobody@example.com");

        WebhookDelivery failed = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.FAILED);
        assertThat(failed.getAttempts()).hasSize(3).allSatisfy(attempt -> {
            assertThat(attempt.getStatusCode()).isNull();
            assertThat(attempt.getError()).isNotBlank();
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theApiAnswersWhileAReceiverHangs() throws Exception {
        receiver.hanging();
        register(receiver.url(), EventType.CUSTOMER_CREATED, EventType.CHECKOUT_SESSION_COMPLETED);

        createCustomer("first@example.com");
        assertThat(receiver.await(1, r -> true)).hasSize(1);
        // The receiver holds the first delivery until it is released, after these calls have all been answered:
        // were delivery on the request path, the second call would wait for it.
        for (int i = 0; i < 5; i++) {
            createCustomer("next" + i + "@example.com");
        }
        String sessionId = completedSession();
        assertThat(sandbox.checkoutSessions()
                        .retrieveCheckoutSession(sessionId)
                        .getCheckoutSession()
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(receiver.received()).isNotEmpty();

        receiver.release();
        // Six customers (the completion makes one), one completed checkout.
        assertThat(receiver.await(8, r -> true)).hasSize(8);
    }

    @Test
    void aHangingReceiverTimesOutAndIsRetried() throws Exception {
        sandbox.control()
                .changeWebhookSettings(
                        new WebhookSettings().retryDelaysMs(List.of(10L)).timeoutMs(200L));
        receiver.hanging();
        register(receiver.url(), EventType.CUSTOMER_CREATED);

        createCustomer("slow@example.com");

        WebhookDelivery failed = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.FAILED);
        assertThat(failed.getAttempts())
                .hasSize(2)
                .allSatisfy(attempt -> assertThat(attempt.getError()).isEqualTo("timeout"));
    }

    @Test
    void retryEventRedeliversTheStoredEventToOneEndpointOrMakesANewCompletedEventForAll() throws Exception {
        Webhook completed = register(receiver.url(), EventType.CHECKOUT_SESSION_COMPLETED);
        Webhook other = register(receiver.url() + "/other", EventType.REFUND_UPDATED);
        completedSession();
        String eventId =
                receiver.await(1, ofType("checkout.session.completed")).get(0).header("svix-id");

        Event same = sandbox.events()
                .retryEvent(
                        eventId, new RetryEventRequest().event(new RetryEventParams().webhookId(other.getWebhookId())))
                .getEvent();
        assertThat(same.getEventId()).isEqualTo(eventId);
        assertThat(receiver.await(2, r -> r.header("svix-id").equals(eventId))).hasSize(2);

        Event fresh = sandbox.events().retryEvent(eventId, null).getEvent();
        assertThat(fresh.getEventId()).startsWith("fevt_").isNotEqualTo(eventId);
        assertThat(fresh.getEventType()).isEqualTo(EventType.CHECKOUT_SESSION_COMPLETED);
        assertThat(fresh.getObject().getCheckoutSession()).isNotNull();
        assertThat(receiver.await(1, r -> r.header("svix-id").equals(fresh.getEventId())))
                .singleElement()
                .satisfies(r -> assertThat(r.header("svix-signature"))
                        .isEqualTo(expectedSignature(r, completed.getSigningSecret())));
    }

    @Test
    void retryEventRefusesWhatFlexsPageRefuses() throws Exception {
        register(receiver.url(), EventType.CUSTOMER_CREATED);
        createCustomer("retry-me@example.com");
        String eventId = receiver.await(1, ofType("customer.created")).get(0).header("svix-id");

        assertThatThrownBy(() -> sandbox.events().retryEvent(eventId, null))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("event_type_not_supported"));
        assertThatThrownBy(() -> sandbox.events()
                        .retryEvent(
                                eventId,
                                new RetryEventRequest().event(new RetryEventParams().webhookId("fwh_missing"))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("webhook_not_found"));
        assertThatThrownBy(() -> sandbox.events().retryEvent("fevt_missing", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aKeyReachesOnlyItsOwnEndpointsEventsAndDeliveries() throws Exception {
        Webhook mine = register(receiver.url(), EventType.CUSTOMER_CREATED);
        createCustomer("mine@example.com");
        WebhookDelivery delivery = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.SUCCEEDED);
        SandboxClient other = sandbox.withAnotherKey();

        other.customers()
                .createCustomer(
                        new CustomerCreateRequest().customer(new CustomerCreateParams().email("theirs@example.com")));

        assertThatThrownBy(() -> other.webhooks().retrieveWebhook(mine.getWebhookId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.webhooks().deleteWebhook(mine.getWebhookId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.events().retryEvent(delivery.getEventId(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.control().redeliverWebhook(delivery.getDeliveryId()))
                .isInstanceOfSatisfying(
                        dev.flexkit.sandbox.client.ApiException.class,
                        e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(other.control().listWebhookDeliveries().getDeliveries()).isEmpty();
        // The other key's customer went to no endpoint of this key's.
        assertThat(receiver.received()).hasSize(1);
        assertThat(sandbox.webhooks().retrieveWebhook(mine.getWebhookId())).isNotNull();
    }

    @Test
    void theDeliveriesAreListedByEventAndByEndpoint() throws Exception {
        Webhook first = register(receiver.url(), EventType.CUSTOMER_CREATED);
        Webhook second = register(receiver.url() + "/2", EventType.CUSTOMER_CREATED);
        createCustomer("two@example.com");
        receiver.await(2, r -> true);

        List<WebhookDelivery> all = sandbox.control().listWebhookDeliveries().getDeliveries();
        assertThat(all)
                .hasSize(2)
                .extracting(WebhookDelivery::getEventId)
                .containsOnly(all.get(0).getEventId());
        assertThat(sandbox.control()
                        .listWebhookDeliveries(
                                new SandboxApi.ListWebhookDeliveriesParams().webhook(second.getWebhookId()))
                        .getDeliveries())
                .singleElement()
                .satisfies(d -> assertThat(d.getUrl()).isEqualTo(second.getUrl()));
        assertThat(sandbox.control()
                        .listWebhookDeliveries(new SandboxApi.ListWebhookDeliveriesParams().event("fevt_other"))
                        .getDeliveries())
                .isEmpty();
        assertThat(first.getSigningSecret()).isNotEqualTo(second.getSigningSecret());
    }

    @Test
    void anEndpointOffThisMachineIsRegisteredButGetsNoDelivery() throws Exception {
        // The fulfillment guide's own URL: Flex would deliver there; a sandbox on loopback does not, unless told to.
        register("https://withflex.com/handle_events", EventType.CUSTOMER_CREATED);

        createCustomer("elsewhere@example.com");

        WebhookDelivery failed = awaitDelivery(d -> d.getStatus() == WebhookDelivery.StatusEnum.FAILED);
        assertThat(failed.getAttempts())
                .hasSize(3)
                .allSatisfy(attempt -> assertThat(attempt.getError()).startsWith("host not allowed"));
    }

    private void createCustomer(String email) throws Exception {
        sandbox.customers()
                .createCustomer(new CustomerCreateRequest().customer(new CustomerCreateParams().email(email)));
    }

    private WebhookDelivery awaitDelivery(Predicate<WebhookDelivery> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<WebhookDelivery> deliveries =
                    sandbox.control().listWebhookDeliveries().getDeliveries();
            for (WebhookDelivery delivery : deliveries) {
                if (done.test(delivery)) {
                    return delivery;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no delivery got there in 20 s: " + deliveries);
            }
            Thread.sleep(20);
        }
    }

    // The scheme of Flex's verifying-webhooks page, written out here on its own.
    static String expectedSignature(WebhookReceiver.Received delivery, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("fwhsec_".length())), "HmacSHA256"));
        String signed = delivery.header("svix-id") + "." + delivery.header("svix-timestamp") + "." + delivery.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}

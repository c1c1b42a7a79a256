package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.svix.Webhook;
import dev.flexkit.client.model.CaptureLineItemParams;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.CustomerUpdateParams;
import dev.flexkit.client.model.CustomerUpdateRequest;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.RefundCreateParams;
import dev.flexkit.client.model.RefundCreateRequest;
import dev.flexkit.client.model.RefundUpdateParams;
import dev.flexkit.client.model.RefundUpdateRequest;
import dev.flexkit.client.model.SubscriptionCancelParams;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.client.webhooks.WebhookVerificationException;
import dev.flexkit.client.webhooks.WebhookVerifier;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.contract.FlexContract;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.WebhookReceiver;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every event type the sandbox sends reaches a receiver, signed so that Svix's own verifier (com.svix.Webhook) and
 * the client's WebhookVerifier both accept it, its body the contract's Event and its type's payload schema; and
 * both refuse a delivery whose body, secret or timestamp is not the one signed.
 */
class WebhookEventTypesTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final ContractValidator CONTRACT = ContractValidator.forFlexApi();

    private final SandboxClient sandbox = new SandboxClient(FLEX);
    private final WebhookReceiver receiver = WebhookReceiver.start();
    private String secret;

    @BeforeEach
    void registerForEveryTypeTheSandboxSends() throws Exception {
        Fixtures.seed(sandbox);
        secret = sandbox.webhooks()
                .createWebhook(new WebhookCreateRequest()
                        .webhook(new WebhookCreateParams()
                                .url(receiver.url())
                                .events(payloads().keySet().stream()
                                        .map(EventType::fromValue)
                                        .toList())))
                .getWebhook()
                .getSigningSecret();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** @return the contract's x-flex-event-payloads: each type the sandbox sends, and its payload schema */
    static Map<String, String> payloads() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(FlexContract.read(FlexContract.FLEX_API));
        Map<String, String> payloads = new LinkedHashMap<>();
        contract.at("/components/schemas/EventType/x-flex-event-payloads")
                .properties()
                .forEach(entry -> payloads.put(entry.getKey(), entry.getValue().asText()));
        return payloads;
    }

    @Test
    void eachTypeArrivesSignedAsSvixSignsAndShapedAsTheContractSays() throws Exception {
        Map<String, String> payloads = payloads();
        runEveryFlow();

        List<WebhookReceiver.Received> received = receiver.received();
        Set<String> types = new TreeSet<>();
        for (WebhookReceiver.Received delivery : received) {
            Event event = verifyWithBoth(delivery);
            String type = event.getEventType().getValue();
            types.add(type);
            assertThat(payloads).as("a type the contract maps").containsKey(type);
            Object payload = JsonResponses.MAPPER.readValue(
                    delivery.body(), Class.forName("dev.flexkit.client.model." + payloads.get(type)));
            assertThat(unknownFields(payload)).as(type).isEmpty();
            assertThat(CONTRACT.checkResponse(
                            new SimpleRequest.Builder("POST", "/v1/events/" + event.getEventId() + "/retry")
                                    .withAuthorization("Bearer " + sandbox.apiKey())
                                    .build(),
                            SimpleResponse.Builder.ok()
                                    .withContentType("application/json")
                                    .withBody("{\"event\": " + delivery.body() + "}")
                                    .build()))
                    .as(type + " is the contract's Event")
                    .extracting(ContractViolation::describe)
                    .isEmpty();
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(payloads.keySet());
    }

    @Test
    void bothVerifiersRefuseAChangedBodyAWrongSecretAndAStaleTimestamp() throws Exception {
        sandbox.customers()
                .createCustomer(new CustomerCreateRequest().customer(new CustomerCreateParams().email("a@b.example")));
        WebhookReceiver.Received delivery = receiver.await(1, r -> true).get(0);
        Webhook svix = svix(secret);
        String changed = delivery.body().replace("a@b.example", "c@d.example");
        String otherSecret = sandbox.webhooks()
                .createWebhook(new WebhookCreateRequest()
                        .webhook(new WebhookCreateParams()
                                .url(receiver.url())
                                .events(List.of(EventType.CUSTOMER_DELETED))))
                .getWebhook()
                .getSigningSecret();
        Map<String, List<String>> stale = new HashMap<>(headers(delivery));
        stale.put("svix-timestamp", List.of(Long.toString(Instant.now().getEpochSecond() - 600)));

        assertThatThrownBy(() -> svix.verify(changed, headers(delivery)))
                .isInstanceOf(com.svix.exceptions.WebhookVerificationException.class);
        assertThatThrownBy(() -> WebhookVerifier.withSecret(secret).verify(changed, headers(delivery)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> svix(otherSecret).verify(delivery.body(), headers(delivery)))
                .isInstanceOf(com.svix.exceptions.WebhookVerificationException.class);
        assertThatThrownBy(() -> WebhookVerifier.withSecret(otherSecret).verify(delivery.body(), headers(delivery)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> svix.verify(delivery.body(), stale))
                .isInstanceOf(com.svix.exceptions.WebhookVerificationException.class);
        assertThatThrownBy(() -> WebhookVerifier.withSecret(secret).verify(delivery.body(), stale))
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.STALE_TIMESTAMP));
        // The delivery as it came, read ten minutes later, is stale too.
        Clock later = Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofMinutes(10));
        assertThatThrownBy(() ->
                        WebhookVerifier.withSecret(secret).clock(later).verify(delivery.body(), headers(delivery)))
                .isInstanceOf(WebhookVerificationException.class);
        // And as it came, now, both accept it.
        svix.verify(delivery.body(), headers(delivery));
        assertThat(WebhookVerifier.withSecret(secret).verify(delivery.body(), headers(delivery)))
                .isNotNull();
    }

    private Event verifyWithBoth(WebhookReceiver.Received delivery) throws Exception {
        svix(secret).verify(delivery.body(), headers(delivery));
        return WebhookVerifier.withSecret(secret).verify(delivery.body(), headers(delivery));
    }

    private static Webhook svix(String secret) throws Exception {
        return new Webhook("whsec_" + secret.substring("fwhsec_".length()));
    }

    private static Map<String, List<String>> headers(WebhookReceiver.Received delivery) {
        return delivery.headers().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    private static Map<?, ?> unknownFields(Object model) throws Exception {
        return (Map<?, ?>) model.getClass().getMethod("getUnknownFields").invoke(model);
    }

    // The flows of the lifecycle, each recording the events of its state changes.
    private void runEveryFlow() throws Exception {
        String customer = sandbox.customers()
                .createCustomer(new CustomerCreateRequest().customer(new CustomerCreateParams().email("e@example.com")))
                .getCustomer()
                .getCustomerId();
        sandbox.customers()
                .updateCustomer(
                        customer, new CustomerUpdateRequest().customer(new CustomerUpdateParams().employer("Flex")));

        CheckoutSession paid = Fixtures.onSession(sandbox, BANDAGE);
        Fixtures.complete(sandbox, paid.getCheckoutSessionId(), "approved", "paid@example.com");
        String payment = sandbox.checkoutSessions()
                .retrieveCheckoutSession(paid.getCheckoutSessionId())
                .getCheckoutSession()
                .getPaymentIntent()
                .getId();
        String refund = sandbox.refunds()
                .createRefund(new RefundCreateRequest()
                        .refund(new RefundCreateParams()
                                .paymentIntentId(payment)
                                .amount(100L)))
                .getRefund()
                .getRefundId();
        sandbox.refunds()
                .updateRefund(
                        refund, new RefundUpdateRequest().refund(new RefundUpdateParams().metadata(Map.of("a", "b"))));

        Fixtures.complete(
                sandbox,
                Fixtures.create(
                                sandbox,
                                new CheckoutSessionCreateParams()
                                        .mode(CheckoutSessionMode.REIMBURSEMENT)
                                        .addLineItemsItem(new LineItemParams().product(GYM_PRODUCT))
                                        .successUrl("https://example.com/thanks"))
                        .getCheckoutSessionId(),
                "approved",
                "reimbursed@example.com");

        CheckoutSession held = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM, BANDAGE).mode(CheckoutSessionMode.PAYMENT).captureMethod(CaptureMethod.MANUAL));
        Fixtures.complete(sandbox, held.getCheckoutSessionId(), "approved", "held@example.com");
        capture(held, 1000L, false);
        capture(held, 1000L, true);

        CompletedCheckout subscribed = Fixtures.complete(
                sandbox,
                Fixtures.create(sandbox, Fixtures.monthlySubscription()).getCheckoutSessionId(),
                "approved",
                "sub@example.com");

        Fixtures.onSession(sandbox, BANDAGE); // left open: it expires when the clock moves on
        sandbox.control().failNextRenewal(subscribed.getSubscriptionId());
        sandbox.control().setClock(new ClockChange().advance("P1M"));
        sandbox.subscriptions().cancelSubscription(subscribed.getSubscriptionId(), new SubscriptionCancelParams());

        receiver.await(payloads().size(), r -> true);
        // Every type arrives once the flows above are done; wait for the last ones to come in.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (typesReceived().size() < payloads().size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private Set<String> typesReceived() throws Exception {
        Set<String> types = new TreeSet<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            types.add(JsonResponses.MAPPER.readTree(r.body()).get("event_type").asText());
        }
        return types;
    }

    private void capture(CheckoutSession session, Long amount, Boolean finalCapture) throws Exception {
        sandbox.checkoutSessions()
                .captureCheckoutSession(
                        session.getCheckoutSessionId(),
                        new CheckoutSessionCaptureRequest()
                                .checkoutSession(new CheckoutSessionCaptureParams()
                                        .finalCapture(finalCapture)
                                        .addLineItemsItem(new CaptureLineItemParams()
                                                .product(GYM_PRODUCT)
                                                .amountToCapture(amount))));
    }
}

package dev.flexkit.client.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.svix.Webhook;
import dev.flexkit.client.model.CheckoutSessionEvent;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.webhooks.WebhookVerificationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The client's verifier against Svix's own library (com.svix.Webhook, test scope): what Svix signs, ours accepts,
 * and ours refuses a changed body, a wrong secret, a stale timestamp, a replay and missing headers.
 */
class WebhookVerifierTest {

    // Flex's example secret, from its verifying-webhooks page.
    private static final String SECRET = "fwhsec_Y2NhZDczMDYtNDEyYi0xMWVlLTg5MTItNGY4Y2E5ZmU1MmI4";
    private static final String OTHER_SECRET = "fwhsec_" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String ID = "fevt_01J9XR8M3K7VZ8N2YB4WJ6T0RA";
    private static final String BODY = "{\"event_id\":\"" + ID + "\",\"event_type\":\"checkout.session.completed\","
            + "\"event_dt\":1781524800,\"object\":{\"checkout_session\":{\"checkout_session_id\":"
            + "\"fcs_01HW5KTQQAAQ66WV19MFW4DTT4\",\"status\":\"complete\",\"amount_total\":6900}},"
            + "\"test_mode\":true,\"created_at\":\"2026-06-15T12:00:00Z\"}";

    private final long now = Instant.now().getEpochSecond();

    /** The headers Svix's library signs a message with: what Flex sends. */
    private static Map<String, List<String>> signedBySvix(String secret, String id, long timestamp, String body)
            throws Exception {
        String signature = new Webhook("whsec_" + secret.substring("fwhsec_".length())).sign(id, timestamp, body);
        return Map.of(
                "svix-id", List.of(id),
                "svix-timestamp", List.of(Long.toString(timestamp)),
                "svix-signature", List.of(signature));
    }

    @Test
    void aMessageSvixSignsIsAcceptedAndReadAsTheGeneratedEvent() throws Exception {
        Event event = WebhookVerifier.withSecret(SECRET).verify(BODY, signedBySvix(SECRET, ID, now, BODY));

        assertThat(event.getEventId()).isEqualTo(ID);
        assertThat(event.getEventType()).isEqualTo(EventType.CHECKOUT_SESSION_COMPLETED);
        assertThat(event.getObject().getCheckoutSession().getCheckoutSessionId())
                .isEqualTo("fcs_01HW5KTQQAAQ66WV19MFW4DTT4");
    }

    @Test
    void theBodyCanBeReadIntoThePayloadSchemaOfItsType() throws Exception {
        CheckoutSessionEvent event = WebhookVerifier.withSecret(SECRET)
                .verify(BODY, signedBySvix(SECRET, ID, now, BODY), CheckoutSessionEvent.class);

        assertThat(event.getObject().getCheckoutSession().getAmountTotal()).isEqualTo(6900L);
    }

    @Test
    void svixAcceptsWhatOurVerifierAccepts() throws Exception {
        Map<String, List<String>> headers = signedBySvix(SECRET, ID, now, BODY);

        new Webhook("whsec_" + SECRET.substring("fwhsec_".length())).verify(BODY, headers);
        assertThat(WebhookVerifier.withSecret(SECRET).verify(BODY, headers)).isNotNull();
    }

    @Test
    void aChangedBodyIsRefused() throws Exception {
        Map<String, List<String>> headers = signedBySvix(SECRET, ID, now, BODY);

        assertRefused(
                () -> WebhookVerifier.withSecret(SECRET).verify(BODY.replace("6900", "1"), headers),
                Reason.BAD_SIGNATURE);
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY + " ", headers), Reason.BAD_SIGNATURE);
    }

    @Test
    void anotherEndpointsSecretIsRefused() throws Exception {
        assertRefused(
                () -> WebhookVerifier.withSecret(OTHER_SECRET).verify(BODY, signedBySvix(SECRET, ID, now, BODY)),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aChangedIdOrTimestampIsRefused() throws Exception {
        Map<String, String> headers = new HashMap<>(single(signedBySvix(SECRET, ID, now, BODY)));
        headers.put("svix-id", "fevt_other");
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY, headers), Reason.BAD_SIGNATURE);
        headers.put("svix-id", ID);
        headers.put("svix-timestamp", Long.toString(now - 1));
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY, headers), Reason.BAD_SIGNATURE);
    }

    @Test
    void aStaleOrFutureTimestampIsRefusedEvenWellSigned() throws Exception {
        long old = now - Duration.ofMinutes(6).toSeconds();
        assertRefused(
                () -> WebhookVerifier.withSecret(SECRET).verify(BODY, signedBySvix(SECRET, ID, old, BODY)),
                Reason.STALE_TIMESTAMP);
        long future = now + Duration.ofMinutes(6).toSeconds();
        assertRefused(
                () -> WebhookVerifier.withSecret(SECRET).verify(BODY, signedBySvix(SECRET, ID, future, BODY)),
                Reason.STALE_TIMESTAMP);
        // Svix refuses the stale one too.
        assertThatThrownBy(() -> new Webhook("whsec_" + SECRET.substring("fwhsec_".length()))
                        .verify(BODY, signedBySvix(SECRET, ID, old, BODY)))
                .isInstanceOf(com.svix.exceptions.WebhookVerificationException.class);
    }

    @Test
    void theToleranceAndTheClockCanBeSet() throws Exception {
        long old = now - Duration.ofMinutes(6).toSeconds();
        Map<String, List<String>> headers = signedBySvix(SECRET, ID, old, BODY);

        assertThat(WebhookVerifier.withSecret(SECRET)
                        .tolerance(Duration.ofMinutes(10))
                        .verify(BODY, headers))
                .isNotNull();
        Clock then = Clock.fixed(Instant.ofEpochSecond(old + 1), ZoneOffset.UTC);
        assertThat(WebhookVerifier.withSecret(SECRET).clock(then).verify(BODY, headers))
                .isNotNull();
    }

    @Test
    void aReplayIsRefusedAndARetryWithANewTimestampIsNot() throws Exception {
        WebhookVerifier verifier = WebhookVerifier.withSecret(SECRET);
        Map<String, List<String>> first = signedBySvix(SECRET, ID, now, BODY);
        verifier.verify(BODY, first);

        assertRefused(() -> verifier.verify(BODY, first), Reason.REPLAYED);
        // Flex retries a failed delivery with the same id, a new timestamp and a new signature.
        assertThat(verifier.verify(BODY, signedBySvix(SECRET, ID, now + 1, BODY)))
                .isNotNull();
    }

    @Test
    void missingHeadersAreRefused() throws Exception {
        Map<String, String> headers = new HashMap<>(single(signedBySvix(SECRET, ID, now, BODY)));
        headers.remove("svix-signature");
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY, headers), Reason.MISSING_HEADER);
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY, Map.of()), Reason.MISSING_HEADER);
    }

    @Test
    void theStandardWebhooksNamesAndAnyCaseAreAccepted() throws Exception {
        Map<String, String> svix = single(signedBySvix(SECRET, ID, now, BODY));
        Map<String, String> standard = Map.of(
                "Webhook-Id", svix.get("svix-id"),
                "Webhook-Timestamp", svix.get("svix-timestamp"),
                "Webhook-Signature", svix.get("svix-signature"));

        assertThat(WebhookVerifier.withSecret(SECRET).verify(BODY, standard).getEventId())
                .isEqualTo(ID);
    }

    @Test
    void oneMatchingSignatureOfSeveralIsEnoughOthersVersionsAreIgnored() throws Exception {
        Map<String, String> svix = single(signedBySvix(SECRET, ID, now, BODY));
        String rotated =
                "v1," + Base64.getEncoder().encodeToString(new byte[32]) + " v2,whatever " + svix.get("svix-signature");
        Map<String, String> headers = new HashMap<>(svix);
        headers.put("svix-signature", rotated);

        assertThat(WebhookVerifier.withSecret(SECRET).verify(BODY, headers)).isNotNull();
        headers.put("svix-signature", "v2," + svix.get("svix-signature").substring(3));
        assertRefused(() -> WebhookVerifier.withSecret(SECRET).verify(BODY, headers), Reason.BAD_SIGNATURE);
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsRefusedAsUnreadable() throws Exception {
        String notJson = "<html>hello</html>";
        assertRefused(
                () -> WebhookVerifier.withSecret(SECRET).verify(notJson, signedBySvix(SECRET, ID, now, notJson)),
                Reason.UNREADABLE_PAYLOAD);
    }

    @Test
    void theStaticHelperRemembersWhatItVerified() throws Exception {
        String id = "fevt_static" + now;
        Map<String, List<String>> headers = signedBySvix(SECRET, id, now, BODY);

        assertThat(WebhookVerifier.verify(BODY, headers, SECRET)).isNotNull();
        assertRefused(() -> WebhookVerifier.verify(BODY, headers, SECRET), Reason.REPLAYED);
    }

    @Test
    void aMalformedSecretIsAConfigurationError() {
        assertThatThrownBy(() -> WebhookVerifier.withSecret("fwhsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> single(Map<String, List<String>> headers) {
        Map<String, String> single = new HashMap<>();
        headers.forEach((name, values) -> single.put(name, values.get(0)));
        return single;
    }

    private static void assertRefused(ThrowingCallable verification, Reason reason) {
        assertThatThrownBy(verification)
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}

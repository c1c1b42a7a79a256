package dev.flexkit.client.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Verifies that a webhook request comes from Flex, as Flex's verifying-webhooks page says (Svix's scheme), and reads
 * its body into the generated {@link Event}.
 *
 * <pre>{@code
 * Event event = WebhookVerifier.verify(rawBody, request.headers(), System.getenv("FLEX_WEBHOOK_SECRET"));
 * if (EventType.CHECKOUT_SESSION_COMPLETED.equals(event.getEventType())) {
 *     fulfil(event.getObject().getCheckoutSession());
 * }
 * }</pre>
 *
 * The HMAC-SHA256 of {@code "{id}.{timestamp}.{raw body}"}, keyed with the base64-decoded part of the signing secret
 * after its prefix, must equal one of the {@code v1,} signatures of the signature header (compared in constant
 * time); the timestamp must be within the tolerance (5 minutes, as Svix's libraries) of now; and a message (its id
 * and timestamp) verified once is refused the second time, within the tolerance (a retry by Flex has a new timestamp
 * and passes). Give it the raw body, byte for byte as it came: a body parsed and written again does not verify.
 * Thread-safe; keep one per endpoint secret.
 */
public final class WebhookVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ApiClient((CloseableHttpClient) null).getObjectMapper();
    private static final Map<String, WebhookVerifier> BY_SECRET = new ConcurrentHashMap<>();

    private final byte[] key;
    private final Duration tolerance;
    private final Clock clock;
    // Messages verified within the tolerance, by "id.timestamp", with when they stop mattering (epoch seconds).
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    private WebhookVerifier(byte[] key, Duration tolerance, Clock clock) {
        this.key = key;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * @param signingSecret the endpoint's {@code signing_secret}: {@code fwhsec_} and base64 (Svix's {@code whsec_}
     *                      form is read too)
     * @throws IllegalArgumentException when the secret is not of that form (a configuration error, not a forgery)
     */
    public static WebhookVerifier withSecret(String signingSecret) {
        return new WebhookVerifier(decode(signingSecret), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /** Verifies with the one verifier this class keeps for the secret (and so remembers what it verified). */
    public static Event verify(String payload, Map<String, ?> headers, String signingSecret)
            throws WebhookVerificationException {
        return BY_SECRET
                .computeIfAbsent(signingSecret, WebhookVerifier::withSecret)
                .verify(payload, headers);
    }

    /** @return a verifier that accepts timestamps this far from now (either way) */
    public WebhookVerifier tolerance(Duration tolerance) {
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("a tolerance cannot be negative: " + tolerance);
        }
        return new WebhookVerifier(key, tolerance, clock);
    }

    /** @return a verifier that tells the time by this clock (a test's) */
    public WebhookVerifier clock(Clock clock) {
        return new WebhookVerifier(key, tolerance, Objects.requireNonNull(clock, "clock"));
    }

    /** @param payload the raw body, as UTF-8 text */
    public Event verify(String payload, Map<String, ?> headers) throws WebhookVerificationException {
        return verify(payload.getBytes(StandardCharsets.UTF_8), headers, Event.class);
    }

    /**
     * @param type the model to read the body into: {@link Event}, or the payload schema of the event's type
     *             ({@code CheckoutSessionEvent}, see {@code x-flex-event-payloads} in the contract)
     */
    public <T> T verify(String payload, Map<String, ?> headers, Class<T> type) throws WebhookVerificationException {
        return verify(payload.getBytes(StandardCharsets.UTF_8), headers, type);
    }

    public <T> T verify(byte[] payload, Map<String, ?> headers, Class<T> type) throws WebhookVerificationException {
        WebhookHeaders signed = WebhookHeaders.of(headers);
        long timestamp = checkTimestamp(signed.timestamp());
        checkSignature(signed, payload);
        long now = clock.instant().getEpochSecond();
        forgetExpired(now);
        if (seen.putIfAbsent(signed.id() + "." + timestamp, timestamp + tolerance.getSeconds()) != null) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.REPLAYED,
                    "message " + signed.id() + " at " + timestamp + " was verified before: a replay");
        }
        try {
            return JSON.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.UNREADABLE_PAYLOAD,
                    "the signed body is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.UNREADABLE_PAYLOAD,
                    "the signed body could not be read: " + e.getMessage(),
                    e);
        }
    }

    private long checkTimestamp(String header) throws WebhookVerificationException {
        long timestamp;
        try {
            timestamp = Long.parseLong(header);
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.STALE_TIMESTAMP, "the timestamp is not a number: " + header);
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > tolerance.getSeconds()) {
            throw new WebhookVerificationException(
                    WebhookVerificationException.Reason.STALE_TIMESTAMP,
                    "the message was signed at " + timestamp + ", " + (now - timestamp)
                            + " s from now, more than the tolerance of " + tolerance.getSeconds() + " s");
        }
        return timestamp;
    }

    private void checkSignature(WebhookHeaders signed, byte[] payload) throws WebhookVerificationException {
        byte[] expected =
                hmac((signed.id() + "." + signed.timestamp() + ".").getBytes(StandardCharsets.UTF_8), payload);
        for (String signature : signed.signatures().split(" ")) {
            // "v1,<base64>"; the older flex-signature header carries the bare base64.
            int comma = signature.indexOf(',');
            if (comma >= 0 && !signature.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(signature.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new WebhookVerificationException(
                WebhookVerificationException.Reason.BAD_SIGNATURE,
                "no v1 signature matches the body: it changed on the way, or the secret is not this endpoint's");
    }

    private byte[] hmac(byte[] prefix, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(prefix);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private void forgetExpired(long now) {
        for (Iterator<Long> until = seen.values().iterator(); until.hasNext(); ) {
            if (until.next() < now) {
                until.remove();
            }
        }
    }

    private static byte[] decode(String secret) {
        Objects.requireNonNull(secret, "signingSecret");
        String encoded = secret.startsWith("fwhsec_") || secret.startsWith("whsec_")
                ? secret.substring(secret.indexOf('_') + 1)
                : secret;
        try {
            byte[] key = Base64.getDecoder().decode(encoded);
            if (key.length == 0) {
                throw new IllegalArgumentException("the signing secret is empty");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "a signing secret is fwhsec_ and base64, as the webhook endpoint's signing_secret", e);
        }
    }
}

package dev.flexkit.sandbox.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery as Flex's verifying-webhooks page says (Svix's scheme): HMAC-SHA256 of
 * {@code "{id}.{timestamp}.{body}"}, keyed with the base64-decoded part of the secret after its prefix, written
 * {@code v1,<base64>}.
 */
final class SvixSignatures {

    private SvixSignatures() {}

    /**
     * @param secret {@code fwhsec_} (or any {@code prefix_}) and the base64 of the key
     * @return the value of the {@code svix-signature} header
     */
    static String sign(String id, long timestamp, byte[] body, String secret) {
        byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

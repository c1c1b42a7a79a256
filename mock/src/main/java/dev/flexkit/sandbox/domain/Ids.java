package dev.flexkit.sandbox.domain;

import java.security.SecureRandom;
import java.time.Clock;

/** New ids: Flex's prefix and a ULID (48 bits of milliseconds, 80 random bits, Crockford base32). */
public final class Ids {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String next(String prefix) {
        long millis = Clock.systemUTC().millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] ulid = new char[26];
        for (int i = 9; i >= 0; i--) {
            ulid[i] = CROCKFORD[(int) (millis & 31)];
            millis >>>= 5;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
            low = (low << 8) | (random[i + 5] & 0xff);
        }
        for (int i = 17; i >= 10; i--) {
            ulid[i] = CROCKFORD[(int) (high & 31)];
            high >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            ulid[i] = CROCKFORD[(int) (low & 31)];
            low >>>= 5;
        }
        return prefix + new String(ulid);
    }
}

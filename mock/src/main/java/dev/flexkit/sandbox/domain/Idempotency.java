package dev.flexkit.sandbox.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rule "idempotency": a {@code POST} or {@code PATCH} with an {@code Idempotency-Key} that repeats an earlier
 * request of the same API key (same method, path and body, byte for byte) within {@link #RETENTION} of the
 * dataset's clock gets the first answer again, status and body, without running again; the same key with
 * another request is refused ({@link #TYPE}). Requests with one key run one at a time, so concurrent repeats
 * run once. An answer with a 5xx status is not kept: the request may run again. One instance per dataset, so
 * keys of different API keys never meet.
 */
public final class Idempotency {

    public static final String TYPE = "idempotency_key_reused";
    public static final Duration RETENTION = Duration.ofHours(24);

    /** What a request is, for comparing a repeat with the first one. */
    public record Request(String method, String path, byte[] body) {

        String fingerprint() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                sha.update(method.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(body);
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer as it was sent: status, content type and body bytes. */
    public record Answer(int status, String contentType, byte[] body) {

        boolean kept() {
            return status < 500;
        }
    }

    private static final class Slot {
        String fingerprint;
        Instant storedAt;
        Answer answer;
    }

    private final SandboxClock clock;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    Idempotency(SandboxClock clock) {
        this.clock = clock;
    }

    /**
     * @param key     the request's {@code Idempotency-Key}
     * @param request the request, to compare a repeat with
     * @param run     runs the request (once per key, unless its answer is not kept)
     * @return the answer: the stored one for a repeat, otherwise the one {@code run} gave
     * @throws RuleViolationException when the key was used for another request
     */
    public Answer answer(String key, Request request, Supplier<Answer> run) {
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        synchronized (slot) {
            String fingerprint = request.fingerprint();
            if (slot.answer != null && !expired(slot)) {
                if (!slot.fingerprint.equals(fingerprint)) {
                    throw new RuleViolationException(new Problem(
                            java.util.List.of("header", "Idempotency-Key"),
                            TYPE + ": this Idempotency-Key was used for another request (another method, path or body)"
                                    + " in the last 24 hours; use a new key for a new request",
                            TYPE));
                }
                return slot.answer;
            }
            Answer answer = run.get();
            if (answer.kept()) {
                slot.fingerprint = fingerprint;
                slot.storedAt = clock.now();
                slot.answer = answer;
            }
            return answer;
        }
    }

    private boolean expired(Slot slot) {
        return !clock.now().isBefore(slot.storedAt.plus(RETENTION));
    }

    void clear() {
        slots.clear();
    }
}

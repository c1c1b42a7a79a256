package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.PaymentIntentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule "authorization lapse": a payment authorized for manual capture is held for {@link #LIFETIME} on the
 * dataset's clock; when the clock passes that time and the hold was neither captured, released nor renewed
 * ({@code reauth}, which holds it for another {@link #LIFETIME} from now), the hold lapses: the payment intent is
 * {@code canceled} with nothing capturable, and the session can no longer be captured or reauthorized.
 * <p>
 * Flex's pages document reauth and the hold, not how long a hold lasts: seven days is Stripe's window for an online
 * card authorization, which Flex runs on (inferred). The holds are kept by the time they lapse, so that moving the
 * clock costs what lapses, not what is held.
 */
public final class AuthorizationHolds {

    /** How long an authorization is held (inferred: Stripe's seven days for online card payments). */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final Dataset data;
    private final Map<String, Instant> lapsesAt = new HashMap<>();
    private final TreeMap<Instant, List<String>> byLapse = new TreeMap<>();

    AuthorizationHolds(Dataset data) {
        this.data = data;
    }

    /** The payment was authorized now: its hold runs for {@link #LIFETIME}. */
    void hold(String paymentIntentId) {
        release(paymentIntentId);
        Instant until = data.clock.now().plus(LIFETIME);
        lapsesAt.put(paymentIntentId, until);
        byLapse.computeIfAbsent(until, t -> new ArrayList<>()).add(paymentIntentId);
    }

    /** The hold was captured in full or released: it can no longer lapse. */
    void release(String paymentIntentId) {
        Instant until = lapsesAt.remove(paymentIntentId);
        if (until != null) {
            List<String> ids = byLapse.get(until);
            ids.remove(paymentIntentId);
            if (ids.isEmpty()) {
                byLapse.remove(until);
            }
        }
    }

    /** @return when the hold of this payment lapses, or {@code null} when it is not held */
    public Instant lapsesAt(String paymentIntentId) {
        return data.reading(() -> lapsesAt.get(paymentIntentId));
    }

    /** Lets every hold whose time has come lapse; called whenever the dataset's clock moves. */
    void lapseDue() {
        Instant now = data.clock.now();
        while (!byLapse.isEmpty() && !byLapse.firstKey().isAfter(now)) {
            for (String id : new ArrayList<>(byLapse.firstEntry().getValue())) {
                release(id);
                PaymentIntent payment = data.paymentIntents.require(id);
                if (payment.status() == PaymentIntentStatus.REQUIRES_CAPTURE) {
                    data.paymentIntents.put(payment.canceled());
                    // Stripe's name for an uncaptured payment that lapsed; not on Flex's events page (inferred).
                    data.events.record("payment_intent.canceled", "payment_intent", id);
                }
            }
        }
    }

    void clear() {
        lapsesAt.clear();
        byLapse.clear();
    }
}

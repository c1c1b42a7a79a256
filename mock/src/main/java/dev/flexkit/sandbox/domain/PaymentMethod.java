package dev.flexkit.sandbox.domain;

import java.time.Instant;

/**
 * A saved payment method of a customer. {@code offSession} is true when it was saved by an on-session
 * checkout created with {@code setup_future_use: off_session}.
 */
public record PaymentMethod(String id, String customerId, boolean offSession, Card card, Instant createdAt)
        implements Entity {

    /** The card as the sandbox pretends it was entered: test cards only. */
    public record Card(String brand, String last4, int expMonth, int expYear) {

        public static Card testVisa(int expYear) {
            return new Card("visa", "4242", 12, expYear);
        }
    }
}

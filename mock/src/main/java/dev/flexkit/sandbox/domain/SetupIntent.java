package dev.flexkit.sandbox.domain;

import java.time.Instant;

/**
 * What a {@code mode: setup} checkout leaves behind: a payment method saved for off-session use, nothing charged.
 * The {@code fseti_} prefix is the third-party mock's (Flex's pages show it only in examples); the sandbox's setup
 * intents succeed when the hosted checkout completes.
 */
public record SetupIntent(
        String id, String checkoutSessionId, String customerId, String paymentMethodId, Instant createdAt)
        implements Entity {}

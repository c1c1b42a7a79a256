package dev.flexkit.sandbox.domain;

/** Amounts the merchant gives for a capture or a refund: cents, never below zero (inferred: Flex's pages say cents). */
final class Amounts {

    private Amounts() {}

    static Problem negative(Object... loc) {
        return Problem.of("amount_must_not_be_negative", "an amount is never below zero", loc);
    }

    static void requireNotNegative(Long amount, String field) {
        if (amount != null && amount < 0) {
            throw new RuleViolationException(negative(field));
        }
    }
}

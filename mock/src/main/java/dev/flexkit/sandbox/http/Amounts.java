package dev.flexkit.sandbox.http;

/**
 * Amounts between the generated models and the domain, which counts every amount in cents as a {@code long}.
 * The models' amounts are {@code Integer} where Flex's pages print a plain {@code integer}.
 */
final class Amounts {

    private Amounts() {}

    /** @return the model's amount as the domain counts it, or {@code null} when not given */
    static Long of(Number amount) {
        return amount == null ? null : amount.longValue();
    }

    /** @return the domain's amount as the model carries it (the domain never makes more than an int's worth) */
    static Integer toModel(long amount) {
        return Math.toIntExact(amount);
    }
}

package dev.flexkit.sandbox.http;

/** Amounts between the generated models ({@code Long}, the contract's int64) and the domain ({@code long} cents). */
final class Amounts {

    private Amounts() {}

    /** @return the model's amount as the domain counts it, or {@code null} when not given */
    static Long of(Number amount) {
        return amount == null ? null : amount.longValue();
    }

    /** @return the domain's amount as the model carries it */
    static Long toModel(long amount) {
        return amount;
    }
}

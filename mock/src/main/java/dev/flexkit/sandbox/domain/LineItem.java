package dev.flexkit.sandbox.domain;

/** A line of a checkout: a price, how many, and the product it sells (as they were when the checkout was made). */
public record LineItem(String id, Price price, Product product, long quantity) implements Entity {

    /** @return unit amount times quantity, in cents */
    public long amount() {
        return Math.multiplyExact(price.unitAmount(), quantity);
    }
}

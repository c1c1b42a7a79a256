package dev.flexkit.conformance.steps;

import io.cucumber.java.ParameterType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The business values steps speak of. */
public final class ParameterTypes {

    public static final String MONEY = "\\$\\d+\\.\\d{2}";
    public static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    public static final String OBJECT = "checkout session|customer|product|price";

    @ParameterType(Cart.REGEX)
    public Cart cart(String text) {
        return Cart.parse(text);
    }

    /** {@code $69.00}, as cents: a {@code Long}, the contract's amounts. */
    @ParameterType(MONEY)
    public Long money(String text) {
        return new BigDecimal(text.substring(1)).movePointRight(2).longValueExact();
    }

    @ParameterType(DATE)
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @ParameterType(OBJECT)
    public String object(String text) {
        return text;
    }
}

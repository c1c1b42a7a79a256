package dev.flexkit.sandbox.domain;

/**
 * The card numbers a tester types on the hosted checkout. Flex's subscriptions getting-started page documents two:
 * {@code 4242 4242 4242 4242} succeeds and {@code 4000 0000 0000 9995} is declined. Every other number is accepted
 * like the first (inferred: Flex's test environment may refuse numbers that are not test cards).
 */
public final class TestCards {

    /** Flex's documented card that succeeds, used when the tester names none. */
    public static final String SUCCEEDS = "4242424242424242";

    /** Flex's documented card that is declined. */
    public static final String DECLINED = "4000000000009995";

    /**
     * What a charge of the declined card answers: Stripe's code and decline message for this number (insufficient
     * funds), as Flex's page names the card without its error.
     */
    static final Problem DECLINE = Problem.of("card_declined", "Your card has insufficient funds.", "card_number");

    private TestCards() {}

    static boolean declines(String cardNumber) {
        return DECLINED.equals(cardNumber);
    }

    /** The saved card a completed checkout leaves: its brand and last four digits. */
    static PaymentMethod.Card card(String cardNumber, int expYear) {
        String number = cardNumber == null ? SUCCEEDS : cardNumber;
        return new PaymentMethod.Card("visa", number.substring(number.length() - 4), 12, expYear);
    }
}

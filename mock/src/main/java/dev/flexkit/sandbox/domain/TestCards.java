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

    /**
     * What charging a saved card that is the declined test card answers off session (an off-session checkout,
     * Confirm): the same decline as on the hosted page, about the payment method the merchant named. Flex's pages show
     * declines only on the hosted page; a saved card declined when charged later is Stripe's behaviour for its
     * decline test cards (inferred).
     */
    static final Problem OFF_SESSION_DECLINE =
            Problem.of(DECLINE.type(), "Your card has insufficient funds.", "payment_method");

    private TestCards() {}

    static boolean declines(String cardNumber) {
        return DECLINED.equals(cardNumber);
    }

    /**
     * Whether charging this saved card is declined: it is the declined test card. A saved card keeps only its last
     * four digits, and of the cards the sandbox documents only the declined one ends in {@code 9995}, so a card saved
     * with it (a setup checkout, a subscription's trial, a seed with {@code last4: "9995"}) is declined whenever it is
     * charged off session.
     */
    static boolean declines(PaymentMethod method) {
        return method != null
                && method.card() != null
                && DECLINED.endsWith(method.card().last4());
    }

    /** The saved card a completed checkout leaves: its brand and last four digits. */
    static PaymentMethod.Card card(String cardNumber, int expYear) {
        String number = cardNumber == null ? SUCCEEDS : cardNumber;
        return new PaymentMethod.Card("visa", number.substring(number.length() - 4), 12, expYear);
    }
}

package dev.flexkit.sandbox.domain;

/**
 * The card numbers the hosted checkout page takes, Stripe's test cards (Flex's test environment runs on Stripe; which
 * numbers it takes is not documented: inferred). {@value #SUCCEEDS} is charged, {@value #DECLINED} is declined, any
 * other number is refused as no test card: a test run never types a real card into the sandbox.
 */
public final class TestCards {

    /** Stripe's Visa that always succeeds. */
    public static final String SUCCEEDS = "4242424242424242";

    /** Stripe's Visa that is always declined with {@code card_declined}. */
    public static final String DECLINED = "4000000000000002";

    private TestCards() {}

    /**
     * @param number the number as the customer typed it; spaces and dashes between the digits are ignored
     * @param expYear the year the card expires, as the sandbox pretends it was entered
     * @return the card the payment method keeps
     * @throws RuleViolationException {@code card_declined} for the decline card, {@code invalid_card_number} for
     *     any number that is not a test card
     */
    public static PaymentMethod.Card charge(String number, int expYear) {
        String digits = number == null ? "" : number.replaceAll("[ -]", "");
        if (digits.equals(SUCCEEDS)) {
            return PaymentMethod.Card.testVisa(expYear);
        }
        if (digits.equals(DECLINED)) {
            throw new RuleViolationException(Problem.of("card_declined", "Your card was declined.", "card_number"));
        }
        throw new RuleViolationException(Problem.of(
                "invalid_card_number",
                "Use a test card: " + SUCCEEDS + " is charged, " + DECLINED + " is declined.",
                "card_number"));
    }
}

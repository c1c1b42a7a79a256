package dev.flexkit.sandbox.domain;

/**
 * The card was declined when it was charged (402, as Stripe answers a card error; Flex's pages show no decline
 * body, so the status and the code are inferred). The session stays open for another try, its payment unpaid: on the
 * hosted page nothing else of the attempt is kept, off session the new session is kept open; and the
 * {@code payment_intent.payment_failed} event is recorded.
 */
public final class CardDeclinedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public CardDeclinedException(Problem problem) {
        super(problem.msg());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

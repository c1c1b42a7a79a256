package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.Letter;
import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.PaymentMethod;
import dev.flexkit.sandbox.domain.Problem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The off-session rules in the order they apply. The first rule that fails decides the answer, with all of
 * its problems; later rules are not consulted. The order goes from what makes a charge impossible whatever
 * the customer holds to what depends on the customer's letters:
 * <ol>
 *   <li>{@link OffSessionRequirements}: who pays, and with what;</li>
 *   <li>{@link NoSplitCart}: a split cart cannot be charged off-session, letter or not;</li>
 *   <li>{@link LetterRequired} (with {@link VisitTypeScope} and {@link OneYearExpiry}).</li>
 * </ol>
 * The sandbox enforces them all ({@link #DOCUMENTED}); {@link #without} makes rules that break one on purpose,
 * the seam of a mutation test of a scenario suite.
 */
public final class OffSessionRules {

    /** Every documented rule: what the sandbox enforces. */
    public static final OffSessionRules DOCUMENTED = new OffSessionRules(EnumSet.allOf(DocumentedRule.class));

    private final Set<DocumentedRule> enforced;

    private OffSessionRules(Set<DocumentedRule> enforced) {
        this.enforced = Set.copyOf(enforced);
    }

    /**
     * @return the documented rules but one: the sandbox then accepts what that rule alone would refuse (without
     *         {@code letter-required}, no letter is ever asked for; without {@code visit-type-scope}, a letter
     *         covers every visit type; without {@code one-year-expiry}, a letter never expires)
     */
    public static OffSessionRules without(DocumentedRule broken) {
        Set<DocumentedRule> rules = EnumSet.allOf(DocumentedRule.class);
        rules.remove(broken);
        return new OffSessionRules(rules);
    }

    /** The documented rules, all of them, in their order (the sandbox's own answer). */
    public static List<Problem> check(
            String customerId,
            PaymentMethod paymentMethod,
            List<LineItem> items,
            List<Letter> customerLetters,
            LocalDate today) {
        return DOCUMENTED.apply(customerId, paymentMethod, items, customerLetters, today);
    }

    /** The rules this instance enforces, in their order. */
    public List<Problem> apply(
            String customerId,
            PaymentMethod paymentMethod,
            List<LineItem> items,
            List<Letter> customerLetters,
            LocalDate today) {
        List<Problem> requirements = OffSessionRequirements.check(customerId, paymentMethod);
        if (!requirements.isEmpty()) {
            return requirements;
        }
        List<Problem> splitCart =
                enforced.contains(DocumentedRule.NO_SPLIT_CART) ? NoSplitCart.check(items) : List.of();
        if (!splitCart.isEmpty()) {
            return splitCart;
        }
        if (!enforced.contains(DocumentedRule.LETTER_REQUIRED)) {
            return List.of();
        }
        return LetterRequired.check(
                items,
                customerLetters,
                letter -> enforced.contains(DocumentedRule.ONE_YEAR_EXPIRY)
                        ? OneYearExpiry.isValidOn(letter, today)
                        : !today.isBefore(letter.consultationDate()),
                (letter, visitType) -> enforced.contains(DocumentedRule.VISIT_TYPE_SCOPE)
                        ? VisitTypeScope.covers(letter, visitType)
                        : true);
    }
}

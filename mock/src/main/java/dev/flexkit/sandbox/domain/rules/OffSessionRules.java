package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.Letter;
import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.PaymentMethod;
import dev.flexkit.sandbox.domain.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * The off-session rules in the order they apply. The first rule that fails decides the answer, with all of
 * its problems; later rules are not consulted. The order goes from what makes a charge impossible whatever
 * the customer holds to what depends on the customer's letters:
 * <ol>
 *   <li>{@link OffSessionRequirements}: who pays, and with what;</li>
 *   <li>{@link NoSplitCart}: a split cart cannot be charged off-session, letter or not;</li>
 *   <li>{@link LetterRequired} (with {@link VisitTypeScope} and {@link OneYearExpiry}).</li>
 * </ol>
 */
public final class OffSessionRules {

    private OffSessionRules() {
    }

    public static List<Problem> check(String customerId, PaymentMethod paymentMethod, List<LineItem> items,
            List<Letter> customerLetters, LocalDate today) {
        List<Problem> requirements = OffSessionRequirements.check(customerId, paymentMethod);
        if (!requirements.isEmpty()) {
            return requirements;
        }
        List<Problem> splitCart = NoSplitCart.check(items);
        if (!splitCart.isEmpty()) {
            return splitCart;
        }
        return LetterRequired.check(items, customerLetters, today);
    }
}

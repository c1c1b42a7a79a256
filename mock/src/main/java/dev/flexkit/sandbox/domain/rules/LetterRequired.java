package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.domain.Letter;
import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.Problem;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Rule "letter required": off-session, every item whose product needs a Letter of Medical Necessity must be
 * covered by a letter of the customer that is in scope ({@link VisitTypeScope}) and not expired
 * ({@link OneYearExpiry}) today; {@link OffSessionRules} gives those two rules as {@code valid} and {@code inScope}.
 * Flex answers with one fixed body, whatever the number of uncovered items.
 */
public final class LetterRequired {

    /** Exactly the body Flex documents. */
    public static final Problem LOMN_REQUIRED =
            new Problem(List.of("visit_type"), "A LoMN is required for this visit type", "invalid_request_error");

    private LetterRequired() {}

    static List<Problem> check(
            List<LineItem> items,
            List<Letter> customerLetters,
            Predicate<Letter> valid,
            BiPredicate<Letter, VisitType> inScope) {
        boolean uncovered = items.stream()
                .filter(item -> item.product().needsLetter())
                .anyMatch(item -> customerLetters.stream()
                        .noneMatch(letter -> inScope.test(letter, item.product().visitType()) && valid.test(letter)));
        return uncovered ? List.of(LOMN_REQUIRED) : List.of();
    }
}

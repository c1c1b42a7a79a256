package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.Letter;
import dev.flexkit.sandbox.domain.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * Rule "letter required": off-session, every item whose product needs a Letter of Medical Necessity must be
 * covered by a letter of the customer that is in scope ({@link VisitTypeScope}) and not expired
 * ({@link OneYearExpiry}) today. Flex answers with one fixed body, whatever the number of uncovered items.
 */
public final class LetterRequired {

    /** Exactly the body Flex documents. */
    public static final Problem LOMN_REQUIRED =
            new Problem(List.of("visit_type"), "A LoMN is required for this visit type", "invalid_request_error");

    private LetterRequired() {
    }

    public static List<Problem> check(List<LineItem> items, List<Letter> customerLetters, LocalDate today) {
        boolean uncovered = items.stream()
                .filter(item -> item.product().needsLetter())
                .anyMatch(item -> customerLetters.stream().noneMatch(letter ->
                        VisitTypeScope.covers(letter, item.product().visitType()) && OneYearExpiry.isValidOn(letter, today)));
        return uncovered ? List.of(LOMN_REQUIRED) : List.of();
    }
}

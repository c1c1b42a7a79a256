package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.Letter;
import java.time.LocalDate;

/**
 * Rule "one-year expiry": a letter is valid for one year from the day of the consultation.
 * <p>
 * Flex does not state the boundary; the sandbox reads it as: valid from the consultation day through the day
 * before its first anniversary. A consultation on 10 March 2025 is valid through 9 March 2026 and expired on
 * 10 March 2026. A consultation on 29 February 2024, whose anniversary does not exist in 2025, is valid through
 * 28 February 2025 (366 days) and expired on 1 March 2025. Days are UTC days.
 */
public final class OneYearExpiry {

    private OneYearExpiry() {
    }

    /** @return the last day a letter from a consultation on this day is valid */
    public static LocalDate lastValidDay(LocalDate consultationDay) {
        // The day before the anniversary; counting from the day before keeps 29 February a full year long.
        return consultationDay.minusDays(1).plusYears(1);
    }

    public static boolean isValidOn(Letter letter, LocalDate day) {
        return !day.isBefore(letter.consultationDate()) && !day.isAfter(lastValidDay(letter.consultationDate()));
    }
}

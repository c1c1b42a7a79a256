package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.Letter;
import java.time.LocalDate;

/**
 * Rule "one-year expiry": a letter is valid for one year from the day of the consultation.
 * <p>
 * Flex does not state the boundary; the sandbox reads it as: valid from the consultation day through the day
 * before its first anniversary. A consultation on 10 March 2025 is valid through 9 March 2026 and expired on
 * 10 March 2026; one on 1 March 2023 is valid through 29 February 2024. A consultation on 29 February 2024, whose
 * day does not recur in 2025, has its anniversary on 1 March 2025: it is valid through 28 February 2025 and
 * expired on 1 March 2025. Days are UTC days.
 */
public final class OneYearExpiry {

    private OneYearExpiry() {}

    /** @return the last day a letter from a consultation on this day is valid: the day before its anniversary */
    public static LocalDate lastValidDay(LocalDate consultationDay) {
        return anniversary(consultationDay).minusDays(1);
    }

    // plusYears turns 29 February into 28 February; the anniversary of a day that does not recur is the day after.
    private static LocalDate anniversary(LocalDate day) {
        LocalDate sameDayNextYear = day.plusYears(1);
        return sameDayNextYear.getDayOfMonth() == day.getDayOfMonth() ? sameDayNextYear : sameDayNextYear.plusDays(1);
    }

    public static boolean isValidOn(Letter letter, LocalDate day) {
        return !day.isBefore(letter.consultationDate()) && !day.isAfter(lastValidDay(letter.consultationDate()));
    }
}

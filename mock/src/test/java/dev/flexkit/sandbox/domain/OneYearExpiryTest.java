package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.domain.rules.OneYearExpiry;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneYearExpiryTest {

    @ParameterizedTest(name = "consulted {0}: valid on {1} is {2}")
    @CsvSource({
        // the consultation day itself
        "2025-03-10, 2025-03-10, true",
        "2025-03-10, 2025-03-09, false",
        // both sides of the first anniversary
        "2025-03-10, 2026-03-09, true",
        "2025-03-10, 2026-03-10, false",
        // a year that holds 29 February
        "2023-03-10, 2024-03-09, true",
        "2023-03-10, 2024-03-10, false",
        // consulted on 29 February: the anniversary does not exist; valid through 28 February
        "2024-02-29, 2025-02-28, true",
        "2024-02-29, 2025-03-01, false",
        // consulted on 28 February before a leap day
        "2024-02-28, 2025-02-27, true",
        "2024-02-28, 2025-02-28, false",
        // consulted on 1 March after a leap day
        "2024-03-01, 2025-02-28, true",
        "2024-03-01, 2025-03-01, false",
        // the last day of a year
        "2025-12-31, 2026-12-30, true",
        "2025-12-31, 2026-12-31, false"
    })
    void aLetterIsValidFromTheConsultationDayThroughTheDayBeforeItsAnniversary(
            LocalDate consulted, LocalDate day, boolean valid) {
        Letter letter = new Letter("fcus_1", VisitType.GYM, consulted);

        assertThat(OneYearExpiry.isValidOn(letter, day)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "consulted {0}: last valid day {1}")
    @CsvSource({"2025-03-10, 2026-03-09", "2024-02-29, 2025-02-28", "2023-03-01, 2024-02-29", "2025-01-01, 2025-12-31"})
    void theLastValidDay(LocalDate consulted, LocalDate lastValidDay) {
        assertThat(OneYearExpiry.lastValidDay(consulted)).isEqualTo(lastValidDay);
    }
}

package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The clock takes ISO-8601 durations exactly: parts in their order, a fraction only on the seconds. */
class ClockDurationsTest {

    private final SandboxClock clock = new SandboxClock();

    @ParameterizedTest
    @CsvSource({
        "P1Y2M3DT4H5M6.5S, 2025-03-04T04:05:06.500Z",
        "P2W, 2024-01-15T00:00:00Z",
        "PT36H, 2024-01-02T12:00:00Z",
        "-P1D, 2023-12-31T00:00:00Z",
        "'PT0,25S', 2024-01-01T00:00:00.250Z"
    })
    void aDurationInIsoOrderMovesTheClockOnTheUtcCalendar(String duration, String expected) {
        clock.set(Instant.parse("2024-01-01T00:00:00Z"));

        clock.advance(duration);

        assertThat(clock.now()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1D1Y", "PT1.5H", "PT1M1H", "P1DT", "P", "PT", "P1.5D", "1D", "P1S"})
    void aDurationOutOfIsoOrderIsNotADurationAndLeavesTheClock(String duration) {
        clock.set(Instant.parse("2024-01-01T00:00:00Z"));

        assertThatThrownBy(() -> clock.advance(duration))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems().get(0).msg()).contains("is not an ISO-8601 duration"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P9999Y", "P99999999999999999999D"})
    void aDurationBeyondTheCalendarIsOutOfRange(String duration) {
        clock.set(Instant.parse("2024-01-01T00:00:00Z"));

        assertThatThrownBy(() -> clock.advance(duration))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems().get(0).type()).isIn("invalid_duration", "clock_out_of_range"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }
}

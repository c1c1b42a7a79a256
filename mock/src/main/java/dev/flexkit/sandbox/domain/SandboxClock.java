package dev.flexkit.sandbox.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time of one dataset. It stands still and moves only when told to, so that a test can put it on either
 * side of a boundary and know it stays there. Days are UTC days.
 */
public final class SandboxClock {

    private Instant now;

    SandboxClock() {
        reset();
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    void set(Instant instant) {
        now = instant;
    }

    /**
     * @param isoDuration an ISO-8601 duration: {@code PT12H}, {@code P366D}, or with years and months ({@code P1Y2M})
     *                    counted on the UTC calendar
     */
    void advance(String isoDuration) {
        try {
            now = now.plus(Duration.parse(isoDuration));
        } catch (DateTimeParseException notATimeDuration) {
            try {
                now = now.atOffset(ZoneOffset.UTC).plus(Period.parse(isoDuration)).toInstant();
            } catch (DateTimeParseException notAPeriod) {
                throw new RuleViolationException(Problem.of("invalid_duration",
                        "'" + isoDuration + "' is not an ISO-8601 duration such as P366D or PT1H", "advance"));
            }
        }
    }

    void reset() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}

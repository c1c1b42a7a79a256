package dev.flexkit.sandbox.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of one dataset. It stands still and moves only when told to, so that a test can put it on either
 * side of a boundary and know it stays there. Days are UTC days.
 */
public final class SandboxClock {

    // ISO-8601's order: years, months, weeks, days, then T hours, minutes, seconds; a fraction only on the seconds.
    private static final Pattern DURATION = Pattern.compile(
            "([-+]?)P((?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?)(?:T((?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d{1,9})?S)?))?");
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

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

    /**
     * @param isoDuration an ISO-8601 duration: {@code PT12H}, {@code P366D}, {@code -P1D}, {@code P1Y2M3DT4H}; years,
     *                    months and days are counted on the UTC calendar, hours, minutes and seconds as elapsed time
     */
    void advance(String isoDuration) {
        Matcher parts = DURATION.matcher(isoDuration);
        // Nothing after P, or a T with nothing after it, is no duration.
        if (!parts.matches() || "".equals(parts.group(3)) || parts.group(2).isEmpty() && parts.group(3) == null) {
            throw invalid(isoDuration, "is not an ISO-8601 duration such as P366D, PT1H or P1Y2DT3H");
        }
        String sign = parts.group(1);
        try {
            OffsetDateTime moved = now.atOffset(ZoneOffset.UTC);
            if (!parts.group(2).isEmpty()) {
                moved = moved.plus(Period.parse(sign + "P" + parts.group(2)));
            }
            if (parts.group(3) != null) {
                moved = moved.plus(Duration.parse(sign + "PT" + parts.group(3)));
            }
            set(moved.toInstant());
        } catch (DateTimeException | ArithmeticException e) {
            throw invalid(isoDuration, "moves the clock out of range");
        }
    }

    /** Sets the clock; the contract's timestamps are years 0000 to 9999. */
    void set(Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new RuleViolationException(
                    Problem.of("clock_out_of_range", instant + " is outside years 0000 to 9999", "now"));
        }
        now = instant;
    }

    private static RuleViolationException invalid(String isoDuration, String why) {
        return new RuleViolationException(Problem.of("invalid_duration", "'" + isoDuration + "' " + why, "advance"));
    }

    void reset() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.RecurringInterval;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How often a subscription renews: its recurring price's interval times its count, counted on the UTC calendar (a
 * monthly subscription begun on 31 January renews on 28 February, then on 31 March: each period end is counted from
 * the start, as Stripe's billing anchor is, not from the previous end). The contract accepts both of Flex's
 * vocabularies ({@code monthly} and {@code month}); they mean the same here.
 */
public record BillingInterval(RecurringInterval interval, long count) {

    public BillingInterval {
        if (count < 1) {
            throw new IllegalArgumentException("interval_count must be at least 1, not " + count);
        }
    }

    static BillingInterval of(Price.Recurring recurring) {
        return new BillingInterval(recurring.interval(), Math.max(1L, recurring.intervalCount()));
    }

    /** @return the end of the {@code n}th period (from 1) of a subscription anchored at {@code anchor} */
    Instant endOfPeriod(Instant anchor, long n) {
        long units = Math.multiplyExact(n, count);
        OffsetDateTime start = anchor.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = switch (interval.known().orElseThrow(this::unknown)) {
            case DAILY, DAY -> start.plusDays(units);
            case WEEKLY, WEEK -> start.plusWeeks(units);
            case MONTHLY, MONTH -> start.plusMonths(units);
            case YEARLY, YEAR -> start.plusYears(units);
        };
        return end.toInstant();
    }

    private RuntimeException unknown() {
        return new RuleViolationException(
                Problem.of("invalid_recurring_interval", "unknown recurring interval " + interval, "recurring"));
    }

    /** Whether the two intervals bill on the same days (Flex's two vocabularies for one interval are the same). */
    boolean sameAs(BillingInterval other) {
        return count == other.count && endOfPeriod(Instant.EPOCH, 1).equals(other.endOfPeriod(Instant.EPOCH, 1));
    }
}

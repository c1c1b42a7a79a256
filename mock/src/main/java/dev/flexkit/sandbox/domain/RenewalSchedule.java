package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * When each subscription next falls due (its period ends, or it is to be canceled), soonest first: moving the clock
 * takes what is due off the head, so a year for 10,000 subscriptions costs its 120,000 renewals times a log, never a
 * scan of every subscription per step. An entry is a reminder, not the truth: the subscription is read again when
 * its entry comes up, and an entry that no longer matches it (canceled since, period moved) is dropped. Not
 * thread-safe: the dataset locks.
 */
final class RenewalSchedule {

    /** One moment a subscription falls due; {@code order} keeps entries of the same instant in the order they came. */
    record Due(Instant at, long order, String subscriptionId) {}

    private final PriorityQueue<Due> due =
            new PriorityQueue<>(Comparator.comparing(Due::at).thenComparingLong(Due::order));
    private long next;

    void add(Instant at, String subscriptionId) {
        due.add(new Due(at, next++, subscriptionId));
    }

    /** @return the soonest entry due at or before {@code until}, taken off the schedule; {@code null} when none is */
    Due pollDueBy(Instant until) {
        Due head = due.peek();
        return head == null || head.at().isAfter(until) ? null : due.poll();
    }

    void clear() {
        due.clear();
        next = 0;
    }
}

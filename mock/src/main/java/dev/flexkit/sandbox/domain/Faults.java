package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faults one API key asked for (the control API's {@code /faults}): the next requests of the key, or of one
 * of its operations, meet them in the order they were given. Only the key's own dataset holds them, so no other
 * key ever meets one.
 */
public final class Faults {

    /** What a request meets. */
    public enum Kind {
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        UNAVAILABLE(true),
        CONNECTION_RESET(true),
        EMPTY_RESPONSE(true),
        DELAY(false),
        TRUNCATED_BODY(false),
        UNKNOWN_FIELD(false),
        UNKNOWN_ENUM_VALUE(false),
        EXPLICIT_NULL(false);

        private final boolean answersInstead;

        Kind(boolean answersInstead) {
            this.answersInstead = answersInstead;
        }

        /** @return whether the fault answers in place of the request, which then does not run */
        public boolean answersInstead() {
            return answersInstead;
        }
    }

    /**
     * A fault still to be met.
     *
     * @param operation only requests of this operation meet it, or every request when null
     * @param retryAfterSeconds the {@code Retry-After} of {@link Kind#RATE_LIMITED}
     * @param delayMillis how late {@link Kind#DELAY} answers
     */
    public record Pending(Kind kind, int remaining, String operation, int retryAfterSeconds, int delayMillis) {

        boolean appliesTo(String operationId) {
            return operation == null || operation.equals(operationId);
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    /** Queues a fault for the next {@code count} requests (of {@code operation}, when given). */
    public synchronized List<Pending> add(
            Kind kind, int count, String operation, int retryAfterSeconds, int delayMillis) {
        if (count < 1) {
            throw new RuleViolationException(Problem.of("invalid_count", "count must be at least 1", "count"));
        }
        pending.add(new Pending(kind, count, operation, retryAfterSeconds, delayMillis));
        return list();
    }

    public synchronized List<Pending> list() {
        return List.copyOf(pending);
    }

    public synchronized void clear() {
        pending.clear();
    }

    /**
     * @param operationId the operation of the request at hand
     * @return the fault it meets, counted as met, if any
     */
    public synchronized Optional<Pending> meet(String operationId) {
        for (int i = 0; i < pending.size(); i++) {
            Pending fault = pending.get(i);
            if (fault.appliesTo(operationId)) {
                if (fault.remaining() == 1) {
                    pending.remove(i);
                } else {
                    pending.set(
                            i,
                            new Pending(
                                    fault.kind(),
                                    fault.remaining() - 1,
                                    fault.operation(),
                                    fault.retryAfterSeconds(),
                                    fault.delayMillis()));
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}

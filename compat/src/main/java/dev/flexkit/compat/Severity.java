package dev.flexkit.compat;

import java.util.Locale;
import java.util.Set;

/**
 * How much a change matters to a consumer: {@code breaking} (the rule table's breaking decisions), {@code warning}
 * (a compatible change a consumer should know about: it changes what a client receives or may have to handle,
 * though the generated client still works), {@code info} (everything else). {@code --fail-on} picks the lowest
 * severity that fails a run.
 */
enum Severity {
    INFO,
    WARNING,
    BREAKING;

    /* Compatible, but what a client receives changes: new values, new statuses, deprecations, other bounds. */
    private static final Set<Rule> WARNINGS = Set.of(
            Rule.DEPRECATED,
            Rule.RESPONSE_ENUM_WIDENED,
            Rule.RESPONSE_ENUM_NARROWED,
            Rule.RESPONSE_STATUS_ADDED,
            Rule.RESPONSE_CONSTRAINT_CHANGED,
            Rule.REQUEST_PARAMETER_ADDED_OPTIONAL);

    static Severity of(Rule rule) {
        if (rule.breaking()) {
            return BREAKING;
        }
        return WARNINGS.contains(rule) ? WARNING : INFO;
    }

    /** @return the name used in reports and options: breaking, warning, info */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}

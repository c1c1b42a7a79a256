package dev.flexkit.compat;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One reviewed exception of compat/accepted-changes.yaml: a change the gate lets through though its rule fails it.
 * It names the rule and at least one of the pointer, the operation or the subject of the change.
 *
 * @param rule the rule id that decided the change, e.g. {@code response-field-removed}
 * @param pointer the JSON pointer of the change (the {@code pointer} of the JSON report), or null
 * @param operation an operation the change shows up in, as the report names it ({@code GET /v1/customers/{id}},
 *     with or without its operationId), or null
 * @param subject the subject of the change ({@code Customer.email}; for the Java level the class, a {@code #} and
 *     the member); each {@code *} matches any run of characters; or null
 * @param reason why the change is acceptable
 * @param acceptedBy who reviewed it
 * @param expires the last day it is accepted, or null for no end
 * @param line its line in the file, to point at it when it is expired or unused
 */
record AcceptedChange(
        String rule,
        String pointer,
        String operation,
        String subject,
        String reason,
        String acceptedBy,
        LocalDate expires,
        int line) {

    boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    boolean matches(Decision decision) {
        return rule.equals(decision.rule().id())
                && (pointer == null || pointer.equals(decision.pointer()))
                && (operation == null || decision.occurrences().stream().anyMatch(this::isOperation))
                && (subject == null || subjectMatches(decision.subject()));
    }

    boolean matches(JavaChange change) {
        return rule.equals(change.rule().id())
                && pointer == null
                && operation == null
                && subject != null
                && subjectMatches(change.subject());
    }

    private boolean isOperation(String occurrence) {
        return occurrence.equals(operation) || occurrence.startsWith(operation + " ");
    }

    /* A glob, ignoring case (getEmail and JSON_PROPERTY_EMAIL are both the email field): * matches any run. */
    private boolean subjectMatches(String candidate) {
        StringBuilder regex = new StringBuilder();
        for (String literal : subject.split("\\*", -1)) {
            regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE)
                .matcher(candidate)
                .matches();
    }

    /** @return how the entry names the change, for reports */
    String selector() {
        StringBuilder text = new StringBuilder(rule);
        if (pointer != null) {
            text.append(" at ").append(pointer);
        }
        if (operation != null) {
            text.append(" in ").append(operation);
        }
        if (subject != null) {
            text.append(" on ").append(subject);
        }
        return text.toString();
    }
}

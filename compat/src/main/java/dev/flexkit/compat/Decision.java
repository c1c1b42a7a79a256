package dev.flexkit.compat;

import java.io.Serializable;
import java.util.List;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The verdict on one spec-level change, with every place it shows up: a field removed from a shared schema is
 * one decision listing each operation it reaches.
 *
 * @param rule the rule that decided
 * @param kind what changed
 * @param side request or response
 * @param subject what changed, e.g. {@code Customer.email}
 * @param detail how, e.g. {@code maxLength 255 -> 100}
 * @param openApiDiff openapi-diff's own verdict, which the rule may have overridden
 * @param occurrences the operations, and where in them, e.g. {@code GET /v1/customers/{id} (retrieveCustomer) -
 *     response 200}
 * @param pointer the JSON pointer of what changed, into the base spec for a removal, else into the head spec
 * @param removal whether the pointer is into the base spec
 * @param location where the pointer leads in the source files, once located; null before
 * @param onHead where to annotate the change in the head spec: the location itself, or for a removal compared
 *     with another file than the head's own history, the nearest place of the head spec that still exists
 */
record Decision(
        Rule rule,
        ChangeKind kind,
        Side side,
        String subject,
        String detail,
        DiffResult openApiDiff,
        List<String> occurrences,
        String pointer,
        boolean removal,
        Location location,
        Location onHead)
        implements Serializable {

    Decision locatedAt(Location at, Location annotateAt) {
        return new Decision(
                rule, kind, side, subject, detail, openApiDiff, occurrences, pointer, removal, at, annotateAt);
    }

    Severity severity() {
        return Severity.of(rule);
    }

    boolean breaking() {
        return rule.breaking();
    }

    /** @return whether this gate's rule disagrees with openapi-diff */
    boolean overridesOpenApiDiff() {
        return rule.breaking() != openApiDiff.isIncompatible();
    }
}

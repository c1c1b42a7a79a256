package dev.flexkit.compat;

import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * One change found by openapi-diff, at one place of one operation.
 *
 * @param kind what changed
 * @param side whether it is in what clients send or what they receive
 * @param subject the thing that changed: a schema field ({@code Customer.email}), a parameter, an operation
 * @param detail the change itself, e.g. {@code maxLength 255 -> 100}; empty when the kind says it all
 * @param operation the operation it was found in, e.g. {@code GET /v1/customers/{id} (retrieveCustomer)}
 * @param where where in that operation, e.g. {@code response 200}
 * @param openApiDiff openapi-diff's own verdict on this change
 * @param pointer the JSON pointer of what changed: in the base spec for a removal, else in the head spec
 */
record SpecChange(
        ChangeKind kind,
        Side side,
        String subject,
        String detail,
        String operation,
        String where,
        DiffResult openApiDiff,
        String pointer) {

    /** @return whether the thing that changed is only in the base spec, so the pointer is into that one */
    boolean removal() {
        return switch (kind) {
            case OPERATION_REMOVED, PARAMETER_REMOVED, MEDIA_TYPE_REMOVED, RESPONSE_STATUS_REMOVED, FIELD_REMOVED ->
                true;
            default -> false;
        };
    }
}

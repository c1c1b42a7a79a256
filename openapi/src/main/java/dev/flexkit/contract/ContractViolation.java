package dev.flexkit.contract;

import java.util.List;

/**
 * One way in which a request or a response breaks the contract.
 *
 * @param operation the operationId (or {@code METHOD path} when no operation matched)
 * @param part      {@code request} or {@code response}
 * @param field     where in the message: a JSON pointer into the body, a parameter or a header name; empty
 *                  when the whole message is at fault
 * @param rule      the part of the contract that was broken: a JSON pointer into the schema, or the
 *                  validator's key when no schema is involved
 * @param key       the validator's message key, e.g. {@code validation.response.body.schema.required}
 * @param message   the validator's message
 * @param location  for a finding in a request body: where, as FastAPI writes a {@code loc} after {@code "body"}
 *                  (property names, and array indexes as integers); empty otherwise
 * @param properties for a missing required property or an unexpected one: their names, read from the contract;
 *                  empty otherwise
 */
public record ContractViolation(
        String operation,
        String part,
        String field,
        String rule,
        String key,
        String message,
        List<Object> location,
        List<String> properties) {

    /** The validator's key for properties the schema does not declare. */
    public static final String UNEXPECTED_PROPERTIES = "validation.request.body.schema.additionalProperties";
    /** The validator's key for a query parameter the operation does not declare. */
    public static final String UNEXPECTED_QUERY_PARAMETER = "validation.request.parameter.query.unexpected";
    /** The validator's key for required properties that are missing. */
    public static final String MISSING_PROPERTIES = "validation.request.body.schema.required";

    public ContractViolation {
        location = List.copyOf(location);
        properties = List.copyOf(properties);
    }

    /** @return one line a reader can act on: operation, field, rule and what is wrong */
    public String describe() {
        StringBuilder line = new StringBuilder(operation).append(' ').append(part);
        if (!field.isEmpty()) {
            line.append(' ').append(field);
        }
        return line.append(": ")
                .append(message)
                .append(" [contract: ")
                .append(rule)
                .append(']')
                .toString();
    }
}

package dev.flexkit.contract;

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
 */
public record ContractViolation(String operation, String part, String field, String rule, String key, String message) {

    /** @return one line a reader can act on: operation, field, rule and what is wrong */
    public String describe() {
        StringBuilder line = new StringBuilder(operation).append(' ').append(part);
        if (!field.isEmpty()) {
            line.append(' ').append(field);
        }
        return line.append(": ").append(message).append(" [contract: ").append(rule).append(']').toString();
    }
}

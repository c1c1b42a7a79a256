package dev.flexkit.client;

/**
 * What the retry strategy needs to know about one call, put in the request's context by {@code ApiClient}.
 *
 * @param operationId the operation of the contract (or null when the caller used the raw invoke method)
 * @param method the HTTP method
 * @param safeToRepeat whether sending the request again cannot do anything twice: a GET, or a request with an
 *     idempotency key
 * @param idempotencyKey the key sent with every attempt, or null
 * @param maxRetries how many times the request may be sent again
 */
public record RetryableCall(String operationId, String method, boolean safeToRepeat, String idempotencyKey, int maxRetries) {

    /** The context attribute under which {@code ApiClient} puts the call. */
    public static final String ATTRIBUTE = RetryableCall.class.getName();

    String describe() {
        return operationId == null ? method : operationId;
    }
}

package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/**
 * An {@code Idempotency-Key} already used for another request (another method, path or body) of the same API
 * key: 422 with {@code type: idempotency_key_reused} at {@code ["header", "Idempotency-Key"]}. Use a new key for
 * a new request.
 */
public class IdempotencyException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    /** The {@code type} of the problem that makes a 422 this exception. */
    public static final String TYPE = "idempotency_key_reused";

    public IdempotencyException(String operationId, int status, Map<String, List<String>> headers, String body,
                                String flexMessage, List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

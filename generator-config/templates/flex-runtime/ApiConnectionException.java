package dev.flexkit.client;

import java.io.IOException;

/**
 * No usable answer from Flex: the connection was refused or reset, an attempt timed out, or what came back was
 * not HTTP or was cut short. When it was safe the client has already retried. {@link #getCode()} is 0.
 */
public class ApiConnectionException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;

    public ApiConnectionException(String operationId, String method, String url, IOException cause) {
        super((operationId == null ? method : operationId) + ": no answer from " + withoutQuery(url) + ": " + cause,
                cause, 0, null, null);
        this.operationId = operationId;
    }

    /** @return the operation of the contract that was called, or null for a raw call */
    public String getOperationId() {
        return operationId;
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}

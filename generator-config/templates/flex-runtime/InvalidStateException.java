package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 400: the object's state does not allow the operation (a session already processed, not authorized, ...); {@link #getDetail()} names the reason. */
public class InvalidStateException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public InvalidStateException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

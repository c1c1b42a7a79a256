package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 401: the API key is missing, malformed or unknown. */
public class AuthenticationException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

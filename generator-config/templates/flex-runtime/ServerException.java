package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 5xx: Flex failed; when it was safe the client has already retried (see {@code ApiClient#setMaxNetworkRetries}). */
public class ServerException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public ServerException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 422: the request breaks the contract or one of Flex's rules (the off-session rules among them); {@link #getDetail()} says where ({@code loc}) and why ({@code msg}, {@code type}). */
public class InvalidRequestException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

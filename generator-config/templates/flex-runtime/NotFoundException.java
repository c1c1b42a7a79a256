package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 404: no object with that id for this API key (or no such path). */
public class NotFoundException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

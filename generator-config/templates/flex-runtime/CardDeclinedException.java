package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/** 402: the card was declined when it was charged ({@code card_declined}); the checkout session stays open for another card. */
public class CardDeclinedException extends FlexApiException {

    private static final long serialVersionUID = 1L;

    public CardDeclinedException(String operationId, int status, Map<String, List<String>> headers, String body, String flexMessage,
                 List<ErrorDetail> detail) {
        super(operationId, status, headers, body, flexMessage, detail);
    }
}

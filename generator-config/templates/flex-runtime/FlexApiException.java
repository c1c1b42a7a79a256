package dev.flexkit.client;

import java.util.List;
import java.util.Map;

/**
 * An answer of Flex that is not a success, parsed: the operation, the status, Flex's message and, for a
 * {@code {"detail": [...]}} body, each problem ({@code loc}, {@code msg}, {@code type}). The base of the typed
 * exceptions ({@link InvalidRequestException}, {@link NotFoundException}, ...) and the type of a status without one
 * (405, 409, ...). A subclass of the generated {@link ApiException}, so code that catches that keeps working.
 */
public class FlexApiException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final String flexMessage;
    private final transient List<ErrorDetail> detail;

    public FlexApiException(String operationId, int status, Map<String, List<String>> headers, String body,
                            String flexMessage, List<ErrorDetail> detail) {
        super(describe(operationId, status, flexMessage), status, headers, body);
        this.operationId = operationId;
        this.flexMessage = flexMessage;
        this.detail = List.copyOf(detail);
    }

    /** @return the operation of the contract that was called, or null for a raw call */
    public String getOperationId() {
        return operationId;
    }

    /** @return Flex's message: the {@code detail} string, or the {@code msg} of each problem */
    public String getFlexMessage() {
        return flexMessage;
    }

    /** @return the problems of a {@code {"detail": [...]}} body, in Flex's order; empty for any other body */
    public List<ErrorDetail> getDetail() {
        return detail;
    }

    /** @return the first header of that name (case-insensitive), or null */
    public String getHeader(String name) {
        Map<String, List<String>> headers = getResponseHeaders();
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst().orElse(null);
    }

    private static String describe(String operationId, int status, String flexMessage) {
        return (operationId == null ? "" : operationId + ": ") + status + (flexMessage.isEmpty() ? "" : " " + flexMessage);
    }
}

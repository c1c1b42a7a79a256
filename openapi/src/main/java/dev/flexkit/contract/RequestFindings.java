package dev.flexkit.contract;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The body of a request a finding points into, read only when a finding needs it. */
final class RequestFindings {

    private final Request request;
    private JsonNode body;
    private boolean read;

    RequestFindings(Request request) {
        this.request = request;
    }

    /**
     * @param instancePointer a JSON pointer into the body, e.g. {@code /checkout_session/line_items/0}
     * @return its segments as FastAPI writes a {@code loc}: an index into an array as an integer, anything else
     *         (a property named {@code "12"} included) as a string
     */
    List<Object> location(String instancePointer) {
        List<Object> location = new ArrayList<>();
        JsonNode node = body();
        for (String segment : segments(instancePointer)) {
            if (node != null && node.isArray() && isIndex(segment)) {
                int index = Integer.parseInt(segment);
                location.add(index);
                node = node.get(index);
            } else {
                location.add(segment);
                node = node == null ? null : node.get(segment);
            }
        }
        return location;
    }

    /** @return the part of the body the pointer names, or {@code null} */
    JsonNode at(String instancePointer) {
        JsonNode node = body();
        return node == null
                ? null
                : node.at(instancePointer.isEmpty() || instancePointer.equals("/") ? "" : instancePointer);
    }

    private JsonNode body() {
        if (!read) {
            read = true;
            try {
                Body requestBody = request.getRequestBody().orElse(null);
                body = requestBody == null || !requestBody.hasBody() ? null : requestBody.toJsonNode();
            } catch (IOException | RuntimeException unreadable) {
                body = null;
            }
        }
        return body;
    }

    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        return segments;
    }

    // An array index of a JSON pointer is digits without a leading zero; anything longer than an int is no index.
    private static boolean isIndex(String segment) {
        return !segment.isEmpty()
                && segment.length() <= 9
                && segment.chars().allMatch(Character::isDigit)
                && (segment.length() == 1 || segment.charAt(0) != '0');
    }
}

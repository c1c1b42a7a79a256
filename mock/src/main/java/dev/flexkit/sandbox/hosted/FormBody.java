package dev.flexkit.sandbox.hosted;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, as UTF-8 (what a browser sends for a UTF-8
 * page). A field given twice or an unreadable escape is refused: the page never guesses which value was meant.
 */
final class FormBody {

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = fields;
    }

    /** @throws IllegalArgumentException when the body is not a form the page can read */
    static FormBody parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (fields.put(name, value) != null) {
                    throw new IllegalArgumentException("the field " + name + " is given twice");
                }
            }
        }
        return new FormBody(fields);
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** @return the field's value, trimmed, or {@code null} when absent or blank */
    String get(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

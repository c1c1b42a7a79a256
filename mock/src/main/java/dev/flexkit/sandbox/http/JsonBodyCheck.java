package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.flexkit.sandbox.domain.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a JSON body must be before anything reads it: exactly one JSON document in valid UTF-8, nothing after it,
 * and no string or name that Unicode cannot hold (a lone UTF-16 surrogate such as {@code "\ud800"}). Lenient
 * readers take the first document and drop the rest, or store a lone surrogate as {@code ?}: data silently changed.
 */
final class JsonBodyCheck {

    static final String JSON_INVALID = "json_invalid";
    static final String STRING_UNICODE = "string_unicode";

    private JsonBodyCheck() {}

    /** @return the problem of a non-empty body, or empty when it is one well-formed JSON document */
    static Optional<Problem> problemOf(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = JsonResponses.MAPPER.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && hasLoneSurrogate(parser.getText())) {
                    return Optional.of(new Problem(
                            loc(parser.getParsingContext()),
                            "Input should be a valid string: it holds a lone UTF-16 surrogate, which is not Unicode",
                            STRING_UNICODE));
                }
                if (parser.getParsingContext().inRoot() && (token.isScalarValue() || token.isStructEnd())) {
                    if (parser.nextToken() != null) {
                        return Optional.of(invalid("JSON decode error: data after the end of the JSON document"));
                    }
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of(invalid("JSON decode error: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem invalid(String msg) {
        return new Problem(List.of("body"), msg, JSON_INVALID);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    // FastAPI's loc of a body field: "body", then names and indexes from the document's root.
    private static List<Object> loc(JsonStreamContext context) {
        List<Object> reversed = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                reversed.add(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                reversed.add(c.getCurrentName());
            }
        }
        reversed.add("body");
        Collections.reverse(reversed);
        return reversed;
    }
}

package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.sandbox.domain.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a JSON body must be before anything reads it: exactly one JSON document in valid UTF-8, nothing after it,
 * and no string or name that Unicode cannot hold (a lone UTF-16 surrogate such as {@code "\ud800"}). Lenient
 * readers take the first document and drop the rest, or store a lone surrogate as {@code ?}: data silently changed.
 * The check reads the body into the tree that everything after it uses ({@link RequestBodies}).
 */
final class JsonBodyCheck {

    static final String JSON_INVALID = "json_invalid";
    static final String STRING_UNICODE = "string_unicode";

    private JsonBodyCheck() {}

    /**
     * What reading a body gave: its tree ({@code null} for a body of white space alone), or why it is no JSON
     * document.
     */
    record Read(JsonNode tree, Optional<Problem> problem) {}

    /** @param body a non-empty body */
    static Read read(byte[] body) {
        try (JsonParser parser = JsonResponses.MAPPER.getFactory().createParser(body)) {
            JsonNode tree = JsonResponses.MAPPER.readTree(parser);
            if (tree == null) {
                return new Read(null, Optional.empty());
            }
            if (parser.nextToken() != null) {
                return failed(invalid("JSON decode error: data after the end of the JSON document"));
            }
            List<Object> loc = new ArrayList<>(List.of("body"));
            return loneSurrogate(tree, loc)
                    ? failed(new Problem(
                            loc,
                            "Input should be a valid string: it holds a lone UTF-16 surrogate, which is not Unicode",
                            STRING_UNICODE))
                    : new Read(tree, Optional.empty());
        } catch (JsonProcessingException e) {
            return failed(invalid("JSON decode error: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read failed(Problem problem) {
        return new Read(null, Optional.of(problem));
    }

    private static Problem invalid(String msg) {
        return new Problem(List.of("body"), msg, JSON_INVALID);
    }

    // In document order; on the first one found, loc is FastAPI's loc of it (names and indexes after "body").
    private static boolean loneSurrogate(JsonNode node, List<Object> loc) {
        if (node.isTextual()) {
            return hasLoneSurrogate(node.textValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                loc.add(i);
                if (loneSurrogate(node.get(i), loc)) {
                    return true;
                }
                loc.remove(loc.size() - 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                loc.add(field.getKey());
                if (hasLoneSurrogate(field.getKey()) || loneSurrogate(field.getValue(), loc)) {
                    return true;
                }
                loc.remove(loc.size() - 1);
            }
        }
        return false;
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
}

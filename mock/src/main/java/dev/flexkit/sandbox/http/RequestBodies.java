package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.RequestCache;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A request's JSON body, read once: {@link #check} reads it into a tree, and the contract check, its findings and
 * the operation's model all take that tree. The tree is kept in WireMock's per-request cache, which WireMock
 * clears when the request ends, under the identity of the body's bytes, so that no request ever meets another's.
 */
public final class RequestBodies {

    private RequestBodies() {}

    /** @return why the body is no single well-formed JSON document, or empty (a body is then read and kept) */
    static Optional<Problem> check(Request request) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        JsonBodyCheck.Read read = JsonBodyCheck.read(body);
        if (read.tree() != null) {
            RequestCache.getCurrent().put(key(body), read.tree());
        }
        return read.problem();
    }

    /** @return the tree {@link #check} read from this request's body, if it did */
    static Optional<JsonNode> tree(Request request) {
        byte[] body = request.getBody();
        return body == null
                ? Optional.empty()
                : Optional.ofNullable(RequestCache.getCurrent().get(key(body)));
    }

    /**
     * Reads a request body, already checked against the contract, into a generated model.
     *
     * @throws RuleViolationException (422) for a value the contract allows but Java cannot hold, such as an
     *                                integer beyond 32 bits or a timestamp with more than nine decimals
     */
    public static <T> T read(Request request, Class<T> type) {
        try {
            Optional<JsonNode> tree = tree(request);
            return tree.isPresent()
                    ? JsonResponses.MAPPER.treeToValue(tree.get(), type)
                    : JsonResponses.MAPPER.readValue(request.getBody(), type);
        } catch (JsonProcessingException e) {
            throw new RuleViolationException(new Problem(List.of("body"), e.getOriginalMessage(), "value_error"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestCache.Key key(byte[] body) {
        return RequestCache.Key.keyFor(RequestBodies.class, body);
    }
}

package dev.flexkit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads a request body, already checked against the contract, into a generated model. */
public final class RequestBodies {

    private RequestBodies() {}

    /**
     * @throws RuleViolationException (422) for a value the contract allows but Java cannot hold, such as an
     *                                integer beyond 32 bits or a timestamp with more than nine decimals
     */
    public static <T> T read(Request request, Class<T> type) {
        try {
            return JsonResponses.MAPPER.readValue(request.getBody(), type);
        } catch (JsonProcessingException e) {
            throw new RuleViolationException(new Problem(List.of("body"), e.getOriginalMessage(), "value_error"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Page;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One call of a Flex API operation, already authenticated and checked against the contract: its dataset, its
 * path and query parameters typed, its body as a generated request model.
 */
final class ApiCall {

    private final Dataset dataset;
    private final Request request;
    private final PathParams pathParams;

    ApiCall(Dataset dataset, Request request, PathParams pathParams) {
        this.dataset = dataset;
        this.request = request;
        this.pathParams = pathParams;
    }

    Dataset dataset() {
        return dataset;
    }

    String path(String name) {
        return pathParams.get(name);
    }

    String query(String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    Integer queryInt(String name) {
        return parse(name, Integer::valueOf);
    }

    Boolean queryBoolean(String name) {
        return parse(name, Boolean::valueOf);
    }

    Instant queryInstant(String name) {
        return parse(name, value -> OffsetDateTime.parse(value).toInstant());
    }

    <T> T query(String name, Function<String, T> parser) {
        return parse(name, parser);
    }

    /** Whether the caller asked for {@code field} expanded, with {@code expand_<field>=true} or in {@code expand}. */
    boolean expands(String field) {
        String list = query("expand");
        return Boolean.TRUE.equals(queryBoolean("expand_" + field))
                || list != null && Arrays.stream(list.split(",")).map(String::trim).anyMatch(field::equals);
    }

    Page page() {
        Integer limit = queryInt("limit");
        Integer offset = queryInt("offset");
        return new Page(query("starting_after"), query("ending_before"), offset == null ? 0 : offset,
                limit == null ? Page.DEFAULT_LIMIT : limit);
    }

    <T> T body(Class<T> type) {
        try {
            return JsonResponses.MAPPER.readValue(request.getBody(), type);
        } catch (JsonProcessingException e) {
            // The contract check has passed, so this is a value Jackson cannot hold (e.g. a number too large).
            throw new RuleViolationException(new Problem(List.of("body"), e.getOriginalMessage(), "value_error"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(String name, Function<String, T> parser) {
        String value = query(name);
        return value == null ? null : parser.apply(value);
    }
}

package dev.flexkit.sandbox.http;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Page;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import dev.flexkit.sandbox.hosted.HostedCheckoutUrls;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One call of a Flex API operation, already authenticated and checked against the contract: its dataset, its
 * path and query parameters typed, its body as a generated request model.
 */
final class ApiCall {

    // RFC 3339 allows the offset without a colon (+0100), which the contract's date-time accepts too.
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

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

    /** @return the scheme, host and port this call reached the sandbox on, where it serves the hosted page */
    String hostedPageOrigin() {
        return HostedCheckoutUrls.origin(request);
    }

    String path(String name) {
        return pathParams.get(name);
    }

    String query(String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    // The contract check takes "5 " for an integer; Java does not. pydantic's words for what it cannot parse.
    Integer queryInt(String name) {
        return integer(name, Integer::valueOf);
    }

    Long queryLong(String name) {
        return integer(name, Long::valueOf);
    }

    private <T> T integer(String name, Function<String, T> parser) {
        return parse(name, value -> {
            try {
                return parser.apply(value);
            } catch (NumberFormatException e) {
                throw new RuleViolationException(new Problem(
                        List.of("query", name),
                        "Input should be a valid integer, unable to parse string as an integer",
                        "int_parsing"));
            }
        });
    }

    Boolean queryBoolean(String name) {
        return parse(name, Boolean::valueOf);
    }

    Instant queryInstant(String name) {
        return parse(name, value -> {
            try {
                return OffsetDateTime.parse(value, TIMESTAMP).toInstant();
            } catch (DateTimeException e) {
                throw new RuleViolationException(new Problem(
                        List.of("query", name),
                        "'" + value + "' is not a timestamp Java can read (ISO-8601, at most nine decimals)",
                        "value_error"));
            }
        });
    }

    <T> T query(String name, Function<String, T> parser) {
        return parse(name, parser);
    }

    /** Whether the caller asked for {@code field} expanded, with {@code expand_<field>=true} or in {@code expand}. */
    boolean expands(String field) {
        String list = query("expand");
        return Boolean.TRUE.equals(queryBoolean("expand_" + field))
                || list != null
                        && Arrays.stream(list.split(",")).map(String::trim).anyMatch(field::equals);
    }

    Page page() {
        // The contract's paging integers are int64; no list holds more than an int's worth of objects, so a larger
        // offset or limit means the same page as Integer.MAX_VALUE.
        Long limit = queryLong("limit");
        Long offset = queryLong("offset");
        return new Page(
                query("starting_after"),
                query("ending_before"),
                offset == null ? 0 : clamp(offset),
                limit == null ? Page.DEFAULT_LIMIT : clamp(limit));
    }

    private static int clamp(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /** @return whether the request carries this header with a non-blank value */
    boolean hasHeader(String name) {
        String value = request.getHeader(name);
        return value != null && !value.isBlank();
    }

    /** @return whether the request has a body (an optional one may be absent) */
    boolean hasBody() {
        byte[] body = request.getBody();
        return body != null && body.length > 0;
    }

    <T> T body(Class<T> type) {
        return RequestBodies.read(request, type);
    }

    private <T> T parse(String name, Function<String, T> parser) {
        String value = query(name);
        return value == null ? null : parser.apply(value);
    }
}

package dev.flexkit.contract;

import com.atlassian.oai.validator.model.SimpleRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Puts the parameters of a raw query string on a request for the validator, decoded. */
public final class QueryStrings {

    private QueryStrings() {}

    /**
     * @param rawQuery the query as it appears in the URI (still encoded), or null
     */
    public static SimpleRequest.Builder addTo(SimpleRequest.Builder request, String rawQuery) {
        if (rawQuery == null) {
            return request;
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                request.withQueryParam(
                        decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
            }
        }
        return request;
    }

    // A malformed escape (%zz) is kept as sent: the validator then judges the value, the server does not fall over.
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }
}

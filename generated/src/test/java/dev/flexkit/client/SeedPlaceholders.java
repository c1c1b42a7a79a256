package dev.flexkit.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders Flex's pages print instead of values, and what the tests put in their place. Only
 * placeholders that cannot stand for a value of their field's type are replaced: a "&lt;string&gt;" in a
 * string field is a string and is read as it is.
 */
final class SeedPlaceholders {

    private static final Pattern TIMESTAMP = Pattern.compile("(\"[a-z_]+_at\"\\s*:\\s*)\"<string>\"");

    private SeedPlaceholders() {}

    static String fill(String page) {
        Matcher timestamps = TIMESTAMP.matcher(page);
        return timestamps
                .replaceAll("$1\"2026-01-16T19:00:00.145643Z\"")
                // Flex documents setup_future_use with no type; off_session is the value it takes.
                .replace("\"<any>\"", "\"off_session\"")
                // The guide abbreviates nested objects.
                .replace("{ ... }", "{}")
                .replace("\"<amount>\"", "6900")
                .replace("\"<amount_received>\"", "6900")
                .replace("\"<visit_type>\"", "\"gym\"")
                .replace("\"payment_method_id\": \"<ID>\"", "\"payment_method_id\": \"fpm_01JV8Q92PM1QQBP4XHF03CPABZ\"")
                .replace("\"customer\": \"<ID>\"", "\"customer\": \"fcus_01JV8Q9SPDQ6PSRSN85FXY924N\"")
                // The copy of the create-customer page has its e-mail addresses obfuscated, as the site served them.
                .replace("[email protected]", "joh.doe@example.com");
    }
}

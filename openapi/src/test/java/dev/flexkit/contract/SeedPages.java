package dev.flexkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON examples of the Flex pages this contract is derived from, verbatim, each page with its URL
 * (openapi/sources/). Tests read the examples from there so that the contract and the models are checked
 * against Flex's own words, not against a copy that could drift.
 */
public final class SeedPages {

    /** Guide: off-session checkouts of products that need a letter (the LoMN body, the one-year validity, the scope). */
    public static final String EXAMPLE_WALKTHROUGH = "example-walkthrough";
    /** API reference: Reauth Checkout Session, with the full checkout session object. */
    public static final String REAUTH_REFERENCE = "reauth-checkout-session";
    /** API reference: Get Checkout Session, with the full checkout session object. */
    public static final String RETRIEVE_REFERENCE = "get-checkout-session";
    /** API reference: List Checkout Sessions, the newer generation of the object. */
    public static final String LIST_REFERENCE = "list-checkout-sessions";
    /** Guide: the Flex refund API guide. */
    public static final String REFUND_GUIDE = "api-refund-best-practices";
    /** Guide: reimbursement checkouts. */
    public static final String REIMBURSEMENT_GUIDE = "reimbursement";
    /** API reference: Capture Checkout Session. */
    public static final String CAPTURE_REFERENCE = "capture-checkout-session";
    /** API reference: Create Customer. */
    public static final String CREATE_CUSTOMER_REFERENCE = "create-customer";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One JSON example of a page: its name, what it is, the generated model it is read into (if it is JSON). */
    public record Example(String page, String url, String name, String what, String model, String json) {}

    private SeedPages() {}

    /** @return the folder of the source pages */
    public static Path folder() {
        return Path.of(System.getProperty("flex.root", "..")).resolve("openapi/sources");
    }

    /** @return every page's slug (its file name without {@code .yaml}), in name order */
    public static List<String> pages() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the URL of the Flex page */
    public static String url(String page) {
        return read(page).path("url").asText();
    }

    /** @return every example of the page, in page order */
    public static List<Example> examples(String page) {
        JsonNode doc = read(page);
        List<Example> examples = new ArrayList<>();
        for (JsonNode example : doc.path("examples")) {
            examples.add(new Example(
                    page,
                    doc.path("url").asText(),
                    example.path("name").asText(),
                    example.path("what").asText(),
                    example.hasNonNull("model") ? example.get("model").asText() : null,
                    example.path("json").asText()));
        }
        return examples;
    }

    /** @return every example of every page */
    public static List<Example> all() {
        return pages().stream().flatMap(page -> examples(page).stream()).toList();
    }

    /** @return the JSON text of one example, verbatim */
    public static String example(String page, String name) {
        return examples(page).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No example " + name + " on " + page))
                .json();
    }

    private static JsonNode read(String page) {
        try {
            return YAML.readTree(folder().resolve(page + ".yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source page " + page, e);
        }
    }
}

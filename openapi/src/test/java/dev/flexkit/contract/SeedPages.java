package dev.flexkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flex documentation pages this contract is derived from, as published (openapi/sources/), and the
 * JSON examples printed in them. Tests read the examples from the pages themselves so that the contract is
 * checked against the source, not against a copy that could drift.
 */
public final class SeedPages {

    /** Guide: off-session checkouts for products that require a Letter of Medical Necessity. */
    public static final String OFF_SESSION_LETTER_GUIDE = "000_b786525f0d716710.txt";
    /** API reference: Reauth Checkout Session, with the full checkout session object. */
    public static final String REAUTH_REFERENCE = "003_f39bc91b94e33d17.txt";
    /** API reference: Get Checkout Session, with the full checkout session object. */
    public static final String RETRIEVE_REFERENCE = "004_c9dcb0493c20302d.txt";

    private static final Pattern FENCED_JSON = Pattern.compile("```json[^\\n]*\\n(.*?)```", Pattern.DOTALL);

    private SeedPages() {
    }

    /**
     * @param page a constant of this class
     * @return the page's text
     */
    public static String read(String page) {
        Path root = Path.of(System.getProperty("flex.root", ".."));
        try {
            return Files.readString(root.resolve("openapi/sources").resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source page " + page, e);
        }
    }

    /**
     * @param page a guide page (Markdown)
     * @return the JSON blocks of the page, verbatim, in page order
     */
    public static List<String> fencedJsonBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = FENCED_JSON.matcher(read(page));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    /**
     * @param page an API reference page (text copied from the rendered page)
     * @return the response example: the first JSON object that starts on a line of its own
     */
    public static String firstJsonObject(String page) {
        String text = read(page);
        int start = text.indexOf("\n{\n");
        if (start < 0) {
            throw new IllegalStateException("No JSON object in " + page);
        }
        int depth = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(start + 1, i + 1);
            }
        }
        throw new IllegalStateException("Unterminated JSON object in " + page);
    }
}

package dev.flexkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Flex pages listed in openapi/README.md's source table: the only pages the contract may cite. */
final class SourceTable {

    private static final Pattern ROW = Pattern.compile("^\\| <(https?://[^>]+)> \\|", Pattern.MULTILINE);

    private SourceTable() {}

    static Set<String> urls() {
        Path readme = Path.of(System.getProperty("flex.root", "..")).resolve("openapi/README.md");
        try {
            Matcher rows = ROW.matcher(Files.readString(readme));
            Set<String> urls = new LinkedHashSet<>();
            while (rows.find()) {
                urls.add(rows.group(1));
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

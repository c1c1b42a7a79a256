package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.fuzz.Oracle.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Defects the fuzz suite found that are reported and not fixed yet ({@code fuzz/known-defects.txt}): a finding
 * that matches one is reported as known instead of failing the run. Each entry names its finding's kind, a
 * pattern over {@code label METHOD target => detail} and the reason; fixing the defect means deleting its entry.
 */
final class KnownDefects {

    private record Entry(String kind, Pattern pattern, String reason) {}

    private final List<Entry> entries;

    private KnownDefects(List<Entry> entries) {
        this.entries = entries;
    }

    static KnownDefects load() {
        try (InputStream in = KnownDefects.class.getResourceAsStream("/fuzz/known-defects.txt")) {
            List<Entry> entries = new ArrayList<>();
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] parts = line.split(" \\| ", 3);
                        entries.add(new Entry(parts[0].trim(), Pattern.compile(parts[1].trim()), parts[2].trim()));
                    }
                }
            }
            return new KnownDefects(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the reason of the known defect this finding shows, or null when it is a new one */
    String reasonFor(Finding finding) {
        String text = finding.request().label() + " " + finding.request().method() + " "
                + finding.request().target() + " => " + finding.detail();
        for (Entry entry : entries) {
            if (entry.kind().equals(finding.kind())
                    && entry.pattern().matcher(text).find()) {
                return entry.reason();
            }
        }
        return null;
    }
}

package dev.flexkit.compat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A changelog file the changelog command keeps: the section it writes sits between two markers, the opening one
 * recording the fingerprints of the two contract versions it describes, so a test can tell that the contract moved
 * on without the changelog. Whatever is outside the markers (released versions, prose) is left as it is.
 */
final class ChangelogFile {

    static final String END = "<!-- /flex-compat:changelog -->";
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- flex-compat:changelog base=(\\S+) head=(\\S+) -->\\n.*?" + Pattern.quote(END) + "\\n?",
            Pattern.DOTALL);
    private static final String NEW_FILE = "# Changelog of the Flex API contract\n\n"
            + "The section between the `flex-compat:changelog` markers is written by `flex-compat changelog` "
            + "(see compat/README.md); edit outside them.\n\n";

    private ChangelogFile() {}

    /**
     * @param baseFingerprint what the base version's fingerprint is
     * @param headFingerprint what the head version's fingerprint is
     */
    record Recorded(String baseFingerprint, String headFingerprint) {}

    /**
     * @param existing the file's text, or null when there is none yet
     * @param baseFingerprint the fingerprint of the base contract
     * @param headFingerprint the fingerprint of the head contract
     * @param section the changelog section
     * @return the file with the section in place of the one it had
     */
    static String update(String existing, String baseFingerprint, String headFingerprint, String section) {
        String block = "<!-- flex-compat:changelog base=" + baseFingerprint + " head=" + headFingerprint + " -->\n"
                + section + END + "\n";
        if (existing == null) {
            return NEW_FILE + block;
        }
        Matcher matcher = BLOCK.matcher(existing);
        if (matcher.find()) {
            return existing.substring(0, matcher.start()) + block + existing.substring(matcher.end());
        }
        return existing + (existing.endsWith("\n") ? "\n" : "\n\n") + block;
    }

    /**
     * @param text a changelog file
     * @return the fingerprints its section records, if it has one
     */
    static Optional<Recorded> recorded(String text) {
        Matcher matcher = BLOCK.matcher(text);
        return matcher.find() ? Optional.of(new Recorded(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}

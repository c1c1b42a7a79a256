package dev.flexkit.contract;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * The {@code pattern}s the quick check runs with Java's regular expressions where the Atlassian validator's fge
 * backend runs ECMA 262's (Rhino). Only patterns of literal characters, character classes, anchors and
 * quantifiers are checked quickly ({@link #isPlain}): in them the two dialects differ in one place only, Java's
 * {@code $} matching before a final line break, so a value holding a line break is never accepted quickly.
 */
final class QuickPatterns implements RegularExpressionFactory {

    static final QuickPatterns INSTANCE = new QuickPatterns();

    // No escapes, groups, alternations, lookarounds or flags: nothing whose meaning differs between the dialects.
    private static final Pattern PLAIN = Pattern.compile("[\\^$\\[\\]A-Za-z0-9_+/={},*?.-]*");

    private QuickPatterns() {}

    static boolean isPlain(String regex) {
        return PLAIN.matcher(regex).matches();
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return value -> !hasLineBreak(value) && pattern.matcher(value).find();
    }

    private static boolean hasLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}

package dev.flexkit.compat;

/**
 * The code of a Java source without its comments and its string, character and text-block literals, each replaced
 * by a space: what is left are the tokens through which a source can name a class (javac resolves no name in a
 * comment, javadoc's included, nor in a literal).
 */
final class JavaCode {

    private JavaCode() {}

    /**
     * @param source the text of a Java source
     * @return the same text, its comments and literals blanked
     */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int length = source.length();
        int at = 0;
        while (at < length) {
            char c = source.charAt(at);
            if (c == '/' && at + 1 < length && source.charAt(at + 1) == '/') {
                at = indexOrEnd(source, "\n", at + 2);
            } else if (c == '/' && at + 1 < length && source.charAt(at + 1) == '*') {
                at = indexOrEnd(source, "*/", at + 2) + 2;
            } else if (source.startsWith("\"\"\"", at)) {
                at = endOfLiteral(source, at + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                at = endOfLiteral(source, at + 1, String.valueOf(c));
            } else {
                code.append(c);
                at++;
                continue;
            }
            code.append(' ');
        }
        return code.toString();
    }

    private static int indexOrEnd(String source, String token, int from) {
        int found = source.indexOf(token, from);
        return found < 0 ? source.length() : found;
    }

    /* The index after the literal's closing quote(s), a backslash escaping the character after it. */
    private static int endOfLiteral(String source, int from, String close) {
        int at = from;
        while (at < source.length()) {
            if (source.charAt(at) == '\\') {
                at += 2;
            } else if (source.startsWith(close, at)) {
                return at + close.length();
            } else {
                at++;
            }
        }
        return source.length();
    }
}

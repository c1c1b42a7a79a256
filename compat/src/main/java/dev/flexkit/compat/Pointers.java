package dev.flexkit.compat;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901), as the report names the place of each change in a spec. */
final class Pointers {

    private Pointers() {}

    /**
     * @param pointer a pointer
     * @param token one unescaped reference token, e.g. a path {@code /v1/customers}
     * @return the pointer one level deeper
     */
    static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String component(String schemaName) {
        return child("/components/schemas", schemaName);
    }

    /**
     * @param pointer a pointer, or a URI fragment holding one ({@code #/a/b})
     * @return its unescaped reference tokens
     */
    static List<String> tokens(String pointer) {
        String bare = pointer.startsWith("#") ? pointer.substring(1) : pointer;
        List<String> tokens = new ArrayList<>();
        if (bare.isEmpty()) {
            return tokens;
        }
        for (String token : bare.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}

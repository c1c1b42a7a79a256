package dev.flexkit.sandbox.domain;

import java.util.List;

/**
 * One reason a request is refused, in the shape of Flex's error details.
 *
 * @param loc  the path to the field at fault (names and list indexes)
 * @param msg  what is wrong, for a human
 * @param type a machine-readable code
 */
public record Problem(List<Object> loc, String msg, String type) {

    public Problem {
        loc = List.copyOf(loc);
    }

    /** A problem whose message follows Flex's {@code "<type>: <text>"} convention. */
    public static Problem of(String type, String text, Object... loc) {
        return new Problem(List.of(loc), type + ": " + text, type);
    }
}

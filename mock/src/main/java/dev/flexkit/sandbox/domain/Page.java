package dev.flexkit.sandbox.domain;

import java.util.List;

/**
 * Flex's list parameters: cursors ({@code starting_after}, {@code ending_before}), then {@code offset} and
 * {@code limit}, applied to a list in Flex's order (newest first).
 */
public record Page(String startingAfter, String endingBefore, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 10;

    public static Page first(int limit) {
        return new Page(null, null, 0, limit);
    }

    public <T extends Entity> List<T> of(List<T> all) {
        // long arithmetic: offset and limit come from the caller and may be as large as an int goes.
        long from = 0;
        long to = all.size();
        if (startingAfter != null) {
            from = indexOf(all, startingAfter, "starting_after") + 1;
        }
        if (endingBefore != null) {
            to = indexOf(all, endingBefore, "ending_before");
            // ending_before pages backwards: the page that ends right before the cursor.
            from = Math.max(from, to - offset - limit);
            to = Math.max(from, to - offset);
        } else {
            from = Math.min(to, from + offset);
            to = Math.min(to, from + limit);
        }
        return all.subList((int) from, (int) to);
    }

    /** A list that knows where each id stands in it, so that a cursor is looked up rather than searched for. */
    interface Positioned {
        /** @return the index of the object with this id, or -1 */
        int positionOf(String id);
    }

    private static <T extends Entity> int indexOf(List<T> all, String id, String parameter) {
        if (all instanceof Positioned positioned) {
            int position = positioned.positionOf(id);
            if (position >= 0) {
                return position;
            }
        } else {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(id)) {
                    return i;
                }
            }
        }
        throw new RuleViolationException(Problem.of("invalid_cursor", id + " is not in this list", "query", parameter));
    }
}

package dev.flexkit.sandbox.domain.rules;

import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule "no split cart": off-session, every item must be HSA/FSA eligible, because there is no customer to
 * pay the rest with a second card. Each item that is not eligible is named by its index in
 * {@code line_items}.
 */
public final class NoSplitCart {

    public static final String TYPE = "split_cart_not_allowed";

    private NoSplitCart() {}

    public static List<Problem> check(List<LineItem> items) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            if (!item.product().hsaFsaEligible()) {
                problems.add(Problem.of(
                        TYPE,
                        "every item of an off-session checkout must be HSA/FSA eligible; "
                                + item.product().id() + " (" + item.product().name() + ") is not_eligible",
                        "line_items",
                        i));
            }
        }
        return problems;
    }
}

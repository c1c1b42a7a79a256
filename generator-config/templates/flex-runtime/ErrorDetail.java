package dev.flexkit.client;

import java.util.List;

/**
 * One problem of a {@code {"detail": [...]}} error body, FastAPI's shape that Flex uses for 400 and 422.
 *
 * @param loc where: the path to the field at fault, names and list indexes ({@code ["visit_type"]},
 *     {@code ["body", "checkout_session", "line_items", 0, "quantity"]})
 * @param msg what is wrong, for a human
 * @param type a machine-readable code ({@code invalid_request_error}, {@code split_cart_not_allowed}, ...)
 */
public record ErrorDetail(List<Object> loc, String msg, String type) {

    public ErrorDetail {
        loc = loc == null ? List.of() : List.copyOf(loc);
    }
}

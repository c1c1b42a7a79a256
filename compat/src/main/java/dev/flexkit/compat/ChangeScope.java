package dev.flexkit.compat;

/**
 * Where in a spec a change is found.
 *
 * @param operation the operation, e.g. {@code GET /v1/customers/{id} (retrieveCustomer)}; empty outside operations
 * @param where where in the operation, e.g. {@code response 200}
 * @param side whether that is what clients send or what they receive
 */
record ChangeScope(String operation, String where, Side side) {

    ChangeScope at(String newWhere, Side newSide) {
        return new ChangeScope(operation, newWhere, newSide);
    }
}

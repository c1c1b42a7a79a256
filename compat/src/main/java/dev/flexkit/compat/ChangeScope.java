package dev.flexkit.compat;

/**
 * Where in a spec a change is found.
 *
 * @param operation the operation, e.g. {@code GET /v1/customers/{id} (retrieveCustomer)}; empty outside operations
 * @param where where in the operation, e.g. {@code response 200}
 * @param side whether that is what clients send or what they receive
 * @param pointer the JSON pointer of that place in the spec, e.g. {@code /paths/~1v1~1customers/get/responses/200}
 */
record ChangeScope(String operation, String where, Side side, String pointer) {

    ChangeScope at(String newWhere, Side newSide, String newPointer) {
        return new ChangeScope(operation, newWhere, newSide, newPointer);
    }

    ChangeScope pointingAt(String newPointer) {
        return new ChangeScope(operation, where, side, newPointer);
    }
}

package dev.flexkit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

/** Walks every operation of a contract. */
final class Operations {

    interface Visitor {
        void visit(String method, String path, Operation operation);
    }

    private Operations() {}

    static void each(OpenAPI api, Visitor visitor) {
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> visitor.visit(method.name(), path, operation)));
    }
}

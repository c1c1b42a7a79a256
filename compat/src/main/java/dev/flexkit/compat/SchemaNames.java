package dev.flexkit.compat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The component name of the schemas openapi-diff compared. openapi-diff resolves a {@code $ref} to the very
 * object held in {@code components/schemas}, so identity recovers the name the ref pointed at: a change is then
 * reported on {@code Customer.email}, where the generated client has it, rather than on the path that reached it.
 */
final class SchemaNames {

    private final Map<Schema<?>, String> names = new IdentityHashMap<>();

    SchemaNames(OpenAPI base, OpenAPI head) {
        add(base);
        add(head);
    }

    private void add(OpenAPI spec) {
        if (spec.getComponents() != null && spec.getComponents().getSchemas() != null) {
            spec.getComponents().getSchemas().forEach((name, schema) -> names.putIfAbsent(schema, name));
        }
    }

    /**
     * @param schema a schema openapi-diff compared
     * @return the name of the component it is, if it is one on either side
     */
    Optional<String> of(ChangedSchema schema) {
        return Optional.ofNullable(names.get(schema.getNewSchema()))
                .or(() -> Optional.ofNullable(names.get(schema.getOldSchema())));
    }
}

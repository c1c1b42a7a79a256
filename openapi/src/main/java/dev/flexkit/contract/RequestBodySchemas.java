package dev.flexkit.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the schema that a validator finding names by its schema pointer (relative to an operation's request body
 * schema, e.g. {@code /properties/checkout_session/properties/line_items/items}), so that what is missing or
 * unexpected is read from the contract itself rather than from the English text of a message.
 */
final class RequestBodySchemas {

    @SuppressWarnings("rawtypes") // swagger-parser's own type for the components' schemas
    private final Map<String, Schema> components;

    RequestBodySchemas(String contract) {
        OpenAPI api = new OpenAPIV3Parser().readContents(contract).getOpenAPI();
        this.components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of()
                : api.getComponents().getSchemas();
    }

    /** @return the schema at {@code schemaPointer} in the JSON request body schema of {@code operation} */
    Optional<Schema<?>> find(Operation operation, String schemaPointer) {
        Schema<?> schema = bodySchema(operation.getRequestBody());
        String[] segments = schemaPointer.split("/");
        for (int i = 1; schema != null && i < segments.length; i++) {
            schema = deref(schema);
            String segment = unescape(segments[i]);
            schema = switch (segment) {
                case "properties" ->
                    ++i < segments.length && schema.getProperties() != null
                            ? schema.getProperties().get(unescape(segments[i]))
                            : null;
                case "items" -> schema.getItems();
                case "additionalProperties" -> schema.getAdditionalProperties() instanceof Schema<?> s ? s : null;
                case "not" -> schema.getNot();
                case "allOf", "oneOf", "anyOf" ->
                    ++i < segments.length ? member(branches(schema, segment), segments[i]) : null;
                default -> null;
            };
        }
        return Optional.ofNullable(schema).map(this::deref);
    }

    /** @return the properties {@code schema} requires, its own and those of its {@code allOf} members */
    Set<String> required(Schema<?> schema) {
        Set<String> required = new LinkedHashSet<>();
        for (Schema<?> part : parts(schema)) {
            if (part.getRequired() != null) {
                required.addAll(part.getRequired());
            }
        }
        return required;
    }

    /** @return the properties {@code schema} declares, its own and those of its {@code allOf} members */
    Set<String> declared(Schema<?> schema) {
        Set<String> declared = new LinkedHashSet<>();
        for (Schema<?> part : parts(schema)) {
            if (part.getProperties() != null) {
                declared.addAll(part.getProperties().keySet());
            }
        }
        return declared;
    }

    private List<Schema<?>> parts(Schema<?> schema) {
        List<Schema<?>> parts = new ArrayList<>();
        Schema<?> resolved = deref(schema);
        if (resolved != null) {
            parts.add(resolved);
            if (resolved.getAllOf() != null) {
                for (Schema<?> member : resolved.getAllOf()) {
                    parts.addAll(parts(member));
                }
            }
        }
        return parts;
    }

    private static Schema<?> bodySchema(RequestBody body) {
        Content content = body == null ? null : body.getContent();
        if (content == null) {
            return null;
        }
        return content.entrySet().stream()
                .filter(entry -> entry.getKey().contains("json"))
                .map(Map.Entry::getValue)
                .map(MediaType::getSchema)
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> branches(Schema<?> schema, String keyword) {
        return switch (keyword) {
            case "allOf" -> schema.getAllOf();
            case "oneOf" -> schema.getOneOf();
            default -> schema.getAnyOf();
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> member(List<Schema> branches, String index) {
        if (branches == null || !index.chars().allMatch(Character::isDigit) || index.length() > 4) {
            return null;
        }
        int i = Integer.parseInt(index);
        return i < branches.size() ? branches.get(i) : null;
    }

    private Schema<?> deref(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < 32; hops++) {
            String ref = current.get$ref();
            current = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }

    private static String unescape(String pointerSegment) {
        return pointerSegment.replace("~1", "/").replace("~0", "~");
    }
}

package dev.flexkit.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which models of a client must be generated again when the client of another version of the spec is already
 * generated: when only the properties of some object schemas changed, only those schemas' models, and the
 * {@code oneOf}/{@code anyOf} models that list them (openapi-generator merges the alternatives' properties, and
 * their imports, into the composed model). Every other source is the other client's: the text openapi-generator
 * writes for a model or an API reads another schema only for its name and its kind (an object with properties,
 * an enum, an array, a map, a primitive), which stay the same.
 *
 * <p>Anything else generates the whole client: a change outside the schemas (an operation, a parameter, a
 * response, the servers), a schema added, removed or renamed, a change of a schema's kind or of anything at its
 * root besides its properties, a schema with an inline object (openapi-generator names those after every schema
 * there is), a schema in an {@code allOf}, {@code not} or discriminated {@code oneOf} (its subclasses and parents
 * inherit from it), and a schema a parameter or a non-JSON body reads (the generator lays a form's properties
 * out as parameters). {@code ModelSelectionTest} holds a selected generation to the whole one, file for file.
 *
 * <p>Both specs are compared as the gate reads them, their documentation left out ({@link SpecLoader}): a
 * description only reaches the javadoc, never a class file.
 */
final class ModelSelection {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> COMPOSITIONS = Set.of("allOf", "oneOf", "anyOf", "not");
    private static final Set<String> ROOT_ONLY = Set.of("properties", "required");
    /* The path key of a reference with siblings (isReferenceWithSiblings), which is no composition. */
    private static final String REFERENCE_WITH_SIBLINGS = "allOf (one $ref)";

    private ModelSelection() {}

    /**
     * @param reference the spec whose client is already generated, documentation left out
     * @param target the spec to generate the client of, the same way
     * @return the names of the schemas whose models to generate, the rest taken from the reference's client;
     *     empty when the whole client must be generated
     */
    static Optional<Set<String>> of(JsonNode reference, JsonNode target) {
        JsonNode referenceSchemas = reference.path("components").path("schemas");
        JsonNode targetSchemas = target.path("components").path("schemas");
        if (!withoutSchemas(reference).equals(withoutSchemas(target))
                || !names(referenceSchemas).equals(names(targetSchemas))) {
            return Optional.empty();
        }
        Set<String> changed = new TreeSet<>();
        for (String name : names(targetSchemas)) {
            JsonNode before = referenceSchemas.get(name);
            JsonNode after = targetSchemas.get(name);
            if (before.equals(after)) {
                continue;
            }
            if (!onlyPropertiesDiffer(before, after) || hasInlineSchemas(before) || hasInlineSchemas(after)) {
                return Optional.empty();
            }
            changed.add(name);
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<Reference> references = references(target);
        Set<String> selected = new TreeSet<>(changed);
        Set<String> composedModels = new TreeSet<>();
        for (Reference use : references) {
            if (!changed.contains(use.schema())) {
                continue;
            }
            Optional<String> composedModel = use.composedModel();
            if (composedModel.isPresent()
                    && !targetSchemas.get(composedModel.get()).has("discriminator")) {
                composedModels.add(composedModel.get());
            } else if (!use.readsOnlyNameAndKind()) {
                return Optional.empty();
            }
        }
        // A composed model merges its alternatives' properties: one that is itself an alternative would pass them on.
        for (Reference use : references) {
            if (composedModels.contains(use.schema()) && !use.readsOnlyNameAndKind()) {
                return Optional.empty();
            }
        }
        selected.addAll(composedModels);
        return Optional.of(selected);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /* Everything at the schema's root but its properties is the same, and it has properties on both sides. */
    private static boolean onlyPropertiesDiffer(JsonNode before, JsonNode after) {
        return before.isObject()
                && after.isObject()
                && !before.path("properties").isEmpty()
                && !after.path("properties").isEmpty()
                && without(before, ROOT_ONLY).equals(without(after, ROOT_ONLY));
    }

    /* A schema below the root that openapi-generator turns into a model of its own, or that composes others. */
    private static boolean hasInlineSchemas(JsonNode schema) {
        if (COMPOSITIONS.stream().anyMatch(schema::has) || schema.has("discriminator")) {
            return true;
        }
        Deque<JsonNode> below = new ArrayDeque<>();
        schema.path("properties").forEach(below::add);
        while (!below.isEmpty()) {
            JsonNode node = below.remove();
            if (node.isObject()
                    && !isReferenceWithSiblings(node)
                    && (node.has("properties")
                            || node.has("discriminator")
                            || COMPOSITIONS.stream().anyMatch(node::has))) {
                return true;
            }
            node.forEach(below::add);
        }
        return false;
    }

    /*
     * `allOf: [{$ref: X}]` beside a description: how OpenAPI 3.0 gives a reference siblings. Below a schema's root
     * openapi-generator reads it as X itself (CheckoutSession.visit_type is a VisitType), no composition.
     */
    private static boolean isReferenceWithSiblings(JsonNode node) {
        JsonNode allOf = node.get("allOf");
        return allOf != null
                && allOf.size() == 1
                && allOf.get(0).has("$ref")
                && Stream.of("properties", "discriminator", "oneOf", "anyOf", "not")
                        .noneMatch(node::has);
    }

    /**
     * A {@code $ref} to a schema, and what the model or API it is part of may read of that schema.
     *
     * @param path the keys from the root of the spec to the {@code $ref}
     * @param schema the name of the schema it names
     */
    private record Reference(List<String> path, String schema) {

        /** @return the model of a {@code oneOf} or {@code anyOf} that lists the schema at its root */
        Optional<String> composedModel() {
            boolean alternative = path.size() == 5
                    && inSchemas()
                    && (path.get(3).equals("oneOf") || path.get(3).equals("anyOf"));
            return alternative ? Optional.of(path.get(2)) : Optional.empty();
        }

        /*
         * A property of a schema, an item or value of one, a JSON body or response: the name and the kind. A
         * composition, a parameter, a header, or a body of another media type: maybe more.
         */
        boolean readsOnlyNameAndKind() {
            if (path.stream().anyMatch(COMPOSITIONS::contains)) {
                return false;
            }
            if (inSchemas()) {
                return true;
            }
            int content = path.indexOf("content");
            return content >= 0
                    && content + 2 < path.size()
                    && isJson(path.get(content + 1))
                    && path.get(content + 2).equals("schema")
                    && !path.contains("parameters")
                    && !path.contains("headers");
        }

        private boolean inSchemas() {
            return path.size() > 2
                    && path.get(0).equals("components")
                    && path.get(1).equals("schemas");
        }
    }

    private static List<Reference> references(JsonNode spec) {
        List<Reference> found = new ArrayList<>();
        collect(spec, new ArrayList<>(), found);
        return found;
    }

    private static void collect(JsonNode node, List<String> path, List<Reference> found) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                found.add(new Reference(List.copyOf(path), ref.asText().substring(SCHEMAS.length())));
            }
            boolean belowSchemaRoot = path.size() > 3
                    && path.get(0).equals("components")
                    && path.get(1).equals("schemas");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                boolean siblingsOnly =
                        field.getKey().equals("allOf") && belowSchemaRoot && isReferenceWithSiblings(node);
                path.add(siblingsOnly ? REFERENCE_WITH_SIBLINGS : field.getKey());
                collect(field.getValue(), path, found);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                path.add("[]");
                collect(item, path, found);
                path.remove(path.size() - 1);
            }
        }
    }

    private static Set<String> names(JsonNode schemas) {
        Set<String> names = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode withoutSchemas(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        if (copy.get("components") instanceof ObjectNode components) {
            components.remove("schemas");
        }
        return copy;
    }

    private static JsonNode without(JsonNode schema, Set<String> keys) {
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove(keys);
        return copy;
    }
}

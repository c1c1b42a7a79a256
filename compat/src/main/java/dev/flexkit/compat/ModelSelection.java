package dev.flexkit.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which models and APIs of a client must be generated again when the client of another version of the spec is
 * already generated: when only the properties of some object schemas changed, only those schemas' models, and the
 * {@code oneOf}/{@code anyOf} models that list them (openapi-generator merges the alternatives' properties, and
 * their imports, into the composed model); when only some paths changed, only the API classes of their tags.
 * Every other source is the other client's: the text openapi-generator writes for a model or an API reads another
 * schema only for its name and its kind (an object with properties, an enum, an array, a map, a primitive), which
 * stay the same, and an API class reads only its own operations.
 *
 * <p>Anything else generates the whole client: a change outside the schemas and paths (a parameter, a response
 * or a body defined in the components, the servers), a schema added, removed or renamed, a change of a schema's
 * kind or of anything at its root besides its properties, a schema with an inline object (openapi-generator names
 * those after every schema there is), a schema in an {@code allOf}, {@code not} or discriminated {@code oneOf}
 * (its subclasses and parents inherit from it), a schema a parameter or a non-JSON body reads (the generator lays
 * a form's properties out as parameters), a tag added or removed, and a changed path with an inline schema, a
 * form, or a body or response from the components. {@code ModelSelectionTest} holds a selected generation to the
 * whole one, file for file.
 *
 * <p>Both specs are compared as the gate reads them, their documentation left out ({@link SpecLoader}): a
 * description only reaches the javadoc, never a class file.
 */
final class ModelSelection {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> COMPOSITIONS = Set.of("allOf", "oneOf", "anyOf", "not");
    private static final Set<String> ROOT_ONLY = Set.of("properties", "required");
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /* The path key of a reference with siblings (isReferenceWithSiblings), which is no composition. */
    private static final String REFERENCE_WITH_SIBLINGS = "allOf (one $ref)";

    private ModelSelection() {}

    /**
     * What to generate.
     *
     * @param models the names of the schemas whose models to generate
     * @param tags the tags whose API classes to generate
     */
    record Selection(Set<String> models, Set<String> tags) {

        /** @return how many sources it generates */
        int size() {
            return models.size() + tags.size();
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!models.isEmpty()) {
                parts.add("models " + String.join(", ", models));
            }
            if (!tags.isEmpty()) {
                parts.add("the APIs of " + String.join(", ", tags));
            }
            return String.join("; ", parts);
        }
    }

    /**
     * @param reference the spec whose client is already generated, documentation left out
     * @param target the spec to generate the client of, the same way
     * @return the models and APIs to generate, the rest taken from the reference's client; empty when the whole
     *     client must be generated
     */
    static Optional<Selection> of(JsonNode reference, JsonNode target) {
        if (!withoutPathsAndSchemas(reference).equals(withoutPathsAndSchemas(target))) {
            return Optional.empty();
        }
        Optional<Set<String>> models = models(reference, target);
        Optional<Set<String>> tags = models.isPresent() ? tags(reference, target) : models;
        if (tags.isEmpty() || (models.get().isEmpty() && tags.get().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Selection(models.get(), tags.get()));
    }

    /* The models to generate, none when no schema changed; empty when the whole client must be generated. */
    private static Optional<Set<String>> models(JsonNode reference, JsonNode target) {
        JsonNode referenceSchemas = reference.path("components").path("schemas");
        JsonNode targetSchemas = target.path("components").path("schemas");
        if (!names(referenceSchemas).equals(names(targetSchemas))) {
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
            return Optional.of(changed);
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

    /*
     * The tags whose API classes to generate, none when no path changed: those of every operation of a changed
     * path, in either spec. Empty (the whole client) when the tags of the whole spec differ (the API classes
     * there are), or a changed path holds an inline schema (openapi-generator makes a model of it, named after the
     * operation), a body that is no JSON (a form's fields become parameters), or a reference to a body or
     * response defined elsewhere.
     */
    private static Optional<Set<String>> tags(JsonNode reference, JsonNode target) {
        JsonNode referencePaths = reference.path("paths");
        JsonNode targetPaths = target.path("paths");
        if (!allTags(referencePaths).equals(allTags(targetPaths))) {
            return Optional.empty();
        }
        Set<String> paths = names(referencePaths);
        paths.addAll(names(targetPaths));
        Set<String> tags = new TreeSet<>();
        for (String path : paths) {
            JsonNode before = referencePaths.get(path);
            JsonNode after = targetPaths.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            if ((before != null && !generatesOnlyItsApis(before, reference))
                    || (after != null && !generatesOnlyItsApis(after, target))) {
                return Optional.empty();
            }
            if (before != null) {
                tags.addAll(tagsOf(before));
            }
            if (after != null) {
                tags.addAll(tagsOf(after));
            }
        }
        return Optional.of(tags);
    }

    /* No inline schema, no form, in the path item and in the bodies, responses and headers it takes from the components. */
    private static boolean generatesOnlyItsApis(JsonNode pathItem, JsonNode spec) {
        Deque<JsonNode> nodes = new ArrayDeque<>(List.of(pathItem));
        Set<String> followed = new HashSet<>();
        while (!nodes.isEmpty()) {
            JsonNode node = nodes.remove();
            if (node.isObject()) {
                if (node.has("properties")
                        || node.has("discriminator")
                        || COMPOSITIONS.stream().anyMatch(node::has)) {
                    return false;
                }
                String ref = node.path("$ref").asText("");
                if (!ref.isEmpty() && !ref.startsWith(SCHEMAS) && followed.add(ref)) {
                    JsonNode component = ref.startsWith("#/components/") ? spec.at(ref.substring(1)) : null;
                    if (component == null || component.isMissingNode()) {
                        return false;
                    }
                    nodes.add(component);
                }
                for (String mediaType : names(node.path("requestBody").path("content"))) {
                    if (!isJson(mediaType)) {
                        return false;
                    }
                }
            }
            node.forEach(nodes::add);
        }
        return true;
    }

    private static Set<String> allTags(JsonNode paths) {
        Set<String> tags = new TreeSet<>();
        paths.forEach(item -> tags.addAll(tagsOf(item)));
        return tags;
    }

    /* An operation without tags is openapi-generator's "default". */
    private static Set<String> tagsOf(JsonNode pathItem) {
        Set<String> tags = new TreeSet<>();
        for (String method : METHODS) {
            JsonNode operation = pathItem.get(method);
            if (operation == null) {
                continue;
            }
            JsonNode operationTags = operation.path("tags");
            if (operationTags.isEmpty()) {
                tags.add("default");
            }
            operationTags.forEach(tag -> tags.add(tag.asText()));
        }
        return tags;
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

    private static JsonNode withoutPathsAndSchemas(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        copy.remove("paths");
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

package dev.flexkit.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The kept client to build another client as a change of: the one whose spec is nearest. In a pipeline that keeps
 * the cache folder, the head of a push is nearest to the head of the push before it, not to a baseline released
 * months ago: built as a change of that one, it generates a model or two and compiles a source or two instead of
 * most of the client. Which client is the reference decides only the time a build takes, never its result
 * ({@link ModelSelection}, {@link Recompilation}).
 */
final class ReferenceClient {

    /* How many of the most recently kept clients are weighed besides the other side of the comparison. */
    private static final int RECENT = 4;
    /* Generating the whole client costs more than any selection of models. */
    private static final int WHOLE_GENERATION = 1_000;

    /**
     * A kept client.
     *
     * @param tree the spec it was generated from, without its documentation
     * @param jar the client, read when it is chosen
     */
    record Candidate(JsonNode tree, Supplier<byte[]> jar) {}

    /**
     * The client chosen, and how to build the other as a change of it.
     *
     * @param client the reference's classes and sources
     * @param selection the models and APIs to generate over its sources, or empty to generate the whole client
     */
    record Chosen(ClientJar client, Optional<ModelSelection.Selection> selection) {}

    private ReferenceClient() {}

    /**
     * @param target the spec to build the client of, without its documentation
     * @param otherSide the client of the other side of the comparison, when it is kept
     * @param cache the cache whose recently kept clients are weighed too
     * @param keySuffix the suffix of the keys of clients generated with the same generator config
     * @param ownKey the key of the client to build, which is no reference
     * @return the nearest kept client, if any is kept
     */
    static Optional<Chosen> nearest(
            JsonNode target, Optional<Candidate> otherSide, ClientCache cache, String keySuffix, String ownKey) {
        Stream<Candidate> recent = cache.recentSpecs(keySuffix, RECENT).stream()
                .filter(key -> !key.equals(ownKey))
                .flatMap(key -> candidate(cache, key).stream());
        // Each candidate is weighed once: a selection deep-copies both specs.
        return Stream.concat(otherSide.stream(), recent)
                .map(candidate -> new Weighed(candidate, ModelSelection.of(candidate.tree(), target)))
                .min(Comparator.comparingInt(weighed ->
                        distance(weighed.selection(), weighed.candidate().tree(), target)))
                .map(weighed ->
                        new Chosen(ClientJar.of(weighed.candidate().jar().get()), weighed.selection()));
    }

    /* A candidate, with what would be generated over it. */
    private record Weighed(Candidate candidate, Optional<ModelSelection.Selection> selection) {}

    private static Optional<Candidate> candidate(ClientCache cache, String key) {
        if (!cache.isKept(key)) {
            return Optional.empty();
        }
        return cache.specIfKept(key)
                .flatMap(ReferenceClient::read)
                .map(tree -> new Candidate(tree, () -> cache.jarIfKept(key).orElseThrow()));
    }

    private static Optional<JsonNode> read(byte[] json) {
        try {
            return Optional.of(Json.mapper().readTree(json));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is no candidate
        }
    }

    /* The models a selected generation writes; else the schemas and paths that differ, after a whole generation. */
    static int distance(JsonNode reference, JsonNode target) {
        return distance(ModelSelection.of(reference, target), reference, target);
    }

    private static int distance(Optional<ModelSelection.Selection> selection, JsonNode reference, JsonNode target) {
        return selection
                .map(ModelSelection.Selection::size)
                .orElseGet(() -> WHOLE_GENERATION
                        + differing(
                                reference.path("components").path("schemas"),
                                target.path("components").path("schemas"))
                        + differing(reference.path("paths"), target.path("paths")));
    }

    private static int differing(JsonNode reference, JsonNode target) {
        Set<String> names = new HashSet<>();
        reference.fieldNames().forEachRemaining(names::add);
        target.fieldNames().forEachRemaining(names::add);
        return (int) names.stream()
                .filter(name -> !reference.path(name).equals(target.path(name)))
                .count();
    }
}

package dev.flexkit.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Reads a spec, with the files it references, the way openapi-diff and openapi-generator read it. */
final class SpecLoader {

    private static final List<String> DOCUMENTATION = List.of("description", "summary", "example", "examples");

    private SpecLoader() {}

    /**
     * Reads two specs at once: parsing is most of the time of a run whose Java-level check is cached.
     *
     * @param base the entry file of one spec
     * @param head the entry file of the other
     * @return both specs, in that order
     * @throws GateException when either cannot be read
     */
    static List<LoadedSpec> loadBoth(Path base, Path head) {
        CompletableFuture<LoadedSpec> other = CompletableFuture.supplyAsync(() -> load(head));
        LoadedSpec first = load(base);
        try {
            return List.of(first, other.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * @param file the entry file of the spec
     * @return the spec
     * @throws GateException when the spec cannot be read or swagger-parser reports any problem: a spec the parser
     *     complains about (a dangling {@code $ref}, a malformed file) would be compared half-read
     */
    static LoadedSpec load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new GateException("cannot read spec " + file + ": no such readable file");
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw new GateException("cannot read spec " + file + ": " + String.join("; ", messages));
        }
        if (!messages.isEmpty()) {
            throw new GateException("spec " + file + " is not valid: " + String.join("; ", messages));
        }
        JsonNode tree = Json.mapper().valueToTree(result.getOpenAPI());
        String contentHash = hash(tree);
        stripDocumentation(tree, false);
        byte[] clientJson = canonicalJson(tree);
        return new LoadedSpec(file, result.getOpenAPI(), contentHash, digest(clientJson), readBack(clientJson));
    }

    private static String hash(JsonNode tree) {
        return digest(canonicalJson(tree));
    }

    private static String digest(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest a parsed spec", e);
        }
    }

    /*
     * The tree as a kept spec is read back from the cache (ReferenceClient): a tree made from the parsed model holds
     * BigDecimal numbers where one read from JSON holds doubles, and the two would never be equal.
     */
    private static JsonNode readBack(byte[] json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back a parsed spec", e);
        }
    }

    /** @return the tree as the JSON its digest is of */
    static byte[] canonicalJson(JsonNode tree) {
        try {
            return Json.mapper().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a parsed spec", e);
        }
    }

    /*
     * Descriptions, summaries and examples only reach the javadoc and docs of the generated client, never its API.
     * The keys of a `properties` map are field names, which stay whatever they are called.
     */
    private static void stripDocumentation(JsonNode node, boolean fieldNames) {
        if (node instanceof ObjectNode object) {
            if (!fieldNames) {
                object.remove(DOCUMENTATION);
            }
            object.properties()
                    .forEach(entry -> stripDocumentation(
                            entry.getValue(), !fieldNames && entry.getKey().equals("properties")));
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> stripDocumentation(item, false));
        }
    }
}

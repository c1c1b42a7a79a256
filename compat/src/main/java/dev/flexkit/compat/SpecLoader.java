package dev.flexkit.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads a spec, with the files it references, the way openapi-diff and openapi-generator read it. */
final class SpecLoader {

    private SpecLoader() {
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
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null) {
            throw new GateException("cannot read spec " + file + ": " + String.join("; ", messages));
        }
        if (!messages.isEmpty()) {
            throw new GateException("spec " + file + " is not valid: " + String.join("; ", messages));
        }
        return new LoadedSpec(file, result.getOpenAPI(), hash(result.getOpenAPI()));
    }

    private static String hash(OpenAPI openApi) {
        try {
            byte[] canonical = Json.mapper().writeValueAsString(openApi).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest a parsed spec", e);
        }
    }
}

package dev.flexkit.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;

/**
 * A spec as the gate read it.
 *
 * @param file the entry file; relative {@code $ref}s resolve from its folder
 * @param openApi the parsed spec, references to other files resolved into its components
 * @param contentHash a digest of everything the spec says, across all its files: two specs with the same hash
 *     generate the same client
 * @param clientHash a digest of what the generator turns into API (everything but descriptions, summaries and
 *     examples): two specs with the same one generate clients with the same API
 * @param clientTree what that digest is of: the parsed spec as JSON, its documentation left out
 */
record LoadedSpec(Path file, OpenAPI openApi, String contentHash, String clientHash, JsonNode clientTree) {}

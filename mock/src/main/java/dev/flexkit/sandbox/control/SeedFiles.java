package dev.flexkit.sandbox.control;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.contract.ContractViolation;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.RuleViolationException;
import dev.flexkit.sandbox.http.JsonResponses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a seed file (YAML, or JSON, which is YAML too) and checks it against the control API contract's
 * {@code SeedDocument}, exactly as if it had been posted to {@code /__admin/flex/seed}.
 */
public final class SeedFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SeedFiles() {}

    /** @throws IllegalArgumentException naming every problem of the file */
    public static Drafts.Seed read(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not readable YAML: " + e.getMessage(), e);
        }
        String json = JsonResponses.MAPPER.writeValueAsString(tree);
        List<ContractViolation> violations = ContractValidator.forSandboxControl()
                .checkRequest(SimpleRequest.Builder.post("/__admin/flex/seed")
                        .withContentType("application/json")
                        .withAuthorization("Bearer fsk_test_seedfile")
                        .withBody(json)
                        .build());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(file + " is not a seed document:\n"
                    + violations.stream()
                            .map(v -> "  " + v.field() + ": " + v.message())
                            .collect(Collectors.joining("\n")));
        }
        try {
            Drafts.Seed seed = SeedDocuments.toDomain(JsonResponses.MAPPER.readValue(json, SeedDocument.class));
            // Every key's dataset starts from it: one that does not load must stop the sandbox now, not fail each key
            // later.
            new Dataset().control().seed(seed);
            return seed;
        } catch (RuleViolationException e) {
            throw new IllegalArgumentException(
                    file + " is not a seed document:\n"
                            + e.problems().stream()
                                    .map(p -> "  " + p.loc() + ": " + p.msg())
                                    .collect(Collectors.joining("\n")),
                    e);
        }
    }
}

package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client is built as a change of the kept client whose spec is nearest, not only of the other side of the
 * comparison: what it finds must be what a build from nothing finds.
 */
class ReferenceClientTest {

    private static final GeneratorConfig CONFIG = TestSpecs.projectGeneratorConfig();

    @Test
    void aHeadNearerAKeptHeadThanTheBaseIsBuiltAsAChangeOfThatHead(@TempDir Path folder) {
        Path base = TestSpecs.mutations().resolve("base.yaml");
        // The head of the push before: a new operation.
        Path earlierHead = TestSpecs.mutations().resolve("new-operation/head.yaml");
        // This push: the same, and a field of Customer removed.
        Path head = TestSpecs.withSchemaChanged(
                earlierHead,
                "Customer",
                customer -> ((ObjectNode) customer.get("properties")).remove("name"),
                folder.resolve("head.yaml"));
        ClientCache kept = new ClientCache(folder.resolve("kept"));
        run(base, earlierHead, kept, Timings.off());

        StringWriter timings = new StringWriter();
        CompatResult near = run(base, head, kept, Timings.to(new PrintWriter(timings, true)));
        CompatResult fromNothing = run(base, head, new ClientCache(folder.resolve("empty")), Timings.off());

        assertThat(timings.toString())
                .contains("generate the client of head.yaml (only models Customer;")
                .contains("compile the client of head.yaml (1 of");
        assertThat(near.javaChanges()).isNotEmpty().isEqualTo(fromNothing.javaChanges());
    }

    @Test
    void theDistanceCountsTheModelsASelectionGeneratesBelowAnyWholeGeneration() {
        var base = SpecLoader.load(TestSpecs.mutations().resolve("base.yaml")).clientTree();
        var fieldRemoved = SpecLoader.load(TestSpecs.mutations().resolve("removed-response-field/head.yaml"))
                .clientTree();
        var form = SpecLoader.load(TestSpecs.mutations().resolve("added-request-media-type/head.yaml"))
                .clientTree();

        assertThat(ReferenceClient.distance(base, fieldRemoved)).isEqualTo(1);
        assertThat(ReferenceClient.distance(base, form))
                .as("a form: the whole client")
                .isGreaterThan(1_000);
    }

    private static CompatResult run(Path base, Path head, ClientCache cache, Timings timings) {
        return CompatGate.run(
                CompatGate.SpecFile.of(base),
                CompatGate.SpecFile.of(head),
                CONFIG,
                new CompatGate.Options(cache, AcceptedChanges.none(), Severity.BREAKING, LocalDate.now(), timings));
    }
}

package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line and column of a change, read from the source file it is in, across the files of a spec. */
class LocationTest {

    private static final Path CASE = TestSpecs.mutations().resolve("multi-file-response-field-removed");

    @TempDir
    Path temp;

    @Test
    void removalInAReferencedFileIsLocatedInThatFileOfTheBase() throws IOException {
        CompatResult result = CompatGate.run(
                CASE.resolve("base/api.yaml"),
                CASE.resolve("head/api.yaml"),
                "base",
                "head",
                TestSpecs.projectGeneratorConfig());

        Decision removal = result.breakingDecisions().get(0);
        assertThat(removal.pointer()).isEqualTo("/components/schemas/Customer/properties/name");
        assertThat(removal.location())
                .isEqualTo(new Location(
                        "base",
                        CASE.resolve("base/schemas.yaml").toString(),
                        ReportFormatsTest.lineOf(CASE.resolve("base/schemas.yaml"), "    name:", 1),
                        5));
    }

    @Test
    void additionInAReferencedFileIsLocatedInThatFileOfTheHead() throws IOException {
        Path base = copy("base");
        Path head = copy("head");
        Path schemas = head.resolveSibling("schemas.yaml");
        Files.writeString(schemas, Files.readString(schemas).replace("""
                Address:
                  type: object
                  properties:
                """, """
                Address:
                  type: object
                  properties:
                    zip:
                      type: string
                """));

        CompatResult result = CompatGate.run(base, head, "base", "head", TestSpecs.projectGeneratorConfig());

        Decision added = result.decisions().stream()
                .filter(decision -> decision.subject().equals("Address.zip"))
                .findFirst()
                .orElseThrow();
        assertThat(added.pointer()).isEqualTo("/components/schemas/Address/properties/zip");
        assertThat(added.location())
                .isEqualTo(
                        new Location("head", schemas.toString(), ReportFormatsTest.lineOf(schemas, "    zip:", 1), 5));
    }

    @Test
    void operationLevelChangesPointIntoThePathsOfTheEntryFile() throws IOException {
        Path head = TestSpecs.mutations().resolve("new-required-query-parameter/head.yaml");
        CompatResult result = CompatGate.run(
                TestSpecs.mutations().resolve("base.yaml"), head, "base", "head", TestSpecs.projectGeneratorConfig());

        Decision parameter = result.breakingDecisions().get(0);
        assertThat(parameter.pointer()).isEqualTo("/paths/~1customers/get/parameters/1");
        assertThat(parameter.location().file()).isEqualTo(head.toString());
        assertThat(parameter.location().line()).isEqualTo(ReportFormatsTest.lineOf(head, "        - name: email", 1));
        assertThat(parameter.location().column()).isEqualTo(11);
    }

    private Path copy(String side) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(side));
        Files.copy(CASE.resolve(side + "/api.yaml"), folder.resolve("api.yaml"));
        Files.copy(CASE.resolve(side + "/schemas.yaml"), folder.resolve("schemas.yaml"));
        return folder.resolve("api.yaml");
    }
}

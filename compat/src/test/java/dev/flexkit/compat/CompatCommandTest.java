package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes, messages and report, on specs of the mutation corpus. */
class CompatCommandTest {

    private static final Path MUTATIONS = TestSpecs.mutations();
    private static final String BASE = MUTATIONS.resolve("base.yaml").toString();

    @TempDir
    Path temp;

    @Test
    void compatibleChangeExitsZeroAndWritesTheReport() throws IOException {
        Path report = temp.resolve("reports/compat.md");

        GateRun run = GateRun.of("--base", BASE, "--head", head("new-response-field"), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(run.err().strip()).startsWith("flex-compat: compatible").doesNotContain("\n");
        assertThat(Files.readString(report))
                .startsWith("# Flex API compatibility: compatible")
                .contains("`Customer.phone`: optional field added", "`response-field-added`");
    }

    @Test
    void breakingChangeExitsOneNamingTheChangeAndTheRule() throws IOException {
        Path report = temp.resolve("compat.md");

        GateRun run =
                GateRun.of("--base", BASE, "--head", head("removed-response-field"), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.BREAKING);
        assertThat(run.err().strip()).startsWith("flex-compat: BREAKING").doesNotContain("\n");
        assertThat(run.out())
                .contains("[response-field-removed] " + BASE + ":", "`Customer.name`: field removed", "getName()");
        assertThat(Files.readString(report))
                .contains(
                        "## Breaking changes in the contract",
                        "`GET /customers/{id} (retrieveCustomer) - response 200`",
                        "**Breaks:** Java consumers",
                        "rule `response-field-removed`",
                        "## Breaking changes in the generated Java API",
                        "METHOD_REMOVED");
    }

    @Test
    void missingSpecFileExitsTwo() {
        GateRun run = GateRun.of("--base", temp.resolve("nowhere.yaml").toString(), "--head", BASE);

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err().strip())
                .startsWith("flex-compat: could not run: cannot read spec")
                .contains("nowhere.yaml")
                .doesNotContain("\n");
    }

    @Test
    void malformedSpecExitsTwo() throws IOException {
        Path malformed = Files.writeString(temp.resolve("malformed.yaml"), "openapi: 3.0.3\npaths: [\n");

        GateRun run = GateRun.of("--base", BASE, "--head", malformed.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).startsWith("flex-compat: could not run:").contains("malformed.yaml");
    }

    @Test
    void specWithADanglingRelativeRefExitsTwo() throws IOException {
        Path lonely = Files.copy(
                MUTATIONS.resolve("multi-file-response-field-removed/head/api.yaml"), temp.resolve("api.yaml"));

        GateRun run = GateRun.of("--base", BASE, "--head", lonely.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).startsWith("flex-compat: could not run:").contains("api.yaml");
    }

    @Test
    void missingBaseOptionExitsTwo() {
        GateRun run = GateRun.of("--head", BASE);

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err().strip()).startsWith("flex-compat: could not run:").contains("--base");
    }

    @Test
    void baseAndBaseRefTogetherExitTwo() {
        GateRun run = GateRun.of("--base", BASE, "--base-ref", "main", "--head", BASE);

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err()).contains("mutually exclusive");
    }

    private static String head(String mutation) {
        return MUTATIONS.resolve(mutation).resolve("head.yaml").toString();
    }
}

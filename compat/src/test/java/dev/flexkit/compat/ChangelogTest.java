package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flex-compat changelog}: release notes of a contract change, and the changelog file it keeps. */
class ChangelogTest {

    private static final Path MUTATIONS = TestSpecs.mutations();
    private static final String BASE = MUTATIONS.resolve("base.yaml").toString();

    @TempDir
    Path temp;

    @Test
    void changelogOfACorpusCaseListsBreakingChangesFirst() throws IOException {
        Path head = Files.writeString(
                temp.resolve("head.yaml"),
                Files.readString(MUTATIONS.resolve("removed-response-field/head.yaml"))
                        .replace("enum: [active, closed]", "enum: [active, closed, suspended]")
                        .replace(
                                "      operationId: retrieveCustomer\n",
                                "      operationId: retrieveCustomer\n" + "      deprecated: true\n"));

        GateRun run = GateRun.of("changelog", "--base", BASE, "--head", head.toString(), "--title", "1.1.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(run.out()).isEqualTo("""
                ## 1.1.0

                ### Breaking changes

                - `Customer.name`: field removed, in responses in `GET /customers (listCustomers) - response 200`, \
                `POST /customers (createCustomer) - response 200`, `GET /customers/{id} (retrieveCustomer) - \
                response 200` (`response-field-removed`)

                ### Deprecated

                - `GET /customers/{id} (retrieveCustomer)`: deprecated (`deprecated`)

                ### Added

                - `CustomerStatus`: enum values added (added [suspended]), in responses in `GET /customers \
                (listCustomers) - response 200`, `POST /customers (createCustomer) - response 200`, `GET \
                /customers/{id} (retrieveCustomer) - response 200` (`response-enum-widened`)
                """);
    }

    @Test
    void updateKeepsWhatIsOutsideTheMarkersAndRecordsBothFingerprints() throws IOException {
        Path changelog = Files.writeString(temp.resolve("CHANGELOG.md"), "# Changelog\n\n## 1.0.0\n\nFirst.\n");
        String head = MUTATIONS.resolve("new-response-field/head.yaml").toString();

        GateRun first = GateRun.of("changelog", "--base", BASE, "--head", head, "--update", changelog.toString());
        String once = Files.readString(changelog);
        GateRun second = GateRun.of("changelog", "--base", BASE, "--head", head, "--update", changelog.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readString(changelog))
                .as("a second update of the same versions changes nothing")
                .isEqualTo(once);
        assertThat(once)
                .startsWith("# Changelog\n\n## 1.0.0\n\nFirst.\n\n<!-- flex-compat:changelog base=sha256:")
                .contains("- `Customer.phone`: optional field added, in responses")
                .endsWith(ChangelogFile.END + "\n");
        ChangelogFile.Recorded recorded = ChangelogFile.recorded(once).orElseThrow();
        assertThat(recorded.baseFingerprint()).isEqualTo(ChangelogCommand.fingerprint(SpecLoader.load(Path.of(BASE))));
        assertThat(recorded.headFingerprint()).isEqualTo(ChangelogCommand.fingerprint(SpecLoader.load(Path.of(head))));
    }

    @Test
    void noChangeSaysSo() {
        GateRun run = GateRun.of("changelog", "--base", BASE, "--head", BASE, "--title", "same");

        assertThat(run.out()).isEqualTo("## same\n\n" + Changelog.NO_CHANGE + "\n");
    }
}

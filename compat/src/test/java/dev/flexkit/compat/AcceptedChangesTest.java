package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compat/accepted-changes.yaml: a reviewed break goes through, every other break still fails, rot is reported. */
class AcceptedChangesTest {

    private static final Path MUTATIONS = TestSpecs.mutations();
    private static final String BASE = MUTATIONS.resolve("base.yaml").toString();
    /* Two breaks: Customer.name removed and a required query parameter on listCustomers. */
    private static final String ACCEPT_NAME_REMOVAL = """
            accepted:
              - rule: response-field-removed
                pointer: /components/schemas/Customer/properties/name
                reason: nobody reads the name; announced to consumers on 2026-11-30
                accepted-by: jane.doe
                expires: 2999-12-31
              - rule: java-binary-incompatible
                subject: dev.flexkit.client.model.Customer#*
                reason: the generated accessors of Customer.name go with it
                accepted-by: jane.doe
            """;

    @TempDir
    Path temp;

    @Test
    void acceptedBreakPassesAndSaysWhy() throws IOException {
        Path accepted = Files.writeString(temp.resolve("accepted-changes.yaml"), ACCEPT_NAME_REMOVAL);

        GateRun run = GateRun.of(
                "--base",
                BASE,
                "--head",
                MUTATIONS.resolve("removed-response-field/head.yaml").toString(),
                "--accepted-changes",
                accepted.toString(),
                "--format",
                "text",
                "--format",
                "json=" + temp.resolve("report.json"),
                "--format",
                "markdown=" + temp.resolve("report.md"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(run.out())
                .contains("ACCEPTED [response-field-removed] `Customer.name`: field removed, in "
                        + "responses: nobody reads the name; announced to consumers on 2026-11-30");
        JsonNode json = ReportFormatsTest.validJson(temp.resolve("report.json"));
        assertThat(json.at("/counts/accepted").asInt()).isEqualTo(5);
        assertThat(json.at("/changes/0/accepted/reason").asText()).startsWith("nobody reads the name");
        assertThat(json.at("/changes/0/accepted/acceptedBy").asText()).isEqualTo("jane.doe");
        assertThat(json.at("/changes/0/accepted/line").asInt()).isEqualTo(2);
        assertThat(json.at("/acceptedChanges/unused")).isEmpty();
        assertThat(Files.readString(temp.resolve("report.md")))
                .contains(
                        "## Accepted changes",
                        "| `response-field-removed` | nobody reads the name; announced to consumers on 2026-11-30 | jane.doe "
                                + "| 2999-12-31 |");
    }

    @Test
    void anUnacceptedSecondBreakStillFails() throws Exception {
        Path head = Files.writeString(
                temp.resolve("head.yaml"),
                Files.readString(MUTATIONS.resolve("removed-response-field/head.yaml"))
                        .replace(
                                "            format: int32\n      responses:",
                                "            format: int32\n        - name: email\n          in: query\n"
                                        + "          required: true\n          schema:\n            type: string\n"
                                        + "      responses:"));
        Path accepted = Files.writeString(temp.resolve("accepted-changes.yaml"), ACCEPT_NAME_REMOVAL);

        GateRun run = GateRun.of(
                "--base",
                BASE,
                "--head",
                head.toString(),
                "--accepted-changes",
                accepted.toString(),
                "--format",
                "junit=" + temp.resolve("report.xml"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.BREAKING);
        var junit = ReportFormatsTest.xml(temp.resolve("report.xml"));
        assertThat(ReportFormatsTest.testCase(junit, "response-field-removed")
                        .getElementsByTagName("failure")
                        .getLength())
                .isZero();
        assertThat(ReportFormatsTest.testCase(junit, "request-parameter-newly-required")
                        .getElementsByTagName("failure")
                        .item(0)
                        .getTextContent())
                .contains("query parameter email");
        // The required parameter goes into listCustomers' parameter object: no Java signature changes, and the Java
        // entry accepts the Customer changes, so nothing fails at the Java level.
        assertThat(ReportFormatsTest.testCase(junit, "java-binary-incompatible")
                        .getElementsByTagName("failure")
                        .getLength())
                .isZero();
    }

    @Test
    void expiredAndUnusedEntriesAreReported() throws IOException {
        Path accepted = Files.writeString(temp.resolve("accepted-changes.yaml"), """
                accepted:
                  - rule: response-field-removed
                    subject: Customer.name
                    reason: was fine for the November release
                    accepted-by: jane.doe
                    expires: 2020-01-31
                  - rule: request-field-removed
                    operation: POST /customers
                    reason: a leftover of an old change
                    accepted-by: john.roe
                """);

        GateRun run = GateRun.of(
                "--base",
                BASE,
                "--head",
                MUTATIONS.resolve("removed-response-field/head.yaml").toString(),
                "--accepted-changes",
                accepted.toString(),
                "--format",
                "text",
                "--format",
                "json=" + temp.resolve("report.json"),
                "--format",
                "github=" + temp.resolve("report.github"));

        assertThat(run.exitCode()).as("an expired entry accepts nothing").isEqualTo(CompatCommand.BREAKING);
        assertThat(run.out())
                .contains(
                        "EXPIRED " + accepted + ":2 response-field-removed on Customer.name (expired on 2020-01-31)",
                        "UNUSED " + accepted + ":7 request-field-removed in POST /customers (matches no change)",
                        "BREAKING [response-field-removed]");
        JsonNode json = ReportFormatsTest.validJson(temp.resolve("report.json"));
        assertThat(json.at("/acceptedChanges/expired/0/expires").asText()).isEqualTo("2020-01-31");
        assertThat(json.at("/acceptedChanges/unused/0/operation").asText()).isEqualTo("POST /customers");
        assertThat(json.at("/changes/0/accepted").isNull()).isTrue();
        assertThat(ReportFormatsTest.githubLines(temp.resolve("report.github"))).anySatisfy(line -> {
            assertThat(line.group(1)).isEqualTo("warning");
            assertThat(line.group(2)).isEqualTo(accepted.toString());
            assertThat(line.group(3)).isEqualTo("7");
            assertThat(line.group(5)).isEqualTo("accepted change unused");
        });
    }

    @Test
    void rottingEntriesFailWithFailOnWarning() throws IOException {
        Path accepted = Files.writeString(temp.resolve("accepted-changes.yaml"), """
                accepted:
                  - rule: request-field-removed
                    subject: CustomerCreate.tier
                    reason: a leftover
                    accepted-by: john.roe
                """);

        GateRun lenient = GateRun.of("--base", BASE, "--head", BASE, "--accepted-changes", accepted.toString());
        GateRun strict = GateRun.of(
                "--base", BASE, "--head", BASE, "--accepted-changes", accepted.toString(), "--fail-on", "warning");

        assertThat(lenient.exitCode()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(lenient.out()).contains("UNUSED");
        assertThat(strict.exitCode()).isEqualTo(CompatCommand.BREAKING);
    }

    @Test
    void anEntryThatNamesNoChangeCannotRun() throws IOException {
        Path accepted = Files.writeString(temp.resolve("accepted-changes.yaml"), """
                accepted:
                  - rule: response-field-removed
                    reason: everything goes
                    accepted-by: someone
                """);

        GateRun run = GateRun.of("--base", BASE, "--head", BASE, "--accepted-changes", accepted.toString());

        assertThat(run.exitCode()).isEqualTo(CompatCommand.COULD_NOT_RUN);
        assertThat(run.err())
                .contains(accepted + ":2: an accepted change names its change by 'pointer', "
                        + "'operation' or 'subject'");
    }
}

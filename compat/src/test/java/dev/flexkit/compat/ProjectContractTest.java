package dev.flexkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on the project's own contract, openapi/flex-api.yaml, as CI runs it. */
class ProjectContractTest {

    private static final Path CONTRACT = TestSpecs.flexRoot().resolve("openapi/flex-api.yaml");
    /* A component named Customer, up to the next entry at its indentation; the schema is the one with properties. */
    private static final Pattern CUSTOMER = Pattern.compile("(?m)^    Customer:\\n(?:(?:      .*)?\\n)+");
    /* Its email property, with every line indented below it. */
    private static final Pattern EMAIL = Pattern.compile("(?m)^        email:\\n(?:          .*\\n)*");

    @TempDir
    Path temp;

    @Test
    void removingAResponseFieldFailsNamingTheFieldAndTheOperationsItAffects() throws IOException {
        Path head = editedCopy(customer -> {
            Matcher email = EMAIL.matcher(customer);
            assertThat(email.find()).as("Customer.email in %s", CONTRACT).isTrue();
            return customer.substring(0, email.start()) + customer.substring(email.end());
        });
        Path report = temp.resolve("report.md");

        GateRun run =
                GateRun.of("--base", CONTRACT.toString(), "--head", head.toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.BREAKING);
        assertThat(Files.readString(report))
                .contains(
                        "`Customer.email`: field removed, in responses",
                        "rule `response-field-removed`",
                        "`GET /v1/customers/{id} (retrieveCustomer) - response 200`",
                        "`GET /v1/customers (listCustomers) - response 200`",
                        "`POST /v1/customers (createCustomer) - response 200`",
                        "| `dev.flexkit.client.model.Customer` | `getEmail()` | METHOD_REMOVED |");
    }

    @Test
    void addingAnOptionalResponseFieldPasses() throws IOException {
        Path head = editedCopy(customer -> customer.replaceFirst(
                "(?m)^      properties:\\n", "      properties:\n        nickname:\n          type: string\n"));
        Path report = temp.resolve("report.md");

        GateRun run =
                GateRun.of("--base", CONTRACT.toString(), "--head", head.toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CompatCommand.COMPATIBLE);
        assertThat(Files.readString(report))
                .contains("`Customer.nickname`: optional field added, in responses", "`response-field-added`");
    }

    /* A copy of the contract's folder (its YAML files) with the Customer schema edited. */
    private Path editedCopy(UnaryOperator<String> editCustomer) throws IOException {
        try (Stream<Path> files = Files.list(CONTRACT.getParent())) {
            for (Path file :
                    (Iterable<Path>) files.filter(path -> path.toString().endsWith(".yaml"))::iterator) {
                Files.copy(file, temp.resolve(file.getFileName()));
            }
        }
        Path copy = temp.resolve(CONTRACT.getFileName());
        String contract = Files.readString(copy);
        Matcher customer = CUSTOMER.matcher(contract);
        boolean found;
        do {
            found = customer.find();
        } while (found && !customer.group().contains("\n      properties:\n"));
        assertThat(found).as("the Customer schema in %s", CONTRACT).isTrue();
        String edited = contract.substring(0, customer.start())
                + editCustomer.apply(customer.group())
                + contract.substring(customer.end());
        assertThat(edited).isNotEqualTo(contract);
        return Files.writeString(copy, edited);
    }
}

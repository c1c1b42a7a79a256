package dev.flexkit.sandbox.http;

import static dev.flexkit.contract.DocumentedBodies.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.domain.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sandbox answers every operation of the contract: a new operation without an implementation fails here. */
class EveryOperationIsServedTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @Test
    void everyOperationOfTheContractHasAnImplementation() {
        FlexApiTransformer transformer = new FlexApiTransformer(new Datasets(null), null);

        assertThat(ContractRoutes.operations())
                .isNotEmpty()
                .allSatisfy(operation -> assertThat(transformer.implementsOperation(operation[2]))
                        .as(operation[2])
                        .isTrue());
    }

    @Test
    void everyOperationOfTheContractIsRoutedToItsOperation() {
        assertThat(ContractRoutes.operations()).extracting(op -> op[0]).contains("GET", "POST", "PATCH");
        assertThat(ContractRoutes.operations()).hasSizeGreaterThan(8).allSatisfy(op -> {
            String path = op[1].replaceAll("\\{[^}]+}", "fx_unknown");
            SandboxClient.Raw response = sandbox.sendInvalid(op[0], path, null);
            // An operation's own answers: a page, Flex's not_found for the unknown id, the contract's 422 for a
            // missing body, or an operation's own 400 (Confirm without an Idempotency-Key).
            // A route the sandbox failed to serve answers 404 "Not Found" or 405.
            if (response.status() == 404) {
                assertThat(response.body()).as(op[2]).isEqualTo(NOT_FOUND);
            } else {
                assertThat(response.status()).as(op[2] + ": " + response.body()).isIn(200, 400, 422);
            }
        });
    }
}

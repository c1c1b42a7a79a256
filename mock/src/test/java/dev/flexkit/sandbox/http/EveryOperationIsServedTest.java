package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.SandboxExtension;
import dev.flexkit.sandbox.domain.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox answers every operation of the contract: a new operation without an implementation fails here. */
@ExtendWith(SandboxExtension.class)
class EveryOperationIsServedTest {

    @Test
    void everyOperationOfTheContractHasAnImplementation() {
        FlexApiTransformer transformer = new FlexApiTransformer(new Datasets(null));

        assertThat(ContractRoutes.operations()).isNotEmpty()
                .allSatisfy(operation -> assertThat(transformer.implementsOperation(operation[2])).as(operation[2]).isTrue());
    }

    @Test
    void everyPathOfTheContractIsRoutedToItsOperation(SandboxClient sandbox) {
        List<String[]> getOperations = ContractRoutes.operations().stream().filter(op -> op[0].equals("GET")).toList();

        assertThat(getOperations).hasSizeGreaterThan(8).allSatisfy(op -> {
            SandboxClient.Raw response = sandbox.send("GET", op[1].replaceAll("\\{[^}]+}", "fx_unknown"), null);
            // 404 "not_found" is the operation's own answer for an unknown id; 404 "Not Found" would mean no route.
            assertThat(response.body()).as(op[2]).doesNotContain("Not Found");
            assertThat(response.status()).as(op[2]).isIn(200, 404);
        });
    }
}

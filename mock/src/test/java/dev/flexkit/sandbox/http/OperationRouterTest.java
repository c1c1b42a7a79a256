package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import dev.flexkit.contract.ContractValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationRouterTest {

    private final OperationRouter router = new OperationRouter(List.of(
            new String[] {"GET", "/v1/customers", "listCustomers"},
            new String[] {"GET", "/v1/customers/{id}", "retrieveCustomer"},
            new String[] {"GET", "/v1/customers/search", "searchCustomers"},
            new String[] {"GET", "/v1/customers/{id}/payment_methods/{pm_id}", "retrievePaymentMethod"},
            new String[] {"POST", "/v1/customers", "createCustomer"}));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /v1/customers, listCustomers",
        "POST, /v1/customers, createCustomer",
        "GET, /v1/customers/fcus_1, retrieveCustomer",
        "GET, /v1/customers/search, searchCustomers",
        "GET, /v1/customers/fcus_1/payment_methods/fpm_1, retrievePaymentMethod"
    })
    void aRequestGoesToItsOperationALiteralSegmentBeforeAParameter(String method, String path, String operation) {
        assertThat(router.route(method, path))
                .hasValueSatisfying(route -> assertThat(route.operationId()).isEqualTo(operation));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /v1/customers/",
        "GET, /v1/customers//payment_methods/fpm_1",
        "GET, /v1/customers/fcus_1/payment_methods",
        "DELETE, /v1/customers/fcus_1",
        "get, /v1/customers",
        "HEAD, /v1/customers",
        "GET, /v1/customer",
        "GET, ''"
    })
    void aPathOrMethodTheContractLacksHasNoOperation(String method, String path) {
        assertThat(router.route(method, path)).isEmpty();
    }

    @Test
    void thePathParametersAreReadByTheChosenTemplate() {
        assertThat(router.route("GET", "/v1/customers/fcus_1/payment_methods/fpm_2")
                        .orElseThrow()
                        .template()
                        .parse("/v1/customers/fcus_1/payment_methods/fpm_2")
                        .get("pm_id"))
                .isEqualTo("fpm_2");
    }

    /**
     * The contract check of a routed request is told the router's template instead of finding the operation
     * itself: for every operation of the Flex API, with ids and with the literal segments of its neighbours in
     * place of its parameters, it finds the same problems either way.
     */
    @Test
    void theContractCheckOfTheRoutersTemplateIsTheCheckOfItsOwnSearch() {
        List<String[]> operations = ContractRoutes.operations();
        OperationRouter contractRouter = new OperationRouter(operations);
        ContractValidator contract = ContractValidator.forFlexApi();
        Set<String> literals = new LinkedHashSet<>(List.of("fx_1", "FX_1"));
        operations.forEach(operation -> {
            for (String segment : operation[1].split("/")) {
                if (!segment.startsWith("{")) {
                    literals.add(segment);
                }
            }
        });
        List<String> checked = new ArrayList<>();
        for (String[] operation : operations) {
            for (String value : literals) {
                String path = operation[1].replaceAll("\\{[^}]+}", value);
                var route = contractRouter.route(operation[0], path);
                if (route.isEmpty()) {
                    continue;
                }
                var request = new SimpleRequest.Builder(operation[0], path)
                        .withAuthorization("Bearer fsk_test_router")
                        .build();
                assertThat(contract.checkRequest(request, route.get().path()))
                        .as(operation[0] + " " + path)
                        .isEqualTo(contract.checkRequest(request));
                checked.add(path);
            }
        }
        assertThat(checked).hasSizeGreaterThan(operations.size());
    }
}

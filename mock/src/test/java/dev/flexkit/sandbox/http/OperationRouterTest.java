package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

package dev.flexkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.api.PricesApi;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension consumers use: a sandbox per class, the seed in every test's dataset, nothing shared between tests. */
class FlexSandboxExtensionTest {

    private static final Path CATALOG = Path.of("seeds", "example.yaml");

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class AFreshKeyPerTest {

        @RegisterExtension
        static final FlexSandboxExtension SANDBOX =
                FlexSandboxExtension.newInstance().seed(CATALOG).build();

        private static final Set<String> KEYS = new HashSet<>();

        @Test
        @Order(1)
        void theTestGetsAConfiguredClientOnLoopbackWithTheSeed(ApiClient flex) throws ApiException {
            assertThat(SANDBOX.baseUrl()).matches("http://(localhost|127\\.0\\.0\\.1):\\d+");
            assertThat(flex.getBasePath()).isEqualTo(SANDBOX.baseUrl());
            assertThat(new PricesApi(flex)
                            .retrievePrice("fprice_GymMonthly")
                            .getPrice()
                            .getUnitAmount())
                    .isEqualTo(6900);
            new CustomersApi(flex)
                    .createCustomer(
                            new CustomerCreateRequest().customer(new CustomerCreateParams().email("made@example.com")));
        }

        @Test
        @Order(2)
        void whatAnEarlierTestCreatedIsNotThere(ApiClient flex) throws ApiException {
            assertThat(new CustomersApi(flex)
                            .listCustomers(new CustomersApi.ListCustomersParams()
                                    .limit(100)
                                    .email("made@example.com"))
                            .getCustomers())
                    .isEmpty();
        }

        @RepeatedTest(3)
        @Order(3)
        void everyTestHasItsOwnTestModeKey() {
            assertThat(SANDBOX.apiKey()).startsWith("fsk_test_");
            assertThat(KEYS.add(SANDBOX.apiKey()))
                    .as("a key no earlier test had")
                    .isTrue();
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class AFixedKeyResetPerTest {

        @RegisterExtension
        static final FlexSandboxExtension SANDBOX = FlexSandboxExtension.newInstance()
                .seed(CATALOG)
                .apiKey("fsk_test_fixed")
                .build();

        @Test
        @Order(1)
        void createsACustomer(ApiClient flex) throws ApiException {
            Customer made = new CustomersApi(flex)
                    .createCustomer(
                            new CustomerCreateRequest().customer(new CustomerCreateParams().email("kept@example.com")))
                    .getCustomer();

            assertThat(SANDBOX.apiKey()).isEqualTo("fsk_test_fixed");
            assertThat(new CustomersApi(flex)
                            .retrieveCustomer(made.getCustomerId())
                            .getCustomer()
                            .getEmail())
                    .isEqualTo("kept@example.com");
        }

        @Test
        @Order(2)
        void theNextTestStartsFromTheSeedAgain(ApiClient flex) throws ApiException {
            assertThat(new CustomersApi(flex)
                            .listCustomers(new CustomersApi.ListCustomersParams()
                                    .limit(100)
                                    .email("kept@example.com"))
                            .getCustomers())
                    .isEmpty();
            assertThat(new CustomersApi(flex)
                            .retrieveCustomer("fcus_GraceGymLetter")
                            .getCustomer()
                            .getFirstName())
                    .isEqualTo("Grace");
        }
    }
}

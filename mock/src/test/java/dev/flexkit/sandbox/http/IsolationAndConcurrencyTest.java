package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.ProductUpdateParams;
import dev.flexkit.client.model.ProductUpdateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IsolationAndConcurrencyTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @Test
    void twoKeysWithTheSameSeedIdsNeverSeeEachOthersChanges() throws Exception {
        SandboxClient other = sandbox.withAnotherKey();
        Fixtures.seed(sandbox);
        Fixtures.seed(other);

        sandbox.products()
                .updateProduct(
                        Fixtures.GYM_PRODUCT,
                        new ProductUpdateRequest().product(new ProductUpdateParams().name("Renamed")));
        Fixtures.offSession(sandbox, Fixtures.HOLDER, Fixtures.HOLDER_CARD, Fixtures.GYM);

        assertThat(other.products()
                        .retrieveProduct(Fixtures.GYM_PRODUCT)
                        .getProduct()
                        .getName())
                .isEqualTo("Gym membership");
        assertThat(other.send("GET", "/v1/checkout/sessions", null).json().get("checkout_sessions"))
                .isEmpty();
        assertThat(sandbox.send("GET", "/v1/checkout/sessions", null).json().get("checkout_sessions"))
                .hasSize(1);
    }

    @Test
    void theClockOfOneKeyDoesNotMoveAnother() throws Exception {
        SandboxClient other = sandbox.withAnotherKey();
        var before = other.control().getClock().getNow();

        sandbox.control().setClock(new dev.flexkit.sandbox.client.model.ClockChange().advance("P400D"));

        assertThat(other.control().getClock().getNow()).isEqualTo(before);
    }

    @Test
    void manyParallelCreatesOnOneKeyLoseAndDuplicateNothing() throws Exception {
        int creates = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < creates; i++) {
            String email = "parallel" + i + "@example.com";
            ids.add(pool.submit(() -> sandbox.customers()
                    .createCustomer(new CustomerCreateRequest().customer(new CustomerCreateParams().email(email)))
                    .getCustomer()
                    .getCustomerId()));
        }
        Set<String> created = new HashSet<>();
        for (Future<String> id : ids) {
            created.add(id.get());
        }
        pool.shutdown();

        Set<String> listed = new HashSet<>();
        String cursor = null;
        List<Customer> page;
        do {
            page = sandbox.customers()
                    .listCustomers(new CustomersApi.ListCustomersParams()
                            .startingAfter(cursor)
                            .limit(100))
                    .getCustomers();
            page.forEach(c -> listed.add(c.getCustomerId()));
            cursor = page.isEmpty() ? null : page.get(page.size() - 1).getCustomerId();
        } while (page.size() == 100);

        assertThat(created).hasSize(creates);
        assertThat(listed).isEqualTo(created);
    }
}

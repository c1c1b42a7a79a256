package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.ApiException;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.Letter;
import dev.flexkit.sandbox.client.model.SeedCustomer;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.client.model.SeedLetter;
import dev.flexkit.sandbox.client.model.SeedPaymentMethod;
import dev.flexkit.sandbox.client.model.SeedPrice;
import dev.flexkit.sandbox.client.model.SeedProduct;
import dev.flexkit.sandbox.client.model.SeedResult;
import dev.flexkit.sandbox.client.model.SeededCustomer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @Test
    void theClockIsReadSetAndAdvanced() throws Exception {
        sandbox.control().setClock(new ClockChange().now(OffsetDateTime.parse("2026-02-28T10:00:00Z")));

        assertThat(sandbox.control().getClock().getNow()).isEqualTo(OffsetDateTime.parse("2026-02-28T10:00:00Z"));
        assertThat(sandbox.control()
                        .setClock(new ClockChange().advance("P366D"))
                        .getNow())
                .isEqualTo(OffsetDateTime.parse("2027-03-01T10:00:00Z"));
    }

    @Test
    void seedingAnswersWithWhatWasCreatedAndKeepsGivenIds() throws Exception {
        SeedDocument seed = new SeedDocument()
                .addProductsItem(new SeedProduct()
                        .productId("fprod_Given")
                        .name("Given")
                        .visitType("gym")
                        .hsaFsaEligibility("letter_of_medical_necessity"))
                .addPricesItem(new SeedPrice()
                        .priceId("fprice_Given")
                        .product("fprod_Given")
                        .unitAmount(6900L))
                .addPricesItem(new SeedPrice().product("fprod_Given").unitAmount(100L))
                .addCustomersItem(new SeedCustomer()
                        .email("given@example.com")
                        .addPaymentMethodsItem(new SeedPaymentMethod().offSession(true))
                        .addLettersItem(
                                new SeedLetter().visitType("gym").consultationDate(LocalDate.parse("2026-02-01"))));

        SeedResult created = sandbox.control().seed(seed);

        assertThat(created.getProducts()).containsExactly("fprod_Given");
        assertThat(created.getPrices()).hasSize(2).first().isEqualTo("fprice_Given");
        assertThat(created.getPrices().get(1)).startsWith("fprice_").isNotEqualTo("fprice_Given");
        SeededCustomer customer = created.getCustomers().get(0);
        assertThat(customer.getCustomerId()).startsWith("fcus_");
        // What the answer names is what the Flex API then serves, with what the sandbox derives.
        assertThat(sandbox.prices()
                        .retrievePrice(created.getPrices().get(1))
                        .getPrice()
                        .getProduct()
                        .getId())
                .isEqualTo("fprod_Given");
        assertThat(sandbox.customers()
                        .listCustomerPaymentMethods(customer.getCustomerId())
                        .getPaymentMethods())
                .singleElement()
                .satisfies(pm -> {
                    assertThat(pm.getPaymentMethodId())
                            .isEqualTo(customer.getPaymentMethods().get(0));
                    assertThat(pm.getOffSession()).isTrue();
                });
        assertThat(sandbox.control()
                        .listCustomerLetters(customer.getCustomerId())
                        .getLetters())
                .singleElement()
                .satisfies(letter -> {
                    assertThat(letter.getVisitType()).isEqualTo("gym");
                    assertThat(letter.getConsultationDate()).isEqualTo(LocalDate.parse("2026-02-01"));
                    assertThat(letter.getValidThrough()).isEqualTo(LocalDate.parse("2027-01-31"));
                });
    }

    @Test
    void aSeedWithAValueOutsideTheContractIsRefusedWhole() {
        SeedDocument bad = new SeedDocument()
                .addProductsItem(new SeedProduct().productId("fprod_Ok").name("Ok"))
                .addProductsItem(
                        new SeedProduct().productId("fprod_Bad").name("Bad").visitType("dentistry"))
                .addPricesItem(new SeedPrice().product("fprod_Ok").unitAmount(100L));

        assertThatThrownBy(() -> sandbox.control().seed(bad)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getResponseBody())
                    .contains("\"loc\":[\"products\",1,\"visit_type\"]")
                    .contains("dentistry");
        });
        assertThat(sandbox.send("GET", "/v1/products", null).json().get("products"))
                .isEmpty();
    }

    @Test
    void aSeedWithADanglingReferenceCreatesNothing() {
        SeedDocument bad = new SeedDocument()
                .addProductsItem(new SeedProduct().productId("fprod_Ok").name("Ok"))
                .addPricesItem(
                        new SeedPrice().priceId("fprice_Ok").product("fprod_Ok").unitAmount(100L))
                .addPricesItem(new SeedPrice().product("fprod_Missing").unitAmount(100L));

        assertThatThrownBy(() -> sandbox.control().seed(bad)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getResponseBody()).contains("\"loc\":[\"prices\",1,\"product\"]");
        });
        assertThat(sandbox.send("GET", "/v1/products", null).json().get("products"))
                .isEmpty();
        assertThat(sandbox.send("GET", "/v1/prices", null).json().get("prices")).isEmpty();
    }

    @Test
    void resetEmptiesOnlyThisKeysDataset() throws Exception {
        Fixtures.seed(sandbox);
        SandboxClient other = sandbox.withAnotherKey();
        Fixtures.seed(other);

        sandbox.control().reset();

        assertThat(sandbox.send("GET", "/v1/products", null).json().get("products"))
                .isEmpty();
        assertThat(other.send("GET", "/v1/products", null).json().get("products"))
                .hasSize(Fixtures.catalog().getProducts().size());
    }

    @Test
    void anApprovedHostedCheckoutGrantsALetterDatedTheSandboxsToday() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();

        CompletedCheckout done = Fixtures.complete(sandbox, session, "approved", "jane@example.com");

        assertThat(done.getStatus()).isEqualTo("complete");
        assertThat(done.getLetters())
                .extracting(Letter::getVisitType, Letter::getConsultationDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gym", LocalDate.parse("2026-06-15")));
        assertThat(sandbox.control().listCustomerLetters(done.getCustomerId()).getLetters())
                .hasSize(1);
    }

    @Test
    void aDeniedHostedCheckoutGrantsNoLetter() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();

        CompletedCheckout done = Fixtures.complete(sandbox, session, "denied", "jane@example.com");

        assertThat(done.getConsultation()).isEqualTo(CompletedCheckout.ConsultationEnum.DENIED);
        assertThat(done.getLetters()).isEmpty();
        assertThat(sandbox.control().listCustomerLetters(done.getCustomerId()).getLetters())
                .isEmpty();
    }

    @Test
    void theSessionsCustomerIsUsedWhenNoneIsGiven() throws Exception {
        Fixtures.seed(sandbox);
        String session =
                Fixtures.create(sandbox, Fixtures.cart(GYM).customer(HOLDER)).getCheckoutSessionId();

        CompletedCheckout done = sandbox.control()
                .completeCheckoutSession(
                        session,
                        new HostedCheckoutCompletion()
                                .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED));

        assertThat(done.getCustomerId()).isEqualTo(HOLDER);
    }

    @Test
    void completingAnUnknownOrFinishedSessionIsRefused() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();
        Fixtures.complete(sandbox, session, "approved", "jane@example.com");

        assertThatThrownBy(() -> Fixtures.complete(sandbox, "fcs_nope", "approved", "jane@example.com"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> Fixtures.complete(sandbox, session, "approved", "jane@example.com"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("checkout_session_already_processed");
                });
    }

    @Test
    void aSessionWithoutAnyoneToPayIsRefused() throws Exception {
        Fixtures.seed(sandbox);
        String session = Fixtures.onSession(sandbox, GYM).getCheckoutSessionId();

        assertThatThrownBy(() -> sandbox.control()
                        .completeCheckoutSession(
                                session,
                                new HostedCheckoutCompletion()
                                        .consultation(HostedCheckoutCompletion.ConsultationEnum.APPROVED)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("customer_details_required");
                });
    }
}

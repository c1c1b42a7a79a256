package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlTest {

    private final Dataset dataset = new Dataset();

    @Test
    void aSeedWithOneBadEntryCreatesNothing() {
        Drafts.Seed seed = new Drafts.Seed(
                null,
                List.of(new Drafts.ProductDraft(
                        "fprod_A",
                        "A",
                        null,
                        VisitType.GYM,
                        HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())),
                List.of(
                        new Drafts.PriceDraft("fprice_A", "fprod_A", 100L, null, null, true, Map.of()),
                        new Drafts.PriceDraft("fprice_B", "fprod_Missing", 100L, null, null, true, Map.of())),
                List.of());

        assertThatThrownBy(() -> dataset.control().seed(seed))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::loc)
                                .containsExactly(List.of("prices", 1, "product")));
        assertThat(dataset.catalog().products(null, null, Page.first(10))).isEmpty();
        assertThat(dataset.catalog().prices(null, null, Page.first(10))).isEmpty();
    }

    @Test
    void givenIdsAreKeptAndCannotBeTakenTwice() {
        Drafts.Seed seed = new Drafts.Seed(
                Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new Drafts.ProductDraft(
                        "fprod_A", "A", null, null, null, null, null, null, null, null, Map.of())),
                List.of(),
                List.of());

        dataset.control().seed(seed);

        assertThat(dataset.catalog().product("fprod_A").name()).isEqualTo("A");
        assertThat(dataset.control().now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> dataset.control().seed(seed))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::type).containsExactly("id_already_exists"));
    }

    @Test
    void theClockStandsStillUntilMoved() throws InterruptedException {
        dataset.control().setClock(Instant.parse("2024-02-29T12:00:00Z"));
        Thread.sleep(5);

        assertThat(dataset.control().now()).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
        assertThat(dataset.control().advanceClock("P1Y")).isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
        assertThat(dataset.control().advanceClock("-PT1H")).isEqualTo(Instant.parse("2025-02-28T11:00:00Z"));
        assertThat(dataset.control().now()).isEqualTo(Instant.parse("2025-02-28T11:00:00Z"));
    }

    @Test
    void aDurationThatIsNotIso8601IsRefused() {
        assertThatThrownBy(() -> dataset.control().advanceClock("366 days"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(Problem::type).containsExactly("invalid_duration"));
    }

    @Test
    void resetEmptiesTheDataset() {
        dataset.customers()
                .create(new Drafts.CustomerDraft(null, null, null, "a@example.com", null, null, null, Map.of()));

        dataset.control().reset();

        assertThat(dataset.customers().list(null, Page.first(10))).isEmpty();
    }

    @Test
    void pagesFollowFlexsParameters() {
        for (int i = 0; i < 5; i++) {
            dataset.customers().create(new Drafts.CustomerDraft(null, "n" + i, null, null, null, null, null, Map.of()));
        }
        List<Customer> all = dataset.customers().list(null, Page.first(100));

        assertThat(all).extracting(Customer::firstName).containsExactly("n4", "n3", "n2", "n1", "n0");
        assertThat(dataset.customers().list(null, new Page(null, null, 1, 2)))
                .extracting(Customer::firstName)
                .containsExactly("n3", "n2");
        assertThat(dataset.customers().list(null, new Page(all.get(1).id(), null, 0, 2)))
                .extracting(Customer::firstName)
                .containsExactly("n2", "n1");
        assertThat(dataset.customers().list(null, new Page(null, all.get(3).id(), 0, 2)))
                .extracting(Customer::firstName)
                .containsExactly("n3", "n2");
        assertThatThrownBy(() -> dataset.customers().list(null, new Page("fcus_nope", null, 0, 2)))
                .isInstanceOf(RuleViolationException.class);
    }
}

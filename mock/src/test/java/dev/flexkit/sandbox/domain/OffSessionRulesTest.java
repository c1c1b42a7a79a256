package dev.flexkit.sandbox.domain;

import static dev.flexkit.sandbox.domain.Carts.bandageItem;
import static dev.flexkit.sandbox.domain.Carts.gymItem;
import static dev.flexkit.sandbox.domain.Carts.offSessionCard;
import static dev.flexkit.sandbox.domain.Carts.skincareItem;
import static dev.flexkit.sandbox.domain.Carts.tShirtItem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.domain.rules.LetterRequired;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OffSessionRulesTest {

    private static final String CUSTOMER = "fcus_1";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Letter GYM_LETTER = new Letter(CUSTOMER, VisitType.GYM, LocalDate.of(2026, 1, 10));
    private static final Letter SKINCARE_LETTER = new Letter(CUSTOMER, VisitType.SKINCARE, LocalDate.of(2026, 2, 1));

    private static List<Problem> check(List<LineItem> items, List<Letter> letters) {
        return OffSessionRules.check(CUSTOMER, offSessionCard(CUSTOMER), items, letters, TODAY);
    }

    @Nested
    class LetterRequiredRule {

        @Test
        void aLetterItemWithoutAnyLetterIsRefusedWithTheDocumentedBody() {
            // That LOMN_REQUIRED is served as exactly Flex's body is CheckoutSessionsApiTest's to show, over HTTP.
            assertThat(check(List.of(gymItem()), List.of())).containsExactly(LetterRequired.LOMN_REQUIRED);
        }

        @Test
        void aLetterItemWithAValidLetterPasses() {
            assertThat(check(List.of(gymItem()), List.of(GYM_LETTER))).isEmpty();
        }

        @Test
        void anEligibleItemThatNeedsNoLetterPassesWithoutOne() {
            assertThat(check(List.of(bandageItem()), List.of())).isEmpty();
        }
    }

    @Nested
    class VisitTypeScopeRule {

        @Test
        void aGymLetterDoesNotCoverASkincareProduct() {
            assertThat(check(List.of(skincareItem()), List.of(GYM_LETTER)))
                    .containsExactly(LetterRequired.LOMN_REQUIRED);
        }

        @Test
        void aCartMixingTwoVisitTypesWithOneLetterIsRefused() {
            assertThat(check(List.of(gymItem(), skincareItem()), List.of(GYM_LETTER)))
                    .containsExactly(LetterRequired.LOMN_REQUIRED);
        }

        @Test
        void aCartMixingTwoVisitTypesWithBothLettersPasses() {
            assertThat(check(List.of(gymItem(), skincareItem()), List.of(GYM_LETTER, SKINCARE_LETTER)))
                    .isEmpty();
        }

        @Test
        void aLetterForOneVisitTypeAndAnEligibleProductThatNeedsNoLetterPass() {
            assertThat(check(List.of(gymItem(), bandageItem()), List.of(GYM_LETTER)))
                    .isEmpty();
        }

        @Test
        void aLetterProductWithoutAVisitTypeCannotBeCovered() {
            LineItem unbucketed = Carts.item(
                    "fprodX", null, dev.flexkit.client.model.HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY, 100);

            assertThat(check(List.of(unbucketed), List.of(GYM_LETTER, SKINCARE_LETTER)))
                    .containsExactly(LetterRequired.LOMN_REQUIRED);
        }
    }

    @Nested
    class OneYearExpiryRule {

        private final Letter consultedOn10March2025 = new Letter(CUSTOMER, VisitType.GYM, LocalDate.of(2025, 3, 10));

        @Test
        void onTheLastValidDayTheLetterCovers() {
            assertThat(OffSessionRules.check(
                            CUSTOMER,
                            offSessionCard(CUSTOMER),
                            List.of(gymItem()),
                            List.of(consultedOn10March2025),
                            LocalDate.of(2026, 3, 9)))
                    .isEmpty();
        }

        @Test
        void onTheAnniversaryTheLetterHasExpired() {
            assertThat(OffSessionRules.check(
                            CUSTOMER,
                            offSessionCard(CUSTOMER),
                            List.of(gymItem()),
                            List.of(consultedOn10March2025),
                            LocalDate.of(2026, 3, 10)))
                    .containsExactly(LetterRequired.LOMN_REQUIRED);
        }

        @Test
        void anExpiredLetterAndAValidOneOfTheSameVisitTypeCover() {
            Letter renewed = new Letter(CUSTOMER, VisitType.GYM, LocalDate.of(2026, 3, 10));

            assertThat(OffSessionRules.check(
                            CUSTOMER,
                            offSessionCard(CUSTOMER),
                            List.of(gymItem()),
                            List.of(consultedOn10March2025, renewed),
                            LocalDate.of(2026, 3, 10)))
                    .isEmpty();
        }
    }

    @Nested
    class NoSplitCartRule {

        @Test
        void aCartWithANotEligibleItemIsRefusedNamingThatItem() {
            List<Problem> problems = check(List.of(bandageItem(), tShirtItem()), List.of());

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.loc()).containsExactly("line_items", 1);
                assertThat(problem.type()).isEqualTo("split_cart_not_allowed");
                assertThat(problem.msg()).contains("fprod_TShirt");
            });
        }

        @Test
        void aSplitCartWithALetterItemAndNoLetterIsRefusedAsASplitCart() {
            List<Problem> problems = check(List.of(gymItem(), tShirtItem()), List.of());

            assertThat(problems).extracting(Problem::type).containsExactly("split_cart_not_allowed");
        }

        @Test
        void aSplitCartWithALetterItemAndItsLetterIsStillRefused() {
            assertThat(check(List.of(gymItem(), tShirtItem()), List.of(GYM_LETTER)))
                    .extracting(Problem::type)
                    .containsExactly("split_cart_not_allowed");
        }

        @Test
        void everyNotEligibleItemIsNamed() {
            assertThat(check(List.of(tShirtItem(), bandageItem(), tShirtItem()), List.of()))
                    .extracting(Problem::loc)
                    .containsExactly(List.of("line_items", 0), List.of("line_items", 2));
        }
    }

    @Nested
    class OffSessionRequirementsRule {

        @Test
        void withoutCustomerAndPaymentMethodBothAreNamed() {
            assertThat(OffSessionRules.check(null, null, List.of(gymItem()), List.of(), TODAY))
                    .extracting(Problem::type)
                    .containsExactly("customer_required", "payment_method_required");
        }

        @Test
        void aPaymentMethodOfAnotherCustomerIsRefused() {
            assertThat(OffSessionRules.check(
                            CUSTOMER, offSessionCard("fcus_other"), List.of(bandageItem()), List.of(), TODAY))
                    .extracting(Problem::type)
                    .containsExactly("payment_method_not_found");
        }

        @Test
        void aPaymentMethodNotSavedForOffSessionIsRefused() {
            PaymentMethod onSessionOnly =
                    new PaymentMethod("fpm_x", CUSTOMER, false, PaymentMethod.Card.testVisa(2030), Instant.EPOCH);

            assertThat(OffSessionRules.check(CUSTOMER, onSessionOnly, List.of(bandageItem()), List.of(), TODAY))
                    .extracting(Problem::type, Problem::loc)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "payment_method_not_off_session", List.of("payment_method")));
        }

        @Test
        void requirementsAreCheckedBeforeTheCart() {
            assertThat(OffSessionRules.check(null, null, List.of(tShirtItem(), gymItem()), List.of(), TODAY))
                    .extracting(Problem::type)
                    .containsExactly("customer_required", "payment_method_required");
        }
    }
}

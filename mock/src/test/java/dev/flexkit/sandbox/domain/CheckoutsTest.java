package dev.flexkit.sandbox.domain;

import static dev.flexkit.sandbox.domain.DatasetFixture.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.domain.rules.LetterRequired;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckoutsTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Checkouts checkouts = fx.dataset.checkouts();

    @Nested
    class OnSession {

        @Test
        void anOnSessionCheckoutIsOpenUntilTheCustomerCompletesIt() {
            CheckoutSession session = fx.onSession(true, fx.gym);

            assertThat(session.status()).isEqualTo(CheckoutSessionStatus.OPEN);
            assertThat(checkouts.paymentIntent(session.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
            assertThat(session.amountTotal()).isEqualTo(6900);
        }

        @Test
        void anApprovedConsultationGrantsALetterPerVisitTypeDatedTodayAndSavesAnOffSessionCard() {
            CheckoutSession session = fx.onSession(true, fx.gym, fx.skincare, fx.bandage);

            Checkouts.Completion done = checkouts.complete(
                    session.id(), true, new Drafts.HostedCustomer("jane@example.com", "Jane", "Doe", null));

            assertThat(done.lettersGranted())
                    .extracting(Letter::visitType)
                    .containsExactly(VisitType.GYM, VisitType.SKINCARE);
            assertThat(done.lettersGranted())
                    .extracting(Letter::consultationDate)
                    .containsOnly(LocalDate.of(2026, 6, 15));
            assertThat(done.paymentMethod().offSession()).isTrue();
            assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
            assertThat(done.session().customerId()).isEqualTo(done.customer().id());
            assertThat(checkouts.paymentIntent(session.paymentIntentId()))
                    .extracting(PaymentIntent::status, PaymentIntent::amountReceived)
                    .containsExactly(PaymentIntentStatus.SUCCEEDED, 6900L + 4500 + 900);
        }

        @Test
        void withoutSetupFutureUseThePaymentMethodIsNotSavedForOffSession() {
            CheckoutSession session = fx.onSession(false, fx.gym);

            Checkouts.Completion done = checkouts.complete(
                    session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null));

            assertThat(done.paymentMethod().offSession()).isFalse();
            assertThatThrownBy(() -> fx.offSession(
                            done.customer().id(), done.paymentMethod().id(), fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("payment_method_not_off_session"));
        }

        @Test
        void aDeniedConsultationCompletesTheCheckoutButGrantsNoLetter() {
            CheckoutSession session = fx.onSession(true, fx.gym);

            Checkouts.Completion done = checkouts.complete(
                    session.id(), false, new Drafts.HostedCustomer("jane@example.com", null, null, null));

            assertThat(done.lettersGranted()).isEmpty();
            assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
            assertThatThrownBy(() -> fx.offSession(
                            done.customer().id(), done.paymentMethod().id(), fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems()).containsExactly(LetterRequired.LOMN_REQUIRED));
            assertThat(fx.offSession(done.customer().id(), done.paymentMethod().id(), fx.bandage)
                            .status())
                    .as("eligible products that need no letter still go through")
                    .isEqualTo(CheckoutSessionStatus.COMPLETE);
        }

        @Test
        void anExistingCustomerWithTheSameEmailIsReused() {
            Customer known = fx.customer("jane@example.com");
            int customers = fx.dataset.customers().list(null, Page.first(100)).size();
            CheckoutSession session = fx.onSession(true, fx.gym);

            Checkouts.Completion done = checkouts.complete(
                    session.id(), true, new Drafts.HostedCustomer("JANE@example.com", null, null, null));

            assertThat(done.customer().id()).isEqualTo(known.id());
            assertThat(fx.dataset.customers().list(null, Page.first(100)))
                    .as("no customer was added")
                    .hasSize(customers);
        }

        @Test
        void aSessionCannotBeCompletedTwice() {
            CheckoutSession session = fx.onSession(true, fx.gym);
            checkouts.complete(session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null));

            assertThatThrownBy(() -> checkouts.complete(
                            session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null)))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_already_processed"));
        }

        @Test
        void anOpenSessionExpiresWhenTheClockPassesItsExpiry() {
            CheckoutSession session = fx.onSession(true, fx.gym);

            fx.dataset.control().advanceClock("PT24H");

            assertThat(checkouts.session(session.id()).status()).isEqualTo(CheckoutSessionStatus.EXPIRED);
            assertThatThrownBy(() -> checkouts.complete(
                            session.id(), true, new Drafts.HostedCustomer("a@example.com", null, null, null)))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_expired"));
        }
    }

    @Nested
    class OffSession {

        @Test
        void aSuccessfulOffSessionCheckoutIsCompleteWithItsPaymentSucceededAndTheAmountsSummed() {
            fx.dataset.control().seed(fx.seedHolder("fcus_Holder", "fpm_Card", letter(VisitType.GYM, "2026-01-10")));

            CheckoutSession session = checkouts.create(DatasetFixture.draft(
                    CheckoutSessionMode.OFF_SESSION, "fcus_Holder", "fpm_Card", false, fx.gym, fx.gym, fx.bandage));

            assertThat(session.status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
            assertThat(session.amountSubtotal()).isEqualTo(6900 + 6900 + 900);
            assertThat(session.letterOfMedicalNecessityRequired()).isTrue();
            assertThat(session.visitType()).isEqualTo(VisitType.GYM);
            PaymentIntent payment = checkouts.paymentIntent(session.paymentIntentId());
            assertThat(payment.status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
            assertThat(payment.amountReceived()).isEqualTo(session.amountTotal());
            assertThat(payment.paymentMethodId()).isEqualTo("fpm_Card");
        }

        @Test
        void theOnSessionThenOffSessionFlow() {
            CheckoutSession first = fx.onSession(true, fx.gym);
            Checkouts.Completion done = checkouts.complete(
                    first.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null));

            CheckoutSession second =
                    fx.offSession(done.customer().id(), done.paymentMethod().id(), fx.gym);

            assertThat(second.status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        }

        @Test
        void bothSidesOfTheExpiryBoundaryThroughTheClock() {
            fx.dataset.control().seed(fx.seedHolder("fcus_Holder", "fpm_Card", letter(VisitType.GYM, "2025-06-15")));
            fx.dataset.control().setClock(java.time.Instant.parse("2026-06-14T23:59:59Z"));

            assertThat(fx.offSession("fcus_Holder", "fpm_Card", fx.gym).status())
                    .isEqualTo(CheckoutSessionStatus.COMPLETE);

            fx.dataset.control().advanceClock("PT1S");

            assertThatThrownBy(() -> fx.offSession("fcus_Holder", "fpm_Card", fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems()).containsExactly(LetterRequired.LOMN_REQUIRED));
        }

        @Test
        void aLeapDayLetterIsValidThroughThe28thOfFebruary() {
            fx.dataset.control().seed(fx.seedHolder("fcus_Leap", "fpm_Leap", letter(VisitType.GYM, "2024-02-29")));

            fx.dataset.control().setClock(java.time.Instant.parse("2025-02-28T12:00:00Z"));
            assertThat(fx.offSession("fcus_Leap", "fpm_Leap", fx.gym).status())
                    .isEqualTo(CheckoutSessionStatus.COMPLETE);

            fx.dataset.control().setClock(java.time.Instant.parse("2025-03-01T00:00:00Z"));
            assertThatThrownBy(() -> fx.offSession("fcus_Leap", "fpm_Leap", fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems()).containsExactly(LetterRequired.LOMN_REQUIRED));
        }

        @Test
        void anotherCustomersLetterDoesNotCover() {
            fx.dataset.control().seed(fx.seedHolder("fcus_Holder", "fpm_Card", letter(VisitType.GYM, "2026-01-10")));
            fx.dataset.control().seed(fx.seedHolder("fcus_Other", "fpm_Other"));

            assertThatThrownBy(() -> fx.offSession("fcus_Other", "fpm_Other", fx.gym))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems()).containsExactly(LetterRequired.LOMN_REQUIRED));
        }

        @Test
        void aRefusedCheckoutStoresNothing() {
            fx.dataset.control().seed(fx.seedHolder("fcus_Holder", "fpm_Card"));

            assertThatThrownBy(() -> fx.offSession("fcus_Holder", "fpm_Card", fx.gym))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> fx.offSession("fcus_Holder", "fpm_Card", fx.bandage, fx.shirt))
                    .isInstanceOf(RuleViolationException.class);

            assertThat(checkouts.list(
                            new CheckoutSessionFilter(null, null, null, null, null, null, null, null, null, null, null),
                            Page.first(100)))
                    .isEmpty();
        }

        @Test
        void unknownPricesAreRefusedInFlexsOwnWords() {
            Drafts.CheckoutDraft draft = new Drafts.CheckoutDraft(
                    CheckoutSessionMode.PAYMENT,
                    List.of(new Drafts.LineDraft("fprice_gone", null, 1)),
                    null,
                    null,
                    false,
                    null,
                    new CheckoutSession.Links(null, null, null),
                    null,
                    Map.of(),
                    false,
                    List.of(),
                    null,
                    null,
                    List.of());

            assertThatThrownBy(() -> checkouts.create(draft))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(new Problem(
                                            List.of("price"),
                                            "price_not_found: One or more prices are not valid",
                                            "price_not_found")));
        }

        @Test
        void anInactivePriceIsNotValid() {
            fx.dataset.catalog().updatePrice(fx.bandage.id(), null, false);

            assertThatThrownBy(() -> fx.onSession(false, fx.bandage))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("price_not_found"));
        }
    }

    @Nested
    class AfterPayment {

        @Test
        void aManualCaptureSessionIsHeldAndCanBeReauthorizedAndCanceled() {
            Drafts.CheckoutDraft manual = new Drafts.CheckoutDraft(
                    CheckoutSessionMode.PAYMENT,
                    List.of(new Drafts.LineDraft(fx.gym.id(), null, 1)),
                    null,
                    null,
                    true,
                    CaptureMethod.MANUAL,
                    new CheckoutSession.Links(null, null, null),
                    null,
                    Map.of(),
                    false,
                    List.of(),
                    null,
                    null,
                    List.of());
            CheckoutSession session = checkouts.create(manual);
            checkouts.complete(session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null));
            assertThat(checkouts.paymentIntent(session.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);

            assertThat(checkouts.reauth(session.id()).id()).isEqualTo(session.id());
            CheckoutSession canceled = checkouts.cancel(session.id());

            assertThat(canceled.status()).isEqualTo(CheckoutSessionStatus.CANCELED);
            assertThat(checkouts.paymentIntent(session.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.CANCELED);
        }

        @Test
        void aCapturedPaymentCannotBeCanceledNorReauthorized() {
            CheckoutSession session = fx.onSession(true, fx.gym);
            checkouts.complete(session.id(), true, new Drafts.HostedCustomer("jane@example.com", null, null, null));

            assertThatThrownBy(() -> checkouts.cancel(session.id()))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_already_processed"));
            assertThatThrownBy(() -> checkouts.reauth(session.id()))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
        }
    }
}

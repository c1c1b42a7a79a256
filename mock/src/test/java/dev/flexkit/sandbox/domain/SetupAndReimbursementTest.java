package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.VisitType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two checkout modes that charge nothing: setup saves a card, reimbursement records a consultation. */
class SetupAndReimbursementTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Dataset data = fx.dataset;
    private final Checkouts checkouts = data.checkouts();

    private static final Drafts.HostedCustomer JANE =
            new Drafts.HostedCustomer("jane@example.com", "Jane", "Doe", null);

    private static Drafts.CheckoutDraft draft(CheckoutSessionMode mode, List<Drafts.LineDraft> lines) {
        Drafts.CheckoutDraft base = DatasetFixture.draft(mode, null, null, false);
        return new Drafts.CheckoutDraft(
                mode,
                lines,
                null,
                null,
                false,
                null,
                base.links(),
                null,
                base.metadata(),
                false,
                List.of(),
                null,
                null,
                List.of());
    }

    @Nested
    class Setup {

        @Test
        void aSetupCheckoutHasNoPaymentAndIsNotRefusedForItsAmountOfNothing() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));

            assertThat(session.status()).isEqualTo(CheckoutSessionStatus.OPEN);
            assertThat(session.paymentIntentId()).isNull();
            assertThat(session.amountTotal()).isZero();
        }

        @Test
        void completingItSavesACardForOffSessionUseWithASetupIntentAndChargesNothing() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));
            int paymentsBefore = data.paymentIntents.newestFirst().size();

            Checkouts.Completion done = checkouts.complete(session.id(), true, JANE);

            assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
            assertThat(done.paymentMethod().offSession()).isTrue();
            assertThat(done.setupIntent().id()).startsWith("fseti_");
            assertThat(done.setupIntent().paymentMethodId())
                    .isEqualTo(done.paymentMethod().id());
            assertThat(checkouts.setupIntentOf(session.id())).isEqualTo(done.setupIntent());
            assertThat(done.lettersGranted()).isEmpty();
            assertThat(data.paymentIntents.newestFirst()).hasSize(paymentsBefore);
            // The saved card pays later off-session checkouts of products that need no letter.
            CheckoutSession later =
                    fx.offSession(done.customer().id(), done.paymentMethod().id(), fx.bandage);
            assertThat(checkouts.paymentIntent(later.paymentIntentId()).status())
                    .isEqualTo(PaymentIntentStatus.SUCCEEDED);
        }

        @Test
        void aSetupCheckoutWithItemsIsRefused() {
            assertThatThrownBy(() -> checkouts.create(
                            DatasetFixture.draft(CheckoutSessionMode.SETUP, null, null, false, fx.bandage)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("line_items_not_allowed"));
        }

        @Test
        void anOpenSetupCheckoutExpiresAndCancelsWithoutAPayment() {
            CheckoutSession expiring = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));
            CheckoutSession canceled = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));

            assertThat(checkouts.cancel(canceled.id()).status()).isEqualTo(CheckoutSessionStatus.CANCELED);
            data.control().advanceClock("P2D");

            assertThat(checkouts.session(expiring.id()).status()).isEqualTo(CheckoutSessionStatus.EXPIRED);
        }
    }

    @Nested
    class Reimbursement {

        private final List<Drafts.LineDraft> gymProduct =
                List.of(new Drafts.LineDraft(null, null, "fprod_GymMembership", 1));

        @Test
        void itsItemsAreNamedByProductAloneAndNothingIsCharged() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.REIMBURSEMENT, gymProduct));

            assertThat(session.paymentIntentId()).isNull();
            assertThat(session.lineItems()).singleElement().satisfies(item -> {
                assertThat(item.price()).isNull();
                assertThat(item.product().id()).isEqualTo("fprod_GymMembership");
                assertThat(item.amount()).isZero();
            });
            assertThat(session.letterOfMedicalNecessityRequired()).isTrue();
        }

        @Test
        void anApprovedConsultationIsRecordedAndGrantsTheLetterWithoutACard() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.REIMBURSEMENT, gymProduct));

            Checkouts.Completion done = checkouts.complete(session.id(), true, JANE);

            assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
            assertThat(done.paymentMethod()).isNull();
            assertThat(done.lettersGranted()).extracting(Letter::visitType).containsExactly(VisitType.GYM);
            assertThat(done.consultation().id()).startsWith("fcons_");
            assertThat(done.consultation())
                    .extracting(Consultation::approved, Consultation::visitType, Consultation::customerId)
                    .containsExactly(true, VisitType.GYM, done.customer().id());
            assertThat(checkouts.consultationOf(session.id())).isEqualTo(done.consultation());
            assertThat(data.events(Page.first(3)))
                    .extracting(Event::type)
                    .containsExactly(
                            "checkout.session.completed", "customer.consultation.attached", "consultation.approved");
        }

        @Test
        void aDeniedConsultationIsRecordedAndGrantsNothing() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.REIMBURSEMENT, gymProduct));

            Checkouts.Completion done = checkouts.complete(session.id(), false, JANE);

            assertThat(done.lettersGranted()).isEmpty();
            assertThat(done.consultation().approved()).isFalse();
            assertThat(data.events(Page.first(3))).extracting(Event::type).doesNotContain("consultation.approved");
        }

        @Test
        void aProductLineIsForReimbursementOnlyAndItsProductMustExist() {
            assertThatThrownBy(() -> checkouts.create(draft(CheckoutSessionMode.PAYMENT, gymProduct)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("invalid_line_item"));
            assertThatThrownBy(() -> checkouts.create(draft(
                            CheckoutSessionMode.REIMBURSEMENT,
                            List.of(new Drafts.LineDraft(null, null, "fprod_missing", 1)))))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type, Problem::loc)
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                            "product_not_found", List.of("line_items", 0, "product"))));
        }
    }

    @Nested
    class NothingCharged {

        private CheckoutSession completedSetup() {
            CheckoutSession session = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));
            return checkouts.complete(session.id(), true, JANE).session();
        }

        private CheckoutSession completedReimbursement() {
            CheckoutSession session = checkouts.create(draft(
                    CheckoutSessionMode.REIMBURSEMENT,
                    List.of(new Drafts.LineDraft(null, null, "fprod_GymMembership", 1))));
            return checkouts.complete(session.id(), true, JANE).session();
        }

        @Test
        void aCompleteSessionThatChargedNothingHasNothingToRefund() {
            for (CheckoutSession session : List.of(completedSetup(), completedReimbursement())) {
                Drafts.RefundDraft everything = new Drafts.RefundDraft(null, null, null, null, null, null);

                assertThatThrownBy(() -> data.refunds().refundSession(session.id(), everything))
                        .isInstanceOfSatisfying(
                                RuleViolationException.class,
                                e -> assertThat(e.problems())
                                        .extracting(Problem::type, Problem::loc)
                                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                                "checkout_session_not_charged", List.of("id"))));
                assertThatThrownBy(() -> data.refunds().preview(session.id(), everything))
                        .isInstanceOf(RuleViolationException.class);
                assertThat(checkouts.session(session.id()).refundIds()).isEmpty();
            }
        }

        @Test
        void anOpenSessionThatChargesNothingIsRefusedAsNotComplete() {
            CheckoutSession open = checkouts.create(draft(CheckoutSessionMode.SETUP, List.of()));

            assertThatThrownBy(() -> data.refunds()
                            .refundSession(open.id(), new Drafts.RefundDraft(null, null, null, null, null, null)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::type)
                                    .containsExactly("checkout_session_not_complete"));
        }

        @Test
        void itHasNoAuthorizationToCaptureOrReauthorize() {
            CheckoutSession session = completedSetup();

            assertThatThrownBy(() -> data.captures()
                            .capture(session.id(), new Drafts.CaptureDraft(null, null, null, null, null, null)))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
            assertThatThrownBy(() -> checkouts.reauth(session.id()))
                    .isInstanceOfSatisfying(
                            InvalidStateException.class,
                            e -> assertThat(e.problem().type()).isEqualTo("checkout_session_not_authorized"));
        }
    }
}

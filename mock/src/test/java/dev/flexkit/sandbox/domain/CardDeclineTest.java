package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.VisitType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flex's documented test cards on the hosted checkout: 4242... succeeds, 4000 0000 0000 9995 is declined. */
class CardDeclineTest {

    private final DatasetFixture fx = new DatasetFixture();
    private final Dataset data = fx.dataset;
    private final Checkouts checkouts = data.checkouts();

    private static final Drafts.HostedCustomer NEW_CUSTOMER =
            new Drafts.HostedCustomer("declined@example.com", "De", "Clined", null);

    @Test
    void theDeclinedCardLeavesAPaymentCheckoutOpenAndChangesNothingButTheEventLog() {
        CheckoutSession session = fx.onSession(true, fx.gym);
        int customers = data.customers.newestFirst().size();
        int cards = data.paymentMethods.newestFirst().size();

        assertThatThrownBy(() -> checkouts.complete(session.id(), true, NEW_CUSTOMER, TestCards.DECLINED))
                .isInstanceOfSatisfying(
                        CardDeclinedException.class,
                        e -> assertThat(e.problem())
                                .extracting(Problem::type, Problem::loc)
                                .containsExactly("card_declined", List.of("card_number")));

        assertThat(checkouts.session(session.id()).status()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(checkouts.paymentIntent(session.paymentIntentId()).status())
                .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
        assertThat(data.customers.newestFirst()).hasSize(customers);
        assertThat(data.paymentMethods.newestFirst()).hasSize(cards);
        assertThat(data.customers().byEmail("declined@example.com")).isEmpty();
        assertThat(data.events(Page.first(1)))
                .singleElement()
                .extracting(Event::type, Event::objectId)
                .containsExactly("payment_intent.payment_failed", session.paymentIntentId());
    }

    @Test
    void anotherTryWithTheSucceedingCardCompletesTheSameSession() {
        CheckoutSession session = fx.onSession(true, fx.gym);
        assertThatThrownBy(() -> checkouts.complete(session.id(), true, NEW_CUSTOMER, TestCards.DECLINED))
                .isInstanceOf(CardDeclinedException.class);

        Checkouts.Completion done = checkouts.complete(session.id(), true, NEW_CUSTOMER, TestCards.SUCCEEDS);

        assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(done.paymentMethod().card().last4()).isEqualTo("4242");
        assertThat(checkouts.paymentIntent(session.paymentIntentId()).status())
                .isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void aCheckoutThatChargesNothingSavesTheCardWhateverItsNumber() {
        Drafts.CheckoutDraft plain = DatasetFixture.draft(CheckoutSessionMode.SETUP, null, null, false);
        CheckoutSession setup = checkouts.create(plain);

        Checkouts.Completion done = checkouts.complete(setup.id(), true, NEW_CUSTOMER, TestCards.DECLINED);

        assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(done.paymentMethod().card().last4()).isEqualTo("9995");
    }

    private static CheckoutSessionFilter byCustomer(String customerId) {
        return new CheckoutSessionFilter(null, customerId, null, null, null, null, null, null, null, null, null);
    }

    /** A customer with a gym letter and a card saved for off-session use whose last four digits are these. */
    private void seedHolder(String customerId, String paymentMethodId, String last4) {
        data.control()
                .seed(new Drafts.Seed(
                        null,
                        List.of(),
                        List.of(),
                        List.of(new Drafts.SeedCustomer(
                                new Drafts.CustomerDraft(
                                        customerId,
                                        null,
                                        null,
                                        customerId + "@example.com",
                                        null,
                                        null,
                                        null,
                                        Map.of()),
                                List.of(new Drafts.SeedPaymentMethod(paymentMethodId, true, "visa", last4)),
                                List.of(DatasetFixture.letter(VisitType.GYM, "2026-03-01"))))));
    }

    @Test
    void aSavedDeclinedCardIsDeclinedOffSessionAsOnTheHostedPageAndTheSessionStaysOpen() {
        seedHolder("fcus_Dana", "fpm_DanaDeclined", "9995");
        int before = data.events(Page.first(100)).size();

        assertThatThrownBy(() -> fx.offSession("fcus_Dana", "fpm_DanaDeclined", fx.gym))
                .isInstanceOfSatisfying(
                        CardDeclinedException.class,
                        e -> assertThat(e.problem())
                                .extracting(Problem::type, Problem::msg, Problem::loc)
                                .containsExactly("card_declined", TestCards.DECLINE.msg(), List.of("payment_method")));

        CheckoutSession open =
                checkouts.list(byCustomer("fcus_Dana"), Page.first(10)).get(0);
        assertThat(open.status()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(open.paymentMethodId()).isEqualTo("fpm_DanaDeclined");
        assertThat(checkouts.paymentIntent(open.paymentIntentId()))
                .extracting(PaymentIntent::status, PaymentIntent::amountReceived)
                .containsExactly(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD, 0L);
        List<Event> events = data.events(Page.first(100));
        assertThat(events.subList(0, events.size() - before))
                .extracting(Event::type, Event::objectId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("payment_intent.payment_failed", open.paymentIntentId()),
                        org.assertj.core.groups.Tuple.tuple("payment_intent.created", open.paymentIntentId()));
    }

    @Test
    void aSavedSucceedingCardIsChargedOffSession() {
        seedHolder("fcus_Dora", "fpm_DoraGood", "4242");

        CheckoutSession done = fx.offSession("fcus_Dora", "fpm_DoraGood", fx.gym);

        assertThat(done.status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(checkouts.paymentIntent(done.paymentIntentId()).status()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
    }

    @Test
    void aCardSavedByASetupCheckoutWithTheDeclinedNumberIsDeclinedWhenChargedOffSession() {
        seedHolder("fcus_Sam", "fpm_SamGood", "4242");
        Drafts.CheckoutDraft plain = DatasetFixture.draft(CheckoutSessionMode.SETUP, "fcus_Sam", null, false);
        CheckoutSession setup = checkouts.create(plain);
        PaymentMethod saved =
                checkouts.complete(setup.id(), true, null, TestCards.DECLINED).paymentMethod();

        assertThatThrownBy(() -> fx.offSession("fcus_Sam", saved.id(), fx.gym))
                .isInstanceOf(CardDeclinedException.class);
    }

    @Test
    void confirmChargingTheDeclinedCardIsDeclinedAndLeavesTheSessionOpen() {
        seedHolder("fcus_Cora", "fpm_CoraDeclined", "9995");
        assertThatThrownBy(() -> fx.offSession("fcus_Cora", "fpm_CoraDeclined", fx.bandage))
                .isInstanceOf(CardDeclinedException.class);
        CheckoutSession open =
                checkouts.list(byCustomer("fcus_Cora"), Page.first(1)).get(0);

        assertThatThrownBy(() -> data.confirmations().confirm(open.id(), true))
                .isInstanceOfSatisfying(
                        CardDeclinedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TestCards.OFF_SESSION_DECLINE));
        assertThat(checkouts.session(open.id()).status()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(checkouts.paymentIntent(open.paymentIntentId()).status())
                .isEqualTo(PaymentIntentStatus.REQUIRES_PAYMENT_METHOD);
    }
}

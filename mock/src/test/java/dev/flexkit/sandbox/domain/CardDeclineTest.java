package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.PaymentIntentStatus;
import java.util.List;
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
        CheckoutSession setup = checkouts.create(new Drafts.CheckoutDraft(
                CheckoutSessionMode.SETUP,
                List.of(),
                null,
                null,
                false,
                null,
                plain.links(),
                null,
                plain.metadata(),
                false,
                List.of(),
                null,
                null,
                List.of()));

        Checkouts.Completion done = checkouts.complete(setup.id(), true, NEW_CUSTOMER, TestCards.DECLINED);

        assertThat(done.session().status()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(done.paymentMethod().card().last4()).isEqualTo("9995");
    }
}

package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private final DatasetFixture fx = new DatasetFixture();

    @Test
    void aHostedCheckoutRecordsItsPaymentIntentThenTheCustomerThePaymentAndTheCompletedSessionNewestFirst() {
        CheckoutSession session = fx.onSession(true, fx.gym);
        Instant before = fx.dataset.control().now();

        Checkouts.Completion done = fx.dataset
                .checkouts()
                .complete(session.id(), true, new Drafts.HostedCustomer("new@example.com", "New", "Payer", null));

        // The fulfillment guide's order: the payment intent, the customer, the payment, then the completion.
        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type, Event::objectKind, Event::objectId)
                .containsExactly(
                        tuple("checkout.session.completed", "checkout_session", session.id()),
                        tuple("payment_intent.succeeded", "payment_intent", session.paymentIntentId()),
                        tuple("customer.created", "customer", done.customer().id()),
                        tuple("payment_intent.created", "payment_intent", session.paymentIntentId()));
        assertThat(fx.dataset.events(Page.first(10))).allSatisfy(event -> {
            assertThat(event.id()).startsWith("fevt_");
            assertThat(event.created()).isEqualTo(before);
        });
    }

    @Test
    void anOffSessionCheckoutCompletesAtOnceSoItRecordsItsPaymentAndItsCompletion() {
        CheckoutSession session = fx.offSession("fcus_GraceGymLetter", "fpm_GraceOffSession", fx.gym);

        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type, Event::objectId)
                .containsExactly(
                        tuple("checkout.session.completed", session.id()),
                        tuple("payment_intent.succeeded", session.paymentIntentId()),
                        tuple("payment_intent.created", session.paymentIntentId()));
    }

    @Test
    void aPaymentHeldForManualCaptureIsCapturableNotSucceeded() {
        CheckoutSession session = fx.paid(dev.flexkit.client.model.CaptureMethod.MANUAL, null, null, fx.gym);

        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type)
                .contains("payment_intent.created", "payment_intent.amount_capturable_updated")
                .doesNotContain("payment_intent.succeeded");
        assertThat(session.status().getValue()).isEqualTo("complete");
    }

    @Test
    void anOnSessionCheckoutLeftOpenRecordsOnlyItsPaymentIntent() {
        CheckoutSession session = fx.onSession(false, fx.bandage);

        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type, Event::objectId)
                .containsExactly(tuple("payment_intent.created", session.paymentIntentId()));
    }

    @Test
    void seedingRecordsNothingAndAnUpdateIsAnEventOfItsOwn() {
        assertThat(fx.dataset.events(Page.first(10))).isEmpty();

        Customer jo = fx.customer("jo@example.com");
        fx.dataset
                .customers()
                .update(jo.id(), new Drafts.CustomerChanges("Joanna", null, null, null, null, null, null));

        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type)
                .containsExactly("customer.updated", "customer.created");
    }
}

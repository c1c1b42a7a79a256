package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private final DatasetFixture fx = new DatasetFixture();

    @Test
    void aHostedCheckoutByANewCustomerRecordsTheCustomerThenTheCompletedSessionNewestFirst() {
        CheckoutSession session = fx.onSession(true, fx.gym);
        Instant before = fx.dataset.control().now();

        Checkouts.Completion done = fx.dataset
                .checkouts()
                .complete(session.id(), true, new Drafts.HostedCustomer("new@example.com", "New", "Payer", null));

        assertThat(fx.dataset.events(Page.first(10)))
                .extracting(Event::type, Event::objectKind, Event::objectId)
                .containsExactly(
                        tuple("checkout.session.completed", "checkout_session", session.id()),
                        tuple("customer.created", "customer", done.customer().id()));
        assertThat(fx.dataset.events(Page.first(10))).allSatisfy(event -> {
            assertThat(event.id()).startsWith("fevt_");
            assertThat(event.created()).isEqualTo(before);
        });
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

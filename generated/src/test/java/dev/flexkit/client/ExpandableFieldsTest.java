package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.ExpandableCustomer;
import org.junit.jupiter.api.Test;

/** customer, payment_intent and subscription are ids, or objects when expanded; the client reads both. */
class ExpandableFieldsTest {

    @Test
    void anIdIsReadAsAReference() throws Exception {
        CheckoutSession session = read("""
                {"checkout_session": {"checkout_session_id": "fcs_1", "customer": "fcus_01HACM7FZ1084XB1GB6053VM0D",
                 "payment_intent": "fpi_01HW5KTR0B6J9D2C4X7Z1V3N5M", "subscription": "fsub_1"}}""");

        assertThat(session.getCustomer().isExpanded()).isFalse();
        assertThat(session.getCustomer().getId()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(session.getCustomer().getObject()).isNull();
        assertThat(session.getPaymentIntent().getId()).isEqualTo("fpi_01HW5KTR0B6J9D2C4X7Z1V3N5M");
        assertThat(session.getSubscription().getId()).isEqualTo("fsub_1");
    }

    @Test
    void anObjectIsReadAsTheExpandedObjectAndStillGivesItsId() throws Exception {
        CheckoutSession session = read("""
                {"checkout_session": {"checkout_session_id": "fcs_1",
                 "customer": {"customer_id": "fcus_01HACM7FZ1084XB1GB6053VM0D", "email": "joh.doe@example.com"},
                 "payment_intent": {"payment_intent_id": "fpi_01HW5KTR0B6J9D2C4X7Z1V3N5M", "amount": 6900},
                 "subscription": {"subscription_id": "fsub_1", "status": "active"}}}""");

        assertThat(session.getCustomer().isExpanded()).isTrue();
        assertThat(session.getCustomer().getId()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(session.getCustomer().getObject().getEmail()).isEqualTo("joh.doe@example.com");
        assertThat(session.getPaymentIntent().getObject().getAmount()).isEqualTo(6900);
        assertThat(session.getSubscription().getId()).isEqualTo("fsub_1");
    }

    @Test
    void aNullFieldIsReadAsNullAndWrittenBackAsNull() throws Exception {
        String json = "{\"checkout_session\": {\"checkout_session_id\": \"fcs_1\", \"customer\": null}}";

        CheckoutSession session =
                RoundTrip.assertLossless(json, CheckoutSessionEnvelope.class).getCheckoutSession();

        assertThat(session.getCustomer()).isNull();
        assertThat(session.getCustomer_JsonNullable().isPresent()).isTrue();
    }

    @Test
    void bothShapesAreWrittenBackAsTheyCame() throws Exception {
        RoundTrip.assertLossless(
                "{\"checkout_session\": {\"checkout_session_id\": \"fcs_1\", \"customer\": \"fcus_1\"}}",
                CheckoutSessionEnvelope.class);
        RoundTrip.assertLossless(
                "{\"checkout_session\": {\"checkout_session_id\": \"fcs_1\", \"customer\": {\"customer_id\": \"fcus_1\"}}}",
                CheckoutSessionEnvelope.class);
    }

    @Test
    void aReferenceAndAnExpandedObjectAreBuiltInCode() {
        ExpandableCustomer reference = ExpandableCustomer.ofId("fcus_1");
        ExpandableCustomer expanded = ExpandableCustomer.ofObject(new Customer().customerId("fcus_1"));

        assertThat(reference.getId()).isEqualTo(expanded.getId());
        assertThat(reference).isNotEqualTo(expanded);
        assertThat(expanded.isExpanded()).isTrue();
    }

    private static CheckoutSession read(String json) throws Exception {
        return RoundTrip.MAPPER.readValue(json, CheckoutSessionEnvelope.class).getCheckoutSession();
    }
}

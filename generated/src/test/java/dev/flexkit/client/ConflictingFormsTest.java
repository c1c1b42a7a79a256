package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CustomerCreateParams;
import dev.flexkit.client.model.CustomerCreateRequest;
import dev.flexkit.client.model.CustomerUpdateRequest;
import dev.flexkit.client.model.Price;
import dev.flexkit.client.model.RecurringInterval;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where Flex's page generations disagree, the contract accepts both forms (marked {@code x-flex-open}) until a
 * live run settles it; the generated models read and write each form.
 */
class ConflictingFormsTest {

    @Test
    void splitCartAsTheObjectOfTheOlderPages() throws Exception {
        CheckoutSession session =
                RoundTrip.assertLossless("""
                {"checkout_session": {"checkout_session_id": "fcs_1",
                 "split_cart": {"split_cart_id": "fsc_1", "eligible_cart": {"amount_total": 900}}}}""", CheckoutSessionEnvelope.class).getCheckoutSession();

        assertThat(session.getSplitCart().isExpanded()).isTrue();
        assertThat(session.getSplitCart().getId()).isEqualTo("fsc_1");
        assertThat(session.getSplitCart().getObject().getEligibleCart().getAmountTotal())
                .isEqualTo(900);
    }

    @Test
    void splitCartAsTheIdOfTheNewerCancelPage() throws Exception {
        CheckoutSession session = RoundTrip.assertLossless(
                        "{\"checkout_session\": {\"checkout_session_id\": \"fcs_1\", \"split_cart\": \"string\"}}",
                        CheckoutSessionEnvelope.class)
                .getCheckoutSession();

        assertThat(session.getSplitCart().isExpanded()).isFalse();
        assertThat(session.getSplitCart().getId()).isEqualTo("string");
    }

    @Test
    void customerMetadataAsTheJsonStringOfFlexsPages() throws Exception {
        CustomerCreateRequest request = RoundTrip.assertLossless(
                "{\"customer\": {\"email\": \"a@example.com\", \"metadata\": \"{\\\"key\\\": \\\"value\\\"}\"}}",
                CustomerCreateRequest.class);

        assertThat(request.getCustomer().getMetadata()).isEqualTo("{\"key\": \"value\"}");
    }

    @Test
    void customerMetadataAsAnObject() throws Exception {
        CustomerUpdateRequest request = RoundTrip.assertLossless(
                "{\"customer\": {\"metadata\": {\"key\": \"value\"}}}", CustomerUpdateRequest.class);

        assertThat(request.getCustomer().getMetadata()).isEqualTo(Map.of("key", "value"));
    }

    @Test
    void bothMetadataFormsAreWrittenAsGiven() throws Exception {
        String asString =
                RoundTrip.MAPPER.writeValueAsString(new CustomerCreateParams().metadata("{\"key\": \"value\"}"));
        String asObject =
                RoundTrip.MAPPER.writeValueAsString(new CustomerCreateParams().metadata(Map.of("key", "value")));

        assertThat(RoundTrip.MAPPER.readTree(asString).get("metadata").isTextual())
                .isTrue();
        assertThat(RoundTrip.MAPPER
                        .readTree(asObject)
                        .get("metadata")
                        .get("key")
                        .asText())
                .isEqualTo("value");
    }

    @Test
    void recurringIntervalInBothVocabularies() throws Exception {
        Price daily = RoundTrip.assertLossless(
                "{\"price_id\": \"fprice_1\", \"recurring\": {\"interval\": \"daily\"}}", Price.class);
        Price month = RoundTrip.assertLossless(
                "{\"price_id\": \"fprice_1\", \"recurring\": {\"interval\": \"month\"}}", Price.class);

        assertThat(daily.getRecurring().getInterval()).isEqualTo(RecurringInterval.DAILY);
        assertThat(month.getRecurring().getInterval()).isEqualTo(RecurringInterval.MONTH);
    }
}

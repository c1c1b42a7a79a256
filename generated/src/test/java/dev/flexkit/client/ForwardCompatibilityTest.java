package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flex may add fields and enum values at any time; a client built from this contract keeps working. */
class ForwardCompatibilityTest {

    private static final String FROM_A_NEWER_FLEX = """
            {"checkout_session": {
              "checkout_session_id": "fcs_01HW5KTQQAAQ66WV19MFW4DTT4",
              "status": "on_hold",
              "mode": "installments",
              "visit_type": "dental",
              "amount_total": 6900,
              "letter_of_medical_necessity_required": true,
              "fraud_score": 12,
              "payment_intent": {
                "payment_intent_id": "fpi_01HW5KTR0B6J9D2C4X7Z1V3N5M",
                "status": "requires_review",
                "amount": 6900,
                "wallet": {"type": "apple_pay"}
              },
              "test_mode": true
            },
            "request_id": "req_123"}
            """;

    @Test
    void unknownEnumValuesAreReadAndKeptAsTheyCame() throws Exception {
        CheckoutSessionEnvelope envelope = RoundTrip.MAPPER.readValue(FROM_A_NEWER_FLEX, CheckoutSessionEnvelope.class);
        CheckoutSession session = envelope.getCheckoutSession();

        assertThat(session.getStatus().getValue()).isEqualTo("on_hold");
        assertThat(session.getStatus().known()).isEmpty();
        assertThat(session.getStatus())
                .isNotEqualTo(CheckoutSessionStatus.OPEN)
                .isEqualTo(CheckoutSessionStatus.fromValue("on_hold"));
        assertThat(session.getMode().getValue()).isEqualTo("installments");
        assertThat(session.getVisitType().getValue()).isEqualTo("dental");
        assertThat(session.getPaymentIntent().getObject().getStatus().getValue())
                .isEqualTo("requires_review");
        assertThat(session.getPaymentIntent().getObject().getStatus().isKnown()).isFalse();
    }

    @Test
    void unknownEnumValuesAreWrittenBackUnchanged() throws Exception {
        CheckoutSessionEnvelope envelope = RoundTrip.MAPPER.readValue(FROM_A_NEWER_FLEX, CheckoutSessionEnvelope.class);

        JsonNode written = RoundTrip.MAPPER.readTree(RoundTrip.MAPPER.writeValueAsString(envelope));
        assertThat(written.at("/checkout_session/status").asText()).isEqualTo("on_hold");
        assertThat(written.at("/checkout_session/mode").asText()).isEqualTo("installments");
        assertThat(written.at("/checkout_session/visit_type").asText()).isEqualTo("dental");
        assertThat(written.at("/checkout_session/payment_intent/status").asText())
                .isEqualTo("requires_review");
        assertThat(written)
                .as("the whole document, unknown values and fields included")
                .isEqualTo(RoundTrip.MAPPER.readTree(FROM_A_NEWER_FLEX));
    }

    @Test
    void knownValuesAreTheConstantsAndSwitchOnKnown() throws Exception {
        CheckoutSession session =
                RoundTrip.MAPPER.readValue("{\"status\": \"open\", \"mode\": \"payment\"}", CheckoutSession.class);

        assertThat(session.getStatus()).isSameAs(CheckoutSessionStatus.OPEN);
        assertThat(session.getStatus().known()).contains(CheckoutSessionStatus.Known.OPEN);
        assertThat(CheckoutSessionStatus.of(CheckoutSessionStatus.Known.COMPLETE))
                .isSameAs(CheckoutSessionStatus.COMPLETE);
        String described = switch (session.getMode().known().orElseThrow()) {
            case PAYMENT -> "payment";
            default -> "other";
        };
        assertThat(described).isEqualTo("payment");
        assertThat(CheckoutSessionMode.fromValue(null)).isNull();
    }

    @Test
    void theRestOfTheObjectIsIntact() throws Exception {
        CheckoutSession session = RoundTrip.MAPPER
                .readValue(FROM_A_NEWER_FLEX, CheckoutSessionEnvelope.class)
                .getCheckoutSession();

        assertThat(session.getCheckoutSessionId()).isEqualTo("fcs_01HW5KTQQAAQ66WV19MFW4DTT4");
        assertThat(session.getAmountTotal()).isEqualTo(6900);
        assertThat(session.getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(session.getTestMode()).isTrue();
        assertThat(session.getPaymentIntent().getId()).isEqualTo("fpi_01HW5KTR0B6J9D2C4X7Z1V3N5M");
        assertThat(session.getPaymentIntent().getObject().getAmount()).isEqualTo(6900);
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        CheckoutSessionEnvelope envelope = RoundTrip.MAPPER.readValue(FROM_A_NEWER_FLEX, CheckoutSessionEnvelope.class);

        assertThat(envelope.getUnknownFields()).containsEntry("request_id", "req_123");
        assertThat(envelope.getCheckoutSession().getUnknownFields()).containsEntry("fraud_score", 12);
        assertThat(envelope.getCheckoutSession().getPaymentIntent().getObject().getUnknownFields())
                .containsEntry("wallet", Map.of("type", "apple_pay"));

        JsonNode written = RoundTrip.MAPPER.readTree(RoundTrip.MAPPER.writeValueAsString(envelope));
        assertThat(written.at("/request_id").asText()).isEqualTo("req_123");
        assertThat(written.at("/checkout_session/fraud_score").asInt()).isEqualTo(12);
        assertThat(written.at("/checkout_session/payment_intent/wallet/type").asText())
                .isEqualTo("apple_pay");
    }
}

package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.HTTPValidationError;
import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.contract.SeedPages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON printed in Flex's own pages is read into the generated models and written back unchanged. */
class SeedExamplesRoundTripTest {

    private static final List<String> GUIDE_BLOCKS = SeedPages.fencedJsonBlocks(SeedPages.OFF_SESSION_LETTER_GUIDE);

    @ParameterizedTest
    @ValueSource(strings = {SeedPages.RETRIEVE_REFERENCE, SeedPages.REAUTH_REFERENCE})
    void theFullCheckoutSessionObjectOfTheReferencePages(String page) throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.firstJsonObject(page));

        CheckoutSession session = RoundTrip.assertLossless(json, CheckoutSessionEnvelope.class).getCheckoutSession();

        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(session.getMode()).isEqualTo(CheckoutSessionMode.PAYMENT);
        assertThat(session.getVisitType()).isEqualTo(VisitType.CBT_SLEEP);
        assertThat(session.getCustomer().isExpanded()).isTrue();
        assertThat(session.getCustomer().getId()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(session.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(session.getSplitCart().getEligibleCart().getPaymentIntent().getObject().getCustomer().getObject().getEmployer())
                .isEqualTo("Flex");
        assertThat(session.getSubscription().getObject().getItems().get(0).getPrice().getProduct().getObject()
                .getHsaFsaEligibility()).isEqualTo(HsaFsaEligibility.NOT_ELIGIBLE);
        assertThat(session.getSubscription().getObject().getLatestInvoice().getObject().getSubscription().isExpanded())
                .as("the reference page's empty subscription object stays an object").isTrue();
        assertThat(session.getTotalDetails().getAmountIias()).isEqualTo(123);
    }

    @Test
    void thePaymentMethodObjectOfTheOffSessionGuide() throws Exception {
        String json = SeedPlaceholders.fill(block("\"off_session\": true"));

        PaymentMethod method = RoundTrip.assertLossless(json, PaymentMethod.class);

        assertThat(method.getOffSession()).isTrue();
        assertThat(method.getCustomer().isExpanded()).isFalse();
        assertThat(method.getCustomer().getId()).isEqualTo("fcus_01JV8Q9SPDQ6PSRSN85FXY924N");
        assertThat(method.getMetadata_JsonNullable().isPresent()).as("metadata: null is kept as an explicit null").isTrue();
        assertThat(method.getCreatedAt()).hasToString("2026-01-23T19:13:46.145643Z");
    }

    @Test
    void theOffSessionSuccessResponseOfTheGuide() throws Exception {
        String json = SeedPlaceholders.fill(block("\"letter_of_medical_necessity_required\""));

        CheckoutSession session = RoundTrip.assertLossless(json, CheckoutSession.class);

        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(session.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(session.getPaymentIntent().getObject().getAmountReceived()).isEqualTo(6900);
        assertThat(session.getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(session.getVisitType()).isEqualTo(VisitType.GYM);
    }

    @Test
    void theLetterRequiredErrorOfTheGuide() throws Exception {
        HTTPValidationError error = RoundTrip.assertLossless(block("A LoMN is required"), HTTPValidationError.class);

        assertThat(error.getDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getLoc()).containsExactly("visit_type");
            assertThat(detail.getMsg()).isEqualTo("A LoMN is required for this visit type");
            assertThat(detail.getType()).isEqualTo("invalid_request_error");
        });
    }

    private static String block(String containing) {
        return GUIDE_BLOCKS.stream().filter(block -> block.contains(containing)).findFirst().orElseThrow();
    }
}

package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CheckoutSessionList;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventEnvelope;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.HTTPValidationError;
import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.TaxCalculationMode;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.contract.SeedPages;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON printed in Flex's own pages is read into the generated models and written back unchanged. */
class SeedExamplesRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyJsonExampleOfFlexsPages() {
        List<SeedPages.Example> examples = SeedPages.all().stream()
                .filter(example -> example.model() != null)
                .toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(25);
        return examples.stream()
                .map(example -> dynamicTest(
                        example.page() + " " + example.name() + " as " + example.model(),
                        () -> RoundTrip.assertLossless(
                                SeedPlaceholders.fill(example.json()),
                                Class.forName("dev.flexkit.client.model." + example.model()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedPages.RETRIEVE_REFERENCE, SeedPages.REAUTH_REFERENCE})
    void theFullCheckoutSessionObjectOfTheReferencePages(String page) throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.example(page, "response"));

        CheckoutSession session =
                RoundTrip.assertLossless(json, CheckoutSessionEnvelope.class).getCheckoutSession();

        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(session.getMode()).isEqualTo(CheckoutSessionMode.PAYMENT);
        assertThat(session.getVisitType()).isEqualTo(VisitType.CBT_SLEEP);
        assertThat(session.getCustomer().isExpanded()).isTrue();
        assertThat(session.getCustomer().getId()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(session.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(session.getSplitCart().isExpanded())
                .as("this generation prints split_cart as an object")
                .isTrue();
        assertThat(session.getSplitCart()
                        .getObject()
                        .getEligibleCart()
                        .getPaymentIntent()
                        .getObject()
                        .getCustomer()
                        .getObject()
                        .getEmployer())
                .isEqualTo("Flex");
        assertThat(session.getSubscription()
                        .getObject()
                        .getItems()
                        .get(0)
                        .getPrice()
                        .getProduct()
                        .getObject()
                        .getHsaFsaEligibility())
                .isEqualTo(HsaFsaEligibility.NOT_ELIGIBLE);
        assertThat(session.getSubscription()
                        .getObject()
                        .getLatestInvoice()
                        .getObject()
                        .getSubscription()
                        .isExpanded())
                .as("the reference page's empty subscription object stays an object")
                .isTrue();
        assertThat(session.getTotalDetails().getAmountIias()).isEqualTo(123);
    }

    @Test
    void theNewerCheckoutSessionObjectOfTheListPage() throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.example(SeedPages.LIST_REFERENCE, "response"));

        CheckoutSession session = RoundTrip.assertLossless(json, CheckoutSessionList.class)
                .getCheckoutSessions()
                .get(0);

        assertThat(session.getAmountReceived()).isZero();
        assertThat(session.getAmountRefunded()).isZero();
        assertThat(session.getAmountDisputed()).isZero();
        assertThat(session.getPaymentIntents()).isEmpty();
        assertThat(session.getDisputes()).isEmpty();
        assertThat(session.getFees()).isEmpty();
        assertThat(session.getTaxCalculationMode()).isEqualTo(TaxCalculationMode.EXCLUSIVE);
        assertThat(session.getPlatformFees()).isEmpty();
    }

    @Test
    void theRefundRequestsOfTheRefundGuide() throws Exception {
        CheckoutSessionRefundRequest byProduct = RoundTrip.assertLossless(
                SeedPages.example(SeedPages.REFUND_GUIDE, "by-product"), CheckoutSessionRefundRequest.class);

        assertThat(byProduct.getCheckoutSession().getLineItems().get(0).getProduct())
                .isEqualTo("fprod_01k3m6j3zqcvy6pbj1a65sszpw");
        assertThat(byProduct.getCheckoutSession().getLineItems().get(0).getPrice())
                .isNull();
        assertThat(byProduct.getCheckoutSession().getAmountTax()).isEqualTo(350);
        assertThat(byProduct.getCheckoutSession().getAmountShipping()).isEqualTo(500);
        assertThat(byProduct.getCheckoutSession().getAmountDiscount()).isEqualTo(200);
    }

    @Test
    void thePaymentMethodObjectOfTheWalkthrough() throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.example(SeedPages.EXAMPLE_WALKTHROUGH, "payment-method"));

        PaymentMethod method = RoundTrip.assertLossless(json, PaymentMethod.class);

        assertThat(method.getOffSession()).isTrue();
        assertThat(method.getCustomer().isExpanded()).isFalse();
        assertThat(method.getCustomer().getId()).isEqualTo("fcus_01JV8Q9SPDQ6PSRSN85FXY924N");
        assertThat(method.getMetadata_JsonNullable().isPresent())
                .as("metadata: null is kept as an explicit null")
                .isTrue();
        assertThat(method.getCreatedAt()).hasToString("2026-01-23T19:13:46.145643Z");
    }

    @Test
    void theOffSessionSuccessResponseOfTheWalkthrough() throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.example(SeedPages.EXAMPLE_WALKTHROUGH, "off-session-response"));

        CheckoutSession session = RoundTrip.assertLossless(json, CheckoutSession.class);

        assertThat(session.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(session.getPaymentIntent().getObject().getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(session.getPaymentIntent().getObject().getAmountReceived()).isEqualTo(6900);
        assertThat(session.getLetterOfMedicalNecessityRequired()).isTrue();
        assertThat(session.getVisitType()).isEqualTo(VisitType.GYM);
    }

    @Test
    void theLetterRequiredErrorOfTheWalkthrough() throws Exception {
        HTTPValidationError error = RoundTrip.assertLossless(
                SeedPages.example(SeedPages.EXAMPLE_WALKTHROUGH, "lomn-required"), HTTPValidationError.class);

        assertThat(error.getDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getLoc()).containsExactly("visit_type");
            assertThat(detail.getMsg()).isEqualTo("A LoMN is required for this visit type");
            assertThat(detail.getType()).isEqualTo("invalid_request_error");
        });
    }

    @Test
    void theEventOfTheRetryEventPage() throws Exception {
        String json = SeedPlaceholders.fill(SeedPages.example("retry-event", "response"));

        Event event = RoundTrip.assertLossless(json, EventEnvelope.class).getEvent();

        assertThat(event.getEventType()).isEqualTo(EventType.ACCOUNT_UPDATED);
        assertThat(event.getObject().getCustomer().getCustomerId()).isEqualTo("fcus_01HACM7FZ1084XB1GB6053VM0D");
        assertThat(event.getObject().getCheckoutSession()).isNull();
        assertThat(event.getTestMode()).isTrue();
    }

    @Test
    void theWebhookRequestOfTheFulfillmentGuide() throws Exception {
        WebhookCreateRequest request = RoundTrip.assertLossless(
                SeedPages.example("fulfillment", "create-webhook"), WebhookCreateRequest.class);

        assertThat(request.getWebhook().getUrl()).isEqualTo("https://withflex.com/handle_events");
        assertThat(request.getWebhook().getEvents()).containsExactly(EventType.CHECKOUT_SESSION_COMPLETED);
    }
}

package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CapturesApi;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.Capture;
import dev.flexkit.client.model.CaptureLineItemParams;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CaptureUpdateParams;
import dev.flexkit.client.model.CaptureUpdateRequest;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.PaymentIntent;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.ClockChange;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manual capture and the Captures resource, through the generated client, checked against the contract. */
class CapturesApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private CheckoutSession authorized() throws Exception {
        CheckoutSession session = Fixtures.create(
                sandbox,
                Fixtures.cart(GYM, BANDAGE).mode(CheckoutSessionMode.PAYMENT).captureMethod(CaptureMethod.MANUAL));
        Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "jane@example.com");
        return session;
    }

    private CheckoutSession capture(CheckoutSession session, Long gym, Boolean finalCapture) throws ApiException {
        return sandbox.checkoutSessions()
                .captureCheckoutSession(
                        session.getCheckoutSessionId(),
                        new CheckoutSessionCaptureRequest()
                                .checkoutSession(new CheckoutSessionCaptureParams()
                                        .finalCapture(finalCapture)
                                        .addLineItemsItem(new CaptureLineItemParams()
                                                .product(GYM_PRODUCT)
                                                .amountToCapture(gym))
                                        .captureMetadata(Map.of("order_id", "8842"))))
                .getCheckoutSession();
    }

    private PaymentIntent payment(CheckoutSession session) throws ApiException {
        return sandbox.checkoutSessions()
                .retrieveCheckoutSession(
                        session.getCheckoutSessionId(),
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getCheckoutSession()
                .getPaymentIntent()
                .getObject();
    }

    @Test
    void partOfAnAuthorizationIsCapturedThenTheCaptureIsRead() throws Exception {
        CheckoutSession session = authorized();

        CheckoutSession captured = capture(session, 5000L, false);
        Capture capture = captured.getCaptures().get(0);

        assertThat(capture.getCaptureId()).startsWith("fcap_");
        assertThat(capture.getAmountCaptured()).isEqualTo(5000);
        assertThat(capture.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getCaptureItemId()).startsWith("fcapi_");
            assertThat(item.getAmountCaptured()).isEqualTo(5000);
            assertThat(item.getPaymentIntent())
                    .isEqualTo(session.getPaymentIntent().getId());
        });
        assertThat(captured.getAmountReceived()).isEqualTo(5000);
        assertThat(payment(session).getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(payment(session).getAmountCapturable()).isEqualTo(2800);
        assertThat(sandbox.captures().retrieveCapture(capture.getCaptureId()).getCapture())
                .isEqualTo(capture);
        assertThat(sandbox.captures()
                        .listCaptures(
                                new CapturesApi.ListCapturesParams().checkoutSession(session.getCheckoutSessionId()))
                        .getCaptures())
                .containsExactly(capture);
    }

    @Test
    void aFinalCaptureReleasesTheRestAndTheSessionCannotBeCapturedAgain() throws Exception {
        CheckoutSession session = authorized();

        capture(session, 1000L, true);

        assertThat(payment(session).getStatus()).isEqualTo(PaymentIntentStatus.SUCCEEDED);
        assertThat(payment(session).getAmountReceived()).isEqualTo(1000);
        assertThat(payment(session).getAmountCapturable()).isZero();
        assertThatThrownBy(() -> capture(session, 1L, true)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(400);
            assertThat(e.getResponseBody()).contains("checkout_session_not_authorized");
        });
    }

    @Test
    void moreThanTheLineIsRefusedWith422() throws Exception {
        CheckoutSession session = authorized();

        assertThatThrownBy(() -> capture(session, 6901L, true)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getResponseBody()).contains("capture_exceeds_line_amount");
        });
    }

    @Test
    void theCaptureAllocationPreviewNamesTheCardAndChangesNothing() throws Exception {
        CheckoutSession session = authorized();

        var allocations = sandbox.checkoutSessions()
                .previewCheckoutSessionCaptureAllocation(
                        session.getCheckoutSessionId(),
                        new CheckoutSessionCaptureRequest()
                                .checkoutSession(new CheckoutSessionCaptureParams()
                                        .addLineItemsItem(new CaptureLineItemParams()
                                                .product(GYM_PRODUCT)
                                                .amountToCapture(4000L))
                                        .amountShipping(0L)))
                .getAllocations();

        assertThat(allocations).singleElement().satisfies(a -> {
            assertThat(a.getAmount()).isEqualTo(4000);
            assertThat(a.getPaymentMethodId()).startsWith("fpm_");
        });
        assertThat(payment(session).getAmountCapturable()).isEqualTo(7800);
    }

    @Test
    void theMetadataOfACaptureCanBeSet() throws Exception {
        Capture capture = capture(authorized(), 5000L, true).getCaptures().get(0);

        Capture updated = sandbox.captures()
                .updateCapture(
                        capture.getCaptureId(),
                        new CaptureUpdateRequest()
                                .capture(new CaptureUpdateParams().metadata(Map.of("channel", "shopify"))))
                .getCapture();

        assertThat(updated.getMetadata()).isEqualTo(Map.of("channel", "shopify"));
        assertThat(updated.getAmountCaptured()).isEqualTo(5000);
        assertThat(sandbox.captures().listCaptures().getCaptures()).containsExactly(updated);
    }

    @Test
    void aHoldLapsesAfterSevenDaysUnlessReauthorized() throws Exception {
        CheckoutSession renewed = authorized();
        CheckoutSession lapsing = authorized();
        sandbox.control().setClock(new ClockChange().advance("P6D"));
        sandbox.checkoutSessions().reauthCheckoutSession(renewed.getCheckoutSessionId());

        sandbox.control().setClock(new ClockChange().advance("P2D"));

        assertThat(payment(lapsing).getStatus()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(payment(renewed).getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThatThrownBy(() -> capture(lapsing, 100L, true))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        assertThat(capture(renewed, 100L, true).getAmountReceived()).isEqualTo(100);
    }

    @Test
    void anUnknownCaptureIs404AndAnUnknownSessionListsNothing() throws Exception {
        assertThatThrownBy(() -> sandbox.captures().retrieveCapture("fcap_unknown"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(sandbox.captures()
                        .listCaptures(new CapturesApi.ListCapturesParams().checkoutSession("fcs_unknown"))
                        .getCaptures())
                .isEmpty();
    }
}

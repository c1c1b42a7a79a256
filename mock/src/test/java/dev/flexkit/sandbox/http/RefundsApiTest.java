package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.RefundsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.Refund;
import dev.flexkit.client.model.RefundCreateParams;
import dev.flexkit.client.model.RefundCreateRequest;
import dev.flexkit.client.model.RefundLineItemParams;
import dev.flexkit.client.model.RefundReason;
import dev.flexkit.client.model.RefundStatus;
import dev.flexkit.client.model.RefundUpdateParams;
import dev.flexkit.client.model.RefundUpdateRequest;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Refunds resource and refunds of checkout sessions, through the generated client, checked against the contract. */
class RefundsApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private CheckoutSession paid() throws ApiException {
        return Fixtures.offSession(sandbox, HOLDER, HOLDER_CARD, GYM, BANDAGE);
    }

    private CheckoutSession refundByProduct(CheckoutSession session, Long amount) throws ApiException {
        return sandbox.checkoutSessions()
                .refundCheckoutSession(
                        session.getCheckoutSessionId(),
                        new CheckoutSessionRefundRequest()
                                .checkoutSession(new CheckoutSessionRefundParams()
                                        .addLineItemsItem(new RefundLineItemParams()
                                                .product(GYM_PRODUCT)
                                                .amountToRefund(amount))
                                        .refundMetadata(Map.of("OrderNo", "ORDER123"))))
                .getCheckoutSession();
    }

    @Test
    void aRefundedSessionsRefundIsFoundByItsCheckoutSession() throws Exception {
        CheckoutSession session = paid();
        CheckoutSession other = paid();
        refundByProduct(other, 100L);

        CheckoutSession refunded = refundByProduct(session, 2000L);
        Refund refund = refunded.getRefunds().get(0);

        assertThat(refund.getRefundId()).startsWith("fre_");
        assertThat(refunded.getAmountRefunded()).isEqualTo(2000);
        assertThat(sandbox.refunds()
                        .listRefunds(new RefundsApi.ListRefundsParams().checkoutSession(session.getCheckoutSessionId()))
                        .getRefunds())
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.getRefundId()).isEqualTo(refund.getRefundId());
                    assertThat(found.getAmount()).isEqualTo(2000);
                    assertThat(found.getStatus()).isEqualTo(RefundStatus.SUCCEEDED);
                    assertThat(found.getMetadata()).containsEntry("OrderNo", "ORDER123");
                });
        assertThat(sandbox.refunds().retrieveRefund(refund.getRefundId()).getRefund())
                .isEqualTo(refund);
    }

    @Test
    void theListFiltersByPaymentIntentAndStatusNewestFirstTwentyAtATime() throws Exception {
        CheckoutSession session = paid();
        for (int i = 0; i < 21; i++) {
            refundByProduct(session, 100L);
        }
        CheckoutSession other = paid();
        refundByProduct(other, 100L);

        var all = sandbox.refunds().listRefunds().getRefunds();
        var ofOther = sandbox.refunds()
                .listRefunds(new RefundsApi.ListRefundsParams()
                        .paymentIntent(other.getPaymentIntent().getId()))
                .getRefunds();

        assertThat(all).hasSize(20);
        assertThat(all.get(0).getPaymentIntentId())
                .isEqualTo(other.getPaymentIntent().getId());
        assertThat(ofOther)
                .singleElement()
                .satisfies(r -> assertThat(r.getPaymentIntentId())
                        .isEqualTo(other.getPaymentIntent().getId()));
        assertThat(sandbox.refunds()
                        .listRefunds(new RefundsApi.ListRefundsParams()
                                .startingAfter(all.get(19).getRefundId())
                                .limit(5))
                        .getRefunds())
                .hasSize(2);
        assertThat(sandbox.refunds()
                        .listRefunds(new RefundsApi.ListRefundsParams().status(RefundStatus.PENDING))
                        .getRefunds())
                .isEmpty();
    }

    @Test
    void aPaymentIntentIsRefundedAndTheRefundIsOnItsSession() throws Exception {
        CheckoutSession session = paid();

        Refund refund = sandbox.refunds()
                .createRefund(new RefundCreateRequest()
                        .refund(new RefundCreateParams()
                                .paymentIntentId(session.getPaymentIntent().getId())
                                .amount(1500L)
                                .reason(RefundReason.REQUESTED_BY_CUSTOMER)
                                .metadata(Map.of("ticket", "T-1"))))
                .getRefund();

        CheckoutSession after = sandbox.checkoutSessions()
                .retrieveCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();
        assertThat(refund.getReason()).isEqualTo(RefundReason.REQUESTED_BY_CUSTOMER);
        assertThat(refund.getItems())
                .singleElement()
                .satisfies(item -> assertThat(item.getPaymentMethodId()).isEqualTo(HOLDER_CARD));
        assertThat(after.getAmountRefunded()).isEqualTo(1500);
        assertThat(after.getRefunds()).extracting(Refund::getRefundId).containsExactly(refund.getRefundId());
    }

    @Test
    void anOverRefundOfAPaymentIntentIs422() throws Exception {
        CheckoutSession session = paid();

        assertThatThrownBy(() -> sandbox.refunds()
                        .createRefund(new RefundCreateRequest()
                                .refund(new RefundCreateParams()
                                        .paymentIntentId(
                                                session.getPaymentIntent().getId())
                                        .amount(7801L))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("refund_exceeds_amount_received");
                });
    }

    @Test
    void anUpdateChangesTheReasonAndMergesTheMetadata() throws Exception {
        Refund refund = refundByProduct(paid(), 500L).getRefunds().get(0);

        Refund updated = sandbox.refunds()
                .updateRefund(
                        refund.getRefundId(),
                        new RefundUpdateRequest()
                                .refund(new RefundUpdateParams()
                                        .reason(RefundReason.DUPLICATE)
                                        .metadata(Map.of("Source", "support"))))
                .getRefund();

        assertThat(updated.getReason()).isEqualTo(RefundReason.DUPLICATE);
        assertThat(updated.getMetadata()).containsEntry("OrderNo", "ORDER123").containsEntry("Source", "support");
        assertThat(updated.getAmount()).isEqualTo(500);
    }

    @Test
    void anUnknownRefundIs404() {
        assertThatThrownBy(() -> sandbox.refunds().retrieveRefund("fre_unknown"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.refunds()
                        .updateRefund("fre_unknown", new RefundUpdateRequest().refund(new RefundUpdateParams())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void aRepeatedRefundWithOneIdempotencyKeyRefundsOnce() throws Exception {
        CheckoutSession session = paid();
        RefundCreateRequest request = new RefundCreateRequest()
                .refund(new RefundCreateParams()
                        .paymentIntentId(session.getPaymentIntent().getId())
                        .amount(100L));
        RequestOptions once =
                RequestOptions.builder().idempotencyKey("refund-once").build();

        Refund first = sandbox.refunds().createRefund(request, once).getRefund();
        Refund again = sandbox.refunds().createRefund(request, once).getRefund();

        assertThat(again).isEqualTo(first);
        assertThat(sandbox.refunds().listRefunds().getRefunds()).hasSize(1);
    }
}

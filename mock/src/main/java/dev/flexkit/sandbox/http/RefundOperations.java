package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.RefundCreateParams;
import dev.flexkit.client.model.RefundCreateRequest;
import dev.flexkit.client.model.RefundEnvelope;
import dev.flexkit.client.model.RefundList;
import dev.flexkit.client.model.RefundStatus;
import dev.flexkit.client.model.RefundUpdateParams;
import dev.flexkit.client.model.RefundUpdateRequest;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Page;
import dev.flexkit.sandbox.domain.Refund;
import dev.flexkit.sandbox.domain.Refunds;
import java.util.Map;

/** The refund operations of the contract (Flex's Refunds resource). */
final class RefundOperations {

    /** Flex's List Refunds page: "the default is 20". */
    private static final int DEFAULT_LIMIT = 20;

    private RefundOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put("listRefunds", RefundOperations::list);
        operations.put("createRefund", RefundOperations::create);
        operations.put(
                "retrieveRefund",
                call -> envelope(call.dataset(), call.dataset().refunds().refund(call.path("refund_id"))));
        operations.put("updateRefund", RefundOperations::update);
    }

    // List Refunds declares cursors and a limit, no offset.
    private static Object list(ApiCall call) {
        Integer limit = call.queryInt("limit");
        Page page = new Page(
                call.query("starting_after"), call.query("ending_before"), 0, limit == null ? DEFAULT_LIMIT : limit);
        Refunds.Filter filter = new Refunds.Filter(
                call.query("status", RefundStatus::fromValue),
                call.query("payment_intent"),
                call.query("checkout_session"));
        return new RefundList()
                .refunds(call.dataset().refunds().list(filter, page).stream()
                        .map(refund -> view(call.dataset(), refund))
                        .toList());
    }

    private static Object create(ApiCall call) {
        RefundCreateParams params = call.body(RefundCreateRequest.class).getRefund();
        return envelope(
                call.dataset(),
                call.dataset()
                        .refunds()
                        .create(new Refunds.PaymentRefund(
                                params.getPaymentIntentId(),
                                params.getAmount(),
                                params.getReason(),
                                params.getMetadata())));
    }

    private static Object update(ApiCall call) {
        RefundUpdateParams params = call.body(RefundUpdateRequest.class).getRefund();
        return envelope(
                call.dataset(),
                call.dataset().refunds().update(call.path("refund_id"), params.getReason(), params.getMetadata()));
    }

    private static RefundEnvelope envelope(Dataset dataset, Refund refund) {
        return new RefundEnvelope().refund(view(dataset, refund));
    }

    private static dev.flexkit.client.model.Refund view(Dataset dataset, Refund refund) {
        return Views.refund(
                refund,
                dataset.checkouts().paymentIntent(refund.paymentIntentId()).paymentMethodId());
    }
}

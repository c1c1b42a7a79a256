package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.Allocation;
import dev.flexkit.client.model.AllocationList;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CheckoutSessionList;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundAllocationParams;
import dev.flexkit.client.model.CheckoutSessionRefundAllocationRequest;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.CustomerDefaults;
import dev.flexkit.client.model.FeeParams;
import dev.flexkit.client.model.LineItemList;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.sandbox.domain.CheckoutSession;
import dev.flexkit.sandbox.domain.CheckoutSessionFilter;
import dev.flexkit.sandbox.domain.Confirmations;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.http.CheckoutSessionView.Expansions;
import java.util.List;
import java.util.Map;

/** The checkout session operations of the contract. */
final class CheckoutSessionOperations {

    private CheckoutSessionOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put("createCheckoutSession", CheckoutSessionOperations::create);
        operations.put("listCheckoutSessions", CheckoutSessionOperations::list);
        operations.put(
                "retrieveCheckoutSession",
                call -> envelope(call, call.dataset().checkouts().session(call.path("id")), Expansions.of(call)));
        // Flex's page names no paging parameters: every line item, in the order given.
        operations.put(
                "listCheckoutSessionLineItems",
                call -> new LineItemList()
                        .lineItems(call.dataset().checkouts().lineItems(call.path("id")).stream()
                                .map(Views::lineItem)
                                .toList()));
        operations.put(
                "reauthCheckoutSession",
                call -> envelope(call, call.dataset().checkouts().reauth(call.path("id")), Expansions.NONE));
        operations.put(
                "cancelCheckoutSession",
                call -> envelope(call, call.dataset().checkouts().cancel(call.path("id")), Expansions.NONE));
        operations.put(
                "refundCheckoutSession",
                call -> envelope(
                        call,
                        call.dataset()
                                .refunds()
                                .refundSession(
                                        call.path("id"),
                                        refund(call.body(CheckoutSessionRefundRequest.class)
                                                .getCheckoutSession())),
                        Expansions.NONE));
        operations.put(
                "previewCheckoutSessionRefundAllocation",
                call -> allocations(call.dataset()
                        .refunds()
                        .preview(
                                call.path("id"),
                                refund(call.body(CheckoutSessionRefundAllocationRequest.class)
                                        .getCheckoutSession()))));
        operations.put(
                "captureCheckoutSession",
                call -> envelope(
                        call,
                        call.dataset()
                                .captures()
                                .capture(
                                        call.path("id"),
                                        capture(call.body(CheckoutSessionCaptureRequest.class)
                                                .getCheckoutSession())),
                        Expansions.NONE));
        operations.put(
                "previewCheckoutSessionCaptureAllocation",
                call -> allocations(call.dataset()
                        .captures()
                        .preview(
                                call.path("id"),
                                capture(call.body(CheckoutSessionCaptureRequest.class)
                                        .getCheckoutSession()))));
        operations.put("confirmCheckoutSession", CheckoutSessionOperations::confirm);
    }

    // Flex answers Confirm with the payment intent expanded, or null when the eligible portion was too small to charge.
    private static Object confirm(ApiCall call) {
        Confirmations.Confirmation confirmation =
                call.dataset().confirmations().confirm(call.path("id"), call.hasHeader("Idempotency-Key"));
        CheckoutSessionEnvelope envelope = envelope(call, confirmation.session(), new Expansions(false, true));
        if (!confirmation.charged()) {
            envelope.getCheckoutSession().setPaymentIntent(null);
        }
        return envelope;
    }

    private static Object create(ApiCall call) {
        CheckoutSessionCreateParams params =
                call.body(CheckoutSessionCreateRequest.class).getCheckoutSession();
        CheckoutSessionMode mode = params.getMode() == null ? CheckoutSessionMode.PAYMENT : params.getMode();
        Drafts.CheckoutDraft draft = new Drafts.CheckoutDraft(
                mode,
                params.getLineItems() == null
                        ? List.of()
                        : params.getLineItems().stream()
                                .map(CheckoutSessionOperations::line)
                                .toList(),
                params.getCustomer(),
                params.getPaymentMethod(),
                params.getSetupFutureUse() == SetupFutureUse.OFF_SESSION,
                params.getCaptureMethod(),
                new CheckoutSession.Links(
                        params.getSuccessUrl(),
                        params.getCancelUrl(),
                        params.getClientReferenceId(),
                        call.hostedPageOrigin()),
                defaults(params.getDefaults()),
                params.getMetadata(),
                Boolean.TRUE.equals(params.getAllowPromotionCodes()),
                params.getDiscounts() == null
                        ? List.of()
                        : params.getDiscounts().stream()
                                .map(d -> new Drafts.DiscountDraft(
                                        d.getCouponId(),
                                        d.getCouponData() == null
                                                ? null
                                                : d.getCouponData().getAmountOff(),
                                        d.getCouponData() == null
                                                        || d.getCouponData().getAppliesTo() == null
                                                ? null
                                                : d.getCouponData()
                                                        .getAppliesTo()
                                                        .getPrices()))
                                .toList(),
                params.getShippingOptions() == null
                        ? null
                        : new Drafts.ShippingDraft(
                                params.getShippingOptions().getShippingRateId(),
                                params.getShippingOptions().getShippingRateData() == null
                                        ? null
                                        : params.getShippingOptions()
                                                .getShippingRateData()
                                                .getDisplayName(),
                                params.getShippingOptions().getShippingRateData() == null
                                        ? null
                                        : params.getShippingOptions()
                                                .getShippingRateData()
                                                .getAmount()),
                params.getTaxRate() == null ? null : params.getTaxRate().getAmount(),
                params.getFees() == null
                        ? List.of()
                        : params.getFees().stream()
                                .map(CheckoutSessionOperations::fee)
                                .toList());
        return envelope(call, call.dataset().checkouts().create(draft), Expansions.NONE);
    }

    private static Drafts.LineDraft line(LineItemParams item) {
        Drafts.InlinePrice inline = item.getPriceData() == null
                ? null
                : new Drafts.InlinePrice(
                        item.getPriceData().getProduct(),
                        item.getPriceData().getUnitAmount(),
                        CatalogOperations.recurring(item.getPriceData().getRecurring()));
        // Flex's pages send a quantity with every price; a line without one is one item (inferred).
        return new Drafts.LineDraft(
                item.getPrice(), inline, item.getProduct(), item.getQuantity() == null ? 1 : item.getQuantity());
    }

    private static Drafts.Fee fee(FeeParams fee) {
        return new Drafts.Fee(
                fee.getAmount(),
                fee.getFeeType() == null ? null : fee.getFeeType().getValue(),
                fee.getName(),
                fee.getDescription());
    }

    private static CheckoutSession.CustomerDefaults defaults(CustomerDefaults defaults) {
        return defaults == null
                ? null
                : new CheckoutSession.CustomerDefaults(
                        defaults.getCustomerId(),
                        defaults.getEmail(),
                        defaults.getFirstName(),
                        defaults.getLastName(),
                        defaults.getPhone());
    }

    private static Object list(ApiCall call) {
        CheckoutSessionFilter filter = new CheckoutSessionFilter(
                call.query("status", CheckoutSessionStatus::fromValue),
                call.query("customer"),
                call.query("email"),
                call.query("payment_intent"),
                call.query("client_reference_id"),
                call.query("subscription"),
                call.queryInt("interval"),
                call.queryInstant("created_after"),
                call.queryInstant("created_on_or_after"),
                call.queryInstant("created_before"),
                call.queryInstant("created_on_or_before"));
        Expansions expand = Expansions.of(call);
        return new CheckoutSessionList()
                .checkoutSessions(call.dataset().checkouts().list(filter, call.page()).stream()
                        .map(session -> CheckoutSessionView.of(session, call.dataset(), expand))
                        .toList());
    }

    private static Drafts.RefundDraft refund(CheckoutSessionRefundParams params) {
        return new Drafts.RefundDraft(
                params.getAmount(),
                refundLines(params.getLineItems()),
                params.getAmountTax(),
                params.getAmountShipping(),
                params.getAmountDiscount(),
                params.getRefundMetadata());
    }

    // A preview names no total amount; its payment_methods split is not simulated (one card per session).
    private static Drafts.RefundDraft refund(CheckoutSessionRefundAllocationParams params) {
        return new Drafts.RefundDraft(
                null,
                refundLines(params.getLineItems()),
                params.getAmountTax(),
                params.getAmountShipping(),
                params.getAmountDiscount(),
                params.getRefundMetadata());
    }

    private static List<Drafts.RefundLine> refundLines(List<dev.flexkit.client.model.RefundLineItemParams> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .map(line ->
                                new Drafts.RefundLine(line.getProduct(), line.getPrice(), line.getAmountToRefund()))
                        .toList();
    }

    private static Drafts.CaptureDraft capture(CheckoutSessionCaptureParams params) {
        return new Drafts.CaptureDraft(
                params.getLineItems() == null
                        ? List.of()
                        : params.getLineItems().stream()
                                .map(line -> new Drafts.CaptureLine(line.getProduct(), line.getAmountToCapture()))
                                .toList(),
                params.getAmountTax(),
                params.getAmountShipping(),
                params.getAmountDiscount(),
                params.getFinalCapture(),
                params.getCaptureMetadata());
    }

    static AllocationList allocations(dev.flexkit.sandbox.domain.Allocation allocation) {
        return new AllocationList()
                .allocations(List.of(new Allocation()
                        .paymentMethodId(allocation.paymentMethodId())
                        .last4(allocation.last4())
                        .amount(allocation.amount())));
    }

    private static CheckoutSessionEnvelope envelope(ApiCall call, CheckoutSession session, Expansions expand) {
        return new CheckoutSessionEnvelope().checkoutSession(CheckoutSessionView.of(session, call.dataset(), expand));
    }
}

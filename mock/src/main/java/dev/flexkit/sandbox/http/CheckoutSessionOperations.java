package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionEnvelope;
import dev.flexkit.client.model.CheckoutSessionList;
import dev.flexkit.client.model.CheckoutSessionMode;
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
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.Price;
import dev.flexkit.sandbox.http.CheckoutSessionView.Expansions;
import java.util.List;
import java.util.Map;

/** The checkout session operations of the contract. */
final class CheckoutSessionOperations {

    private CheckoutSessionOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put("createCheckoutSession", CheckoutSessionOperations::create);
        operations.put("listCheckoutSessions", CheckoutSessionOperations::list);
        operations.put("retrieveCheckoutSession", call -> envelope(call,
                call.dataset().checkouts().session(call.path("id")), Expansions.of(call)));
        operations.put("listCheckoutSessionLineItems", call -> new LineItemList().lineItems(
                call.dataset().checkouts().lineItems(call.path("id"), call.page()).stream().map(Views::lineItem).toList()));
        operations.put("reauthCheckoutSession", call -> envelope(call,
                call.dataset().checkouts().reauth(call.path("id")), Expansions.NONE));
        operations.put("cancelCheckoutSession", call -> envelope(call,
                call.dataset().checkouts().cancel(call.path("id")), Expansions.NONE));
        operations.put("refundCheckoutSession", CheckoutSessionOperations::refund);
    }

    private static Object create(ApiCall call) {
        CheckoutSessionCreateParams params = call.body(CheckoutSessionCreateRequest.class).getCheckoutSession();
        CheckoutSessionMode mode = params.getMode() == null ? CheckoutSessionMode.PAYMENT : params.getMode();
        Drafts.CheckoutDraft draft = new Drafts.CheckoutDraft(
                mode,
                params.getLineItems().stream().map(CheckoutSessionOperations::line).toList(),
                params.getCustomer(),
                params.getPaymentMethod(),
                params.getSetupFutureUse() == SetupFutureUse.OFF_SESSION,
                params.getCaptureMethod(),
                new CheckoutSession.Links(params.getSuccessUrl(), params.getCancelUrl(), params.getClientReferenceId()),
                defaults(params.getDefaults()),
                params.getMetadata(),
                Boolean.TRUE.equals(params.getAllowPromotionCodes()),
                params.getDiscounts() == null ? List.of() : params.getDiscounts().stream()
                        .map(d -> new Drafts.DiscountDraft(d.getCouponId(),
                                d.getCouponData() == null ? null : d.getCouponData().getAmountOff(),
                                d.getCouponData() == null || d.getCouponData().getAppliesTo() == null ? null
                                        : d.getCouponData().getAppliesTo().getPrices()))
                        .toList(),
                params.getShippingOptions() == null ? null : new Drafts.ShippingDraft(
                        params.getShippingOptions().getShippingRateId(),
                        params.getShippingOptions().getShippingRateData() == null ? null
                                : params.getShippingOptions().getShippingRateData().getDisplayName(),
                        params.getShippingOptions().getShippingRateData() == null ? null
                                : params.getShippingOptions().getShippingRateData().getAmount()),
                params.getTaxRate() == null ? null : params.getTaxRate().getAmount(),
                params.getFees() == null ? List.of() : params.getFees().stream().map(FeeParams::getAmount).toList());
        return envelope(call, call.dataset().checkouts().create(draft), Expansions.NONE);
    }

    private static Drafts.LineDraft line(LineItemParams item) {
        Drafts.InlinePrice inline = item.getPriceData() == null ? null : new Drafts.InlinePrice(
                item.getPriceData().getProduct(), item.getPriceData().getUnitAmount(),
                item.getPriceData().getRecurring() == null ? null : new Price.Recurring(
                        item.getPriceData().getRecurring().getInterval(),
                        item.getPriceData().getRecurring().getIntervalCount() == null ? 1
                                : item.getPriceData().getRecurring().getIntervalCount()));
        return new Drafts.LineDraft(item.getPrice(), inline, item.getQuantity());
    }

    private static CheckoutSession.CustomerDefaults defaults(CustomerDefaults defaults) {
        return defaults == null ? null : new CheckoutSession.CustomerDefaults(defaults.getCustomerId(), defaults.getEmail(),
                defaults.getFirstName(), defaults.getLastName(), defaults.getPhone());
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
        return new CheckoutSessionList().checkoutSessions(call.dataset().checkouts().list(filter, call.page()).stream()
                .map(session -> CheckoutSessionView.of(session, call.dataset(), expand))
                .toList());
    }

    private static Object refund(ApiCall call) {
        CheckoutSessionRefundParams params = call.body(CheckoutSessionRefundRequest.class).getCheckoutSession();
        Drafts.RefundDraft draft = new Drafts.RefundDraft(params.getAmount(),
                params.getLineItems() == null ? List.of() : params.getLineItems().stream()
                        .map(line -> new Drafts.RefundLine(line.getPrice(), line.getAmountToRefund()))
                        .toList(),
                params.getRefundMetadata());
        return envelope(call, call.dataset().checkouts().refund(call.path("id"), draft), Expansions.NONE);
    }

    private static CheckoutSessionEnvelope envelope(ApiCall call, CheckoutSession session, Expansions expand) {
        return new CheckoutSessionEnvelope().checkoutSession(CheckoutSessionView.of(session, call.dataset(), expand));
    }
}

package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.SubscriptionCancelParams;
import dev.flexkit.client.model.SubscriptionEnvelope;
import dev.flexkit.client.model.SubscriptionList;
import dev.flexkit.client.model.SubscriptionStatus;
import dev.flexkit.client.model.SubscriptionUpdateParams;
import dev.flexkit.client.model.SubscriptionUpdateRequest;
import dev.flexkit.sandbox.domain.Subscription;
import dev.flexkit.sandbox.domain.Subscriptions;
import java.util.Map;

/** The subscription operations of the contract (List, Get, Update and Cancel Subscription). */
final class SubscriptionOperations {

    private SubscriptionOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put(
                "listSubscriptions",
                call -> new SubscriptionList()
                        .subscriptions(call
                                .dataset()
                                .subscriptions()
                                .list(
                                        call.query("customer"),
                                        call.query("status", SubscriptionStatus::fromValue),
                                        call.page())
                                .stream()
                                .map(s -> BillingViews.subscription(s, call.dataset(), call.expands("customer")))
                                .toList()));
        operations.put(
                "retrieveSubscription",
                call -> envelope(call, call.dataset().subscriptions().subscription(call.path("id"))));
        operations.put("updateSubscription", SubscriptionOperations::update);
        operations.put("cancelSubscription", SubscriptionOperations::cancel);
    }

    private static Object update(ApiCall call) {
        SubscriptionUpdateParams p = call.body(SubscriptionUpdateRequest.class).getSubscription();
        return envelope(
                call,
                call.dataset()
                        .subscriptions()
                        .update(
                                call.path("id"),
                                new Subscriptions.Changes(
                                        p.getCancelAtPeriodEnd(),
                                        p.getCancelAt() == null
                                                ? null
                                                : p.getCancelAt().toInstant(),
                                        p.getMetadata(),
                                        p.getProrationBehavior(),
                                        p.getItems_JsonNullable().isPresent(),
                                        p.getCoupon_JsonNullable().isPresent(),
                                        p.getTrialEnd_JsonNullable().isPresent())));
    }

    // The body is optional: without one, the subscription is canceled now (the newer generation of Flex's page).
    private static Object cancel(ApiCall call) {
        SubscriptionCancelParams p =
                call.hasBody() ? call.body(SubscriptionCancelParams.class) : new SubscriptionCancelParams();
        return envelope(
                call,
                call.dataset()
                        .subscriptions()
                        .cancel(
                                call.path("id"),
                                Boolean.TRUE.equals(p.getCancelAtPeriodEnd()),
                                p.getRefund(),
                                p.getRefundAmount()));
    }

    private static SubscriptionEnvelope envelope(ApiCall call, Subscription subscription) {
        return new SubscriptionEnvelope()
                .subscription(BillingViews.subscription(subscription, call.dataset(), call.expands("customer")));
    }
}

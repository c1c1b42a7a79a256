package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.PendingRenewalFailure;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Subscription;
import dev.flexkit.sandbox.http.JsonResponses;

/** {@code POST /__admin/flex/subscriptions/{id}/fail_next_renewal}: the card declines the next renewal. */
final class FailNextRenewalTask extends ControlTask {

    FailNextRenewalTask(Datasets datasets) {
        super(datasets);
    }

    @Override
    ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
        Subscription subscription = dataset.subscriptions().failNextRenewal(pathParams.get("id"));
        return JsonResponses.json(
                200,
                new PendingRenewalFailure()
                        .subscriptionId(subscription.id())
                        .failNextRenewal(subscription.failNextRenewal()));
    }
}

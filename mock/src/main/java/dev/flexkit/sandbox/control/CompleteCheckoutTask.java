package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.CompletedCheckout;
import dev.flexkit.sandbox.client.model.HostedCheckoutCompletion;
import dev.flexkit.sandbox.client.model.HostedCheckoutCustomer;
import dev.flexkit.sandbox.domain.Checkouts;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.http.JsonResponses;

/** {@code POST /__admin/flex/checkout/sessions/{id}/complete}: the customer completes the hosted checkout. */
final class CompleteCheckoutTask extends ControlTask {

    CompleteCheckoutTask(Datasets datasets) {
        super(datasets);
    }

    @Override
    ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
        HostedCheckoutCompletion completion = body(request, HostedCheckoutCompletion.class);
        HostedCheckoutCustomer who = completion.getCustomer();
        boolean approved = completion.getConsultation() == HostedCheckoutCompletion.ConsultationEnum.APPROVED;
        Checkouts.Completion done = dataset.checkouts()
                .complete(
                        pathParams.get("id"),
                        approved,
                        who == null
                                ? null
                                : new Drafts.HostedCustomer(
                                        who.getEmail(), who.getFirstName(), who.getLastName(), who.getPhone()),
                        completion.getCardNumber());
        return JsonResponses.json(
                200,
                new CompletedCheckout()
                        .checkoutSessionId(done.session().id())
                        .status(done.session().status().getValue())
                        .consultation(
                                approved
                                        ? CompletedCheckout.ConsultationEnum.APPROVED
                                        : CompletedCheckout.ConsultationEnum.DENIED)
                        .customerId(done.customer().id())
                        .paymentMethodId(
                                done.paymentMethod() == null
                                        ? null
                                        : done.paymentMethod().id())
                        .letters(done.lettersGranted().stream()
                                .map(Letters::view)
                                .toList())
                        .subscriptionId(
                                done.subscription() == null
                                        ? null
                                        : done.subscription().id())
                        .setupIntentId(
                                done.setupIntent() == null
                                        ? null
                                        : done.setupIntent().id())
                        .consultationId(
                                done.consultation() == null
                                        ? null
                                        : done.consultation().id()));
    }
}

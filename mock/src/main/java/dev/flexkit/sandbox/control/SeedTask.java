package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.SeedDocument;
import dev.flexkit.sandbox.client.model.SeedResult;
import dev.flexkit.sandbox.client.model.SeededCustomer;
import dev.flexkit.sandbox.domain.Control;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.PaymentMethod;
import dev.flexkit.sandbox.domain.Price;
import dev.flexkit.sandbox.domain.Product;
import dev.flexkit.sandbox.http.JsonResponses;

/** {@code POST /__admin/flex/seed}: loads a seed document into the caller's dataset, all or nothing. */
final class SeedTask extends ControlTask {

    SeedTask(Datasets datasets) {
        super(datasets);
    }

    @Override
    ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
        Control.SeedResult result = dataset.control().seed(SeedDocuments.toDomain(body(request, SeedDocument.class)));
        return JsonResponses.json(
                200,
                new SeedResult()
                        .products(result.products().stream().map(Product::id).toList())
                        .prices(result.prices().stream().map(Price::id).toList())
                        .customers(result.customers().stream()
                                .map(c -> new SeededCustomer()
                                        .customerId(c.customer().id())
                                        .email(c.customer().email())
                                        .paymentMethods(c.paymentMethods().stream()
                                                .map(PaymentMethod::id)
                                                .toList())
                                        .letters(c.letters().stream()
                                                .map(Letters::view)
                                                .toList()))
                                .toList()));
    }
}

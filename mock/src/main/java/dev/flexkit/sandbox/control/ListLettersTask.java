package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.LetterList;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.http.JsonResponses;

/** {@code GET /__admin/flex/customers/{id}/letters}: every letter a customer holds. */
final class ListLettersTask extends ControlTask {

    ListLettersTask(Datasets datasets) {
        super(datasets);
    }

    @Override
    ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
        return JsonResponses.json(
                200,
                new LetterList()
                        .letters(dataset.customers().letters(pathParams.get("id")).stream()
                                .map(Letters::view)
                                .toList()));
    }
}

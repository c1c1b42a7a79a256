package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.http.JsonResponses;

/** {@code POST /__admin/flex/reset}: empties the caller's dataset. */
final class ResetTask extends ControlTask {

    ResetTask(Datasets datasets) {
        super(datasets);
    }

    @Override
    ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
        dataset.control().reset();
        return JsonResponses.noContent();
    }
}

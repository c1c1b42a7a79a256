package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.flexkit.contract.ContractValidator;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.http.RequestBodies;
import dev.flexkit.sandbox.http.RequestPipeline;

/**
 * One operation of the control API. WireMock finds an admin route's path template by the class of its task,
 * so each operation is a class of its own.
 */
abstract class ControlTask implements AdminTask {

    private static final RequestPipeline PIPELINE =
            new RequestPipeline(ContractValidator::forSandboxControl, "/__admin");

    private final Datasets datasets;

    ControlTask(Datasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public final ResponseDefinition execute(Admin admin, ServeEvent serveEvent, PathParams pathParams) {
        Request request = serveEvent.getRequest();
        return PIPELINE.serve(request, apiKey -> run(datasets.forKey(apiKey), request, pathParams));
    }

    /** Runs the operation on the caller's dataset, the request having passed the key and contract checks. */
    abstract ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams);

    static <T> T body(Request request, Class<T> type) {
        return RequestBodies.read(request, type);
    }
}

package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.FaultKind;
import dev.flexkit.sandbox.client.model.FaultList;
import dev.flexkit.sandbox.client.model.FaultRequest;
import dev.flexkit.sandbox.client.model.PendingFault;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Faults;
import dev.flexkit.sandbox.http.JsonResponses;
import java.util.List;
import java.util.Locale;

/** {@code POST}, {@code GET} and {@code DELETE /__admin/flex/faults}: the faults the caller's next requests meet. */
final class FaultTasks {

    private FaultTasks() {}

    static final class Add extends ControlTask {

        Add(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            FaultRequest fault = body(request, FaultRequest.class);
            return list(dataset.faults()
                    .add(
                            Faults.Kind.valueOf(fault.getFault().getValue().toUpperCase(Locale.ROOT)),
                            orDefault(fault.getCount(), 1),
                            fault.getOperation(),
                            orDefault(fault.getRetryAfter(), 1),
                            orDefault(fault.getDelayMs(), 1000)));
        }
    }

    static final class Read extends ControlTask {

        Read(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            return list(dataset.faults().list());
        }
    }

    static final class Clear extends ControlTask {

        Clear(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            dataset.faults().clear();
            return JsonResponses.noContent();
        }
    }

    private static ResponseDefinition list(List<Faults.Pending> pending) {
        FaultList list = new FaultList().faults(new java.util.ArrayList<>());
        for (Faults.Pending fault : pending) {
            list.addFaultsItem(new PendingFault()
                    .fault(FaultKind.fromValue(fault.kind().name().toLowerCase(Locale.ROOT)))
                    .remaining(fault.remaining())
                    .operation(fault.operation())
                    .retryAfter(fault.kind() == Faults.Kind.RATE_LIMITED ? fault.retryAfterSeconds() : null)
                    .delayMs(fault.kind() == Faults.Kind.DELAY ? fault.delayMillis() : null));
        }
        return JsonResponses.json(200, list);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}

package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.Clock;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.client.model.Renewal;
import dev.flexkit.sandbox.domain.Control;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import dev.flexkit.sandbox.domain.Subscriptions;
import dev.flexkit.sandbox.http.JsonResponses;
import java.time.Instant;
import java.time.ZoneOffset;

/** {@code GET} and {@code POST /__admin/flex/clock}: read, set or advance the caller's clock. */
final class ClockTasks {

    private ClockTasks() {}

    static final class Read extends ControlTask {

        Read(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            return clock(dataset.control().now());
        }
    }

    static final class Change extends ControlTask {

        Change(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            ClockChange change = body(request, ClockChange.class);
            if ((change.getNow() == null) == (change.getAdvance() == null)) {
                throw new RuleViolationException(
                        Problem.of("invalid_clock_change", "give exactly one of now and advance", "body"));
            }
            Control.ClockMove move = change.getNow() != null
                    ? dataset.control().moveClock(change.getNow().toInstant())
                    : dataset.control().moveClockBy(change.getAdvance());
            return JsonResponses.json(
                    200,
                    new Clock()
                            .now(move.now().atOffset(ZoneOffset.UTC))
                            .renewals(move.renewals().stream()
                                    .map(ClockTasks::renewal)
                                    .toList()));
        }
    }

    private static Renewal renewal(Subscriptions.Renewal r) {
        return new Renewal()
                .subscriptionId(r.subscriptionId())
                .at(r.at().atOffset(ZoneOffset.UTC))
                .outcome(Renewal.OutcomeEnum.fromValue(r.outcome().name().toLowerCase(java.util.Locale.ROOT)))
                .invoiceId(r.invoiceId())
                .paymentIntentId(r.paymentIntentId())
                .error(r.problems().isEmpty() ? null : JsonResponses.body(r.problems()));
    }

    private static ResponseDefinition clock(Instant now) {
        return JsonResponses.json(200, new Clock().now(now.atOffset(ZoneOffset.UTC)));
    }
}

package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.flexkit.sandbox.client.model.WebhookAttempt;
import dev.flexkit.sandbox.client.model.WebhookDeliveryList;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.domain.WebhookDelivery;
import dev.flexkit.sandbox.domain.WebhookSettings;
import dev.flexkit.sandbox.http.JsonResponses;
import dev.flexkit.sandbox.webhooks.WebhookDispatcher;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;

/** The control API's view of a key's webhook deliveries: list them, deliver one again, set the retry schedule. */
final class WebhookTasks {

    private WebhookTasks() {}

    /** {@code GET /__admin/flex/webhooks/deliveries}. */
    static final class ListDeliveries extends ControlTask {

        ListDeliveries(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            return JsonResponses.json(
                    200,
                    new WebhookDeliveryList()
                            .deliveries(
                                    dataset
                                            .deliveries()
                                            .list(query(request, "event"), query(request, "webhook"))
                                            .stream()
                                            .map(WebhookTasks::view)
                                            .toList()));
        }
    }

    /** {@code POST /__admin/flex/webhooks/deliveries/{id}/redeliver}. */
    static final class Redeliver extends ControlTask {

        private final WebhookDispatcher webhooks;

        Redeliver(Datasets datasets, WebhookDispatcher webhooks) {
            super(datasets);
            this.webhooks = webhooks;
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            return JsonResponses.json(200, view(webhooks.redeliver(dataset, pathParams.get("id"))));
        }
    }

    /** {@code GET /__admin/flex/webhooks/settings}. */
    static final class ReadSettings extends ControlTask {

        ReadSettings(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            return JsonResponses.json(200, view(dataset.deliveries().settings()));
        }
    }

    /** {@code POST /__admin/flex/webhooks/settings}. */
    static final class ChangeSettings extends ControlTask {

        ChangeSettings(Datasets datasets) {
            super(datasets);
        }

        @Override
        ResponseDefinition run(Dataset dataset, Request request, PathParams pathParams) {
            dev.flexkit.sandbox.client.model.WebhookSettings body =
                    body(request, dev.flexkit.sandbox.client.model.WebhookSettings.class);
            WebhookSettings settings = new WebhookSettings(
                    body.getRetryDelaysMs().stream().map(Duration::ofMillis).toList(),
                    Duration.ofMillis(body.getTimeoutMs()));
            dataset.deliveries().settings(settings);
            return JsonResponses.json(200, view(settings));
        }
    }

    private static String query(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static dev.flexkit.sandbox.client.model.WebhookDelivery view(WebhookDelivery delivery) {
        return new dev.flexkit.sandbox.client.model.WebhookDelivery()
                .deliveryId(delivery.id())
                .eventId(delivery.event().id())
                .eventType(delivery.event().type())
                .webhookId(delivery.endpoint().id())
                .url(delivery.endpoint().url())
                .status(dev.flexkit.sandbox.client.model.WebhookDelivery.StatusEnum.fromValue(
                        delivery.status().name().toLowerCase(Locale.ROOT)))
                .attempts(delivery.attempts().stream()
                        .map(attempt -> new WebhookAttempt()
                                .attemptedAt(attempt.at().atOffset(ZoneOffset.UTC))
                                .statusCode(attempt.statusCode())
                                .error(attempt.error()))
                        .toList());
    }

    private static dev.flexkit.sandbox.client.model.WebhookSettings view(WebhookSettings settings) {
        return new dev.flexkit.sandbox.client.model.WebhookSettings()
                .retryDelaysMs(
                        settings.retryDelays().stream().map(Duration::toMillis).toList())
                .timeoutMs(settings.timeout().toMillis());
    }
}

package dev.flexkit.sandbox.control;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.flexkit.sandbox.domain.Datasets;
import dev.flexkit.sandbox.webhooks.WebhookDispatcher;

/**
 * The sandbox's control API ({@code openapi/sandbox-control.yaml}), on WireMock's admin API under
 * {@code /__admin/flex/}. Every call is scoped to the API key of its {@code Authorization} header, like the
 * Flex API, so any language can drive the sandbox over HTTP.
 */
public final class ControlApi implements AdminApiExtension {

    private final Datasets datasets;
    private final WebhookDispatcher webhooks;

    public ControlApi(Datasets datasets, WebhookDispatcher webhooks) {
        this.datasets = datasets;
        this.webhooks = webhooks;
    }

    @Override
    public String getName() {
        return "flex-sandbox-control";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/flex/reset", new ResetTask(datasets));
        router.add(RequestMethod.POST, "/flex/seed", new SeedTask(datasets));
        router.add(RequestMethod.GET, "/flex/clock", new ClockTasks.Read(datasets));
        router.add(RequestMethod.POST, "/flex/clock", new ClockTasks.Change(datasets));
        router.add(RequestMethod.POST, "/flex/checkout/sessions/{id}/complete", new CompleteCheckoutTask(datasets));
        router.add(RequestMethod.POST, "/flex/subscriptions/{id}/fail_next_renewal", new FailNextRenewalTask(datasets));
        router.add(RequestMethod.GET, "/flex/customers/{id}/letters", new ListLettersTask(datasets));
        router.add(RequestMethod.POST, "/flex/faults", new FaultTasks.Add(datasets));
        router.add(RequestMethod.GET, "/flex/faults", new FaultTasks.Read(datasets));
        router.add(RequestMethod.DELETE, "/flex/faults", new FaultTasks.Clear(datasets));
        router.add(RequestMethod.GET, "/flex/webhooks/deliveries", new WebhookTasks.ListDeliveries(datasets));
        router.add(
                RequestMethod.POST,
                "/flex/webhooks/deliveries/{id}/redeliver",
                new WebhookTasks.Redeliver(datasets, webhooks));
        router.add(RequestMethod.GET, "/flex/webhooks/settings", new WebhookTasks.ReadSettings(datasets));
        router.add(RequestMethod.POST, "/flex/webhooks/settings", new WebhookTasks.ChangeSettings(datasets));
    }
}

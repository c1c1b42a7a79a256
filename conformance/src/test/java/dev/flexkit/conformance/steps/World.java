package dev.flexkit.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flexkit.client.ApiClient;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CapturesApi;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.CustomersApi;
import dev.flexkit.client.api.EventsApi;
import dev.flexkit.client.api.InvoicesApi;
import dev.flexkit.client.api.PricesApi;
import dev.flexkit.client.api.ProductsApi;
import dev.flexkit.client.api.RefundsApi;
import dev.flexkit.client.api.SubscriptionsApi;
import dev.flexkit.client.api.WebhooksApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.conformance.target.Fixtures.CustomerRole;
import dev.flexkit.conformance.target.FlexHttp;
import dev.flexkit.conformance.target.Target;
import dev.flexkit.conformance.target.Targets;
import dev.flexkit.contract.http.RawRequests;
import dev.flexkit.sandbox.client.api.SandboxApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * What the steps of one scenario share (Cucumber gives each scenario a new one): the target, the scenario's
 * key and clients, the roles it names, and the outcome of the last thing the merchant did.
 */
public final class World {

    // The generated client's mapper, from a client on the suite's one HttpClient (nothing is opened for it).
    private static final ObjectMapper JSON = new ApiClient(FlexHttp.client()).getObjectMapper();

    private final Target target = Targets.current();
    private final String apiKey = target.apiKeyForScenario();
    private final ApiClient client =
            new ApiClient(FlexHttp.client()).setBasePath(target.baseUrl()).setBearerToken(apiKey);
    private final Map<String, CustomerRole> customersMadeHere = new HashMap<>();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    /** The outcome of the last call: a checkout session, or a refusal. */
    private CheckoutSession session;

    private Refusal refusal;
    /** "that customer" and "that card": who last paid on the hosted page. */
    private CustomerRole payer;
    /** Preconditions the target could not show, each with why: a refusal proves nothing when one is false. */
    private final List<String> uncheckedPreconditions = new ArrayList<>();

    /** A refused request: its status and Flex's error body. */
    public record Refusal(int status, JsonNode body) {}

    /** A call of the generated client that may be refused. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws ApiException;
    }

    public CheckoutSessionsApi checkoutSessions() {
        return new CheckoutSessionsApi(client);
    }

    public RefundsApi refunds() {
        return new RefundsApi(client);
    }

    public CapturesApi captures() {
        return new CapturesApi(client);
    }

    public CustomersApi customers() {
        return new CustomersApi(client);
    }

    public ProductsApi products() {
        return new ProductsApi(client);
    }

    public PricesApi prices() {
        return new PricesApi(client);
    }

    public SubscriptionsApi subscriptions() {
        return new SubscriptionsApi(client);
    }

    public InvoicesApi invoices() {
        return new InvoicesApi(client);
    }

    public dev.flexkit.client.api.ShippingRatesApi shippingRates() {
        return new dev.flexkit.client.api.ShippingRatesApi(client);
    }

    public dev.flexkit.client.api.CouponsApi coupons() {
        return new dev.flexkit.client.api.CouponsApi(client);
    }

    public dev.flexkit.client.api.PromoCodesApi promoCodes() {
        return new dev.flexkit.client.api.PromoCodesApi(client);
    }

    public WebhooksApi webhooks() {
        return new WebhooksApi(client);
    }

    public EventsApi events() {
        return new EventsApi(client);
    }

    /** Reads a JSON body the way the generated client does. */
    public static JsonNode json(Object body) {
        return JSON.valueToTree(body);
    }

    public SandboxApi control() {
        if (!target.hasControlApi()) {
            throw new IllegalStateException(
                    "This step needs the sandbox's control API, which Flex does not have: tag the scenario @sandbox-only");
        }
        return new SandboxApi(new dev.flexkit.sandbox.client.ApiClient(FlexHttp.client())
                .setBasePath(target.baseUrl())
                .setBearerToken(apiKey));
    }

    public boolean onSandbox() {
        return target.hasControlApi();
    }

    /** @return an email no other run uses, for objects the scenario creates on a shared live account */
    public String uniqueEmail(String name) {
        return name.toLowerCase().replaceAll("[^a-z]+", ".") + "+" + runId + "@example.com";
    }

    public String priceOf(String productRole) {
        return target.fixtures().product(productRole).priceId();
    }

    public CustomerRole customer(String role) {
        CustomerRole made = customersMadeHere.get(role);
        return made != null ? made : target.fixtures().customer(role);
    }

    public void nameCustomer(String role, CustomerRole customer) {
        customersMadeHere.put(role, customer);
    }

    /** Runs a call and keeps its outcome: the session it returns, or its refusal. */
    public void attempt(Call<CheckoutSession> call) {
        session = null;
        refusal = null;
        try {
            session = call.run();
        } catch (ApiException e) {
            refusal = new Refusal(e.getCode(), parse(e.getResponseBody()));
        }
    }

    /** Runs a call that must go through: a refusal fails the step, with Flex's answer. */
    public <T> T attemptValue(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new AssertionError("Refused with " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /** A call of the control API's generated client. */
    @FunctionalInterface
    public interface ControlCall<T> {
        T run() throws dev.flexkit.sandbox.client.ApiException;
    }

    /** Runs a call of the control API that must go through. */
    public <T> T attemptControl(ControlCall<T> call) {
        try {
            return call.run();
        } catch (dev.flexkit.sandbox.client.ApiException e) {
            throw new AssertionError("The control API refused with " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /** Runs a call of the control API whose refusal (a declined card, say) is the outcome the scenario looks at. */
    public void attemptOnHostedPage(ControlCall<?> call) {
        refusal = null;
        try {
            call.run();
        } catch (dev.flexkit.sandbox.client.ApiException e) {
            refusal = new Refusal(e.getCode(), parse(e.getResponseBody()));
        }
    }

    /** Runs a call whose refusal is the outcome the scenario looks at. */
    public void attemptAnything(Call<?> call) {
        refusal = null;
        try {
            call.run();
        } catch (ApiException e) {
            refusal = new Refusal(e.getCode(), parse(e.getResponseBody()));
        }
    }

    public CheckoutSession session() {
        if (session == null) {
            throw new AssertionError(
                    refusal == null ? "No checkout session yet" : "The checkout was refused: " + refusal);
        }
        return session;
    }

    public void session(CheckoutSession current) {
        session = current;
    }

    public Refusal refusal() {
        if (refusal == null) {
            throw new AssertionError("The request was not refused"
                    + (session == null ? "" : "; the checkout is " + session.getStatus()));
        }
        return refusal;
    }

    public CustomerRole payer() {
        if (payer == null) {
            throw new AssertionError("No customer has completed a checkout in this scenario");
        }
        return payer;
    }

    public void payer(CustomerRole who) {
        payer = who;
    }

    /**
     * Sends what the typed client cannot: a malformed body, a missing or foreign key. The request is marked as
     * deliberately outside the contract; the response is still checked against it.
     *
     * @param authorization the Authorization header, or null for none; {@code "scenario"} for the scenario's key
     */
    public void sendRaw(String method, String path, String body, String authorization) {
        session = null;
        RawRequests.Response response = RawRequests.send(
                FlexHttp.client(),
                method,
                target.baseUrl() + path,
                body,
                "scenario".equals(authorization) ? "Bearer " + apiKey : authorization,
                true);
        refusal = new Refusal(response.status(), parse(response.body()));
    }

    /**
     * Notes a precondition the target cannot show (Flex's API does not show letters): a refusal could then come
     * from something else than the rule the scenario names.
     */
    public void preconditionNotChecked(String precondition) {
        uncheckedPreconditions.add(precondition);
    }

    /**
     * Called by a refusal step once the refusal is the expected one: with a precondition the target could not check,
     * the scenario is reported as skipped (not proven) with the reason, never as passed.
     */
    public void refusalProvesTheRule() {
        if (!uncheckedPreconditions.isEmpty()) {
            throw new TestAbortedException("Not proven on the " + target.name() + " target: the refusal came, but "
                    + String.join("; ", uncheckedPreconditions) + ", and the same refusal would come without it");
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}

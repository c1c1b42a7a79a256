package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flexkit.conformance.steps.World.Refusal;
import dev.flexkit.contract.DocumentedBodies;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Refusals: the documented errors, and requests the merchant gets wrong on purpose. */
public final class RefusalSteps {

    private final World world;

    public RefusalSteps(World world) {
        this.world = world;
    }

    @Then("the checkout is refused because a letter is required")
    @StepDoc(
            "422 with exactly Flex's documented body: loc [\"visit_type\"], msg \"A LoMN is required for this visit type\", type invalid_request_error.")
    public void letterRequired() {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.body().toString()).isEqualTo(DocumentedBodies.LOMN_REQUIRED);
        world.refusalProvesTheRule();
    }

    @Then("the checkout is refused because item {int} of the cart is not HSA\\/FSA eligible")
    @StepDoc(
            "422 naming that line item (counted from 1), and only it, as not HSA/FSA eligible: loc [\"line_items\", index from 0], type split_cart_not_allowed.")
    public void splitCart(int item) {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(details(refusal))
                .extracting(d -> d.get("loc").toString(), d -> d.get("type").asText())
                .as(refusal.body().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "[\"line_items\"," + (item - 1) + "]", "split_cart_not_allowed"));
        world.refusalProvesTheRule();
    }

    @Then("the checkout is refused because the {string} is required")
    @StepDoc("422 naming the missing field, and only it: loc [field], type <field>_required.")
    public void fieldRequired(String field) {
        refusedNaming(field, field + "_required");
    }

    @Then("the checkout is refused because the {string} and the {string} are required")
    @StepDoc("422 naming both missing fields, in that order: loc [field], type <field>_required each.")
    public void fieldsRequired(String first, String second) {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(details(refusal))
                .extracting(d -> d.get("loc").toString(), d -> d.get("type").asText())
                .as(refusal.body().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("[\"" + first + "\"]", first + "_required"),
                        org.assertj.core.groups.Tuple.tuple("[\"" + second + "\"]", second + "_required"));
        world.refusalProvesTheRule();
    }

    @Then("the checkout is refused because the payment method was not saved for off-session payments")
    @StepDoc(
            "422 naming the payment_method, and only it: type payment_method_not_off_session (the card was not saved with setup_future_use off_session).")
    public void notOffSession() {
        refusedNaming("payment_method", "payment_method_not_off_session");
    }

    @Then("the checkout is refused because the payment method is not found")
    @StepDoc(
            "422 naming the payment_method, and only it: type payment_method_not_found (it is not a payment method of that customer).")
    public void paymentMethodNotFound() {
        refusedNaming("payment_method", "payment_method_not_found");
    }

    @Then("the request is refused as {string}")
    @StepDoc("400 or 422 whose first error has that type, e.g. checkout_session_not_authorized.")
    public void refusedAs(String type) {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isIn(400, 422);
        assertThat(details(refusal).get(0).get("type").asText())
                .as(refusal.body().toString())
                .isEqualTo(type);
    }

    @Then("the request is refused as not found")
    @StepDoc(
            "404 with exactly Flex's body for an unknown id, {\"detail\":\"not_found\"} (a route Flex does not have answers \"Not Found\").")
    public void notFound() {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(404);
        assertThat(refusal.body().toString()).isEqualTo(DocumentedBodies.NOT_FOUND);
    }

    @Then("the request is refused as invalid, pointing at the {string}")
    @StepDoc(
            "422 with an error whose loc is the given path, written with commas: \"body, checkout_session, line_items\".")
    public void invalid(String path) {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(422);
        ArrayNode loc = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(path.split(",\\s*")).forEach(part -> {
            if (part.matches("\\d+")) {
                loc.add(Integer.parseInt(part));
            } else {
                loc.add(part);
            }
        });
        assertThat(details(refusal))
                .extracting(d -> d.get("loc"))
                .as(refusal.body().toString())
                .contains(loc);
    }

    @Then("the request is refused as unauthenticated")
    @StepDoc("401 with Flex's error body {\"detail\": \"...\"}.")
    public void unauthenticated() {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(refusal.body().get("detail").isTextual())
                .as(refusal.body().toString())
                .isTrue();
    }

    @When("the merchant sends a checkout whose body is not JSON")
    @StepDoc("POSTs a checkout whose body is cut off mid-way (raw HTTP: the typed client cannot send it).")
    public void notJson() {
        world.sendRaw("POST", "/v1/checkout/sessions", "{\"checkout_session\": {\"line_items\": [", "scenario");
    }

    @When("the merchant sends a checkout without line items")
    @StepDoc("POSTs a checkout without line_items (raw HTTP).")
    public void withoutLineItems() {
        world.sendRaw("POST", "/v1/checkout/sessions", "{\"checkout_session\": {\"mode\": \"payment\"}}", "scenario");
    }

    @When("the merchant sends a checkout whose quantity is {string}")
    @StepDoc("POSTs a checkout with that text as the quantity of its line (raw HTTP).")
    public void quantityAsText(String quantity) {
        world.sendRaw(
                "POST",
                "/v1/checkout/sessions",
                "{\"checkout_session\": {\"line_items\": [{\"price\": \"" + world.priceOf("bandages")
                        + "\", \"quantity\": \"" + quantity + "\"}]}}",
                "scenario");
    }

    @When("the merchant lists customers without an API key")
    @StepDoc("GET /v1/customers with no Authorization header (raw HTTP).")
    public void withoutKey() {
        world.sendRaw("GET", "/v1/customers", null, null);
    }

    @When("the merchant lists customers with the API key {string}")
    @StepDoc("GET /v1/customers with that key as the bearer token (raw HTTP). Never put a real key in a feature.")
    public void withKey(String key) {
        world.sendRaw("GET", "/v1/customers", null, "Bearer " + key);
    }

    @When("the merchant retrieves the {object} {string}")
    @StepDoc("Retrieves a checkout session, customer, product or price by id.")
    public void retrieveById(String object, String id) {
        world.attemptAnything(() -> switch (object) {
            case "checkout session" -> world.checkoutSessions().retrieveCheckoutSession(id);
            case "customer" -> world.customers().retrieveCustomer(id);
            case "product" -> world.products().retrieveProduct(id);
            default -> world.prices().retrievePrice(id);
        });
    }

    private void refusedNaming(String field, String type) {
        Refusal refusal = world.refusal();
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(details(refusal))
                .extracting(d -> d.get("loc").toString(), d -> d.get("type").asText())
                .as(refusal.body().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[\"" + field + "\"]", type));
        world.refusalProvesTheRule();
    }

    private static List<JsonNode> details(Refusal refusal) {
        JsonNode detail = refusal.body().get("detail");
        assertThat(detail).as("a Flex error body: " + refusal.body()).isNotNull();
        List<JsonNode> all = new ArrayList<>();
        detail.forEach(all::add);
        return all;
    }
}

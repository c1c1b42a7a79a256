package dev.flexkit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.RequestOptions;
import dev.flexkit.client.api.CapturesApi;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.api.RefundsApi;
import dev.flexkit.client.model.AllocationList;
import dev.flexkit.client.model.Capture;
import dev.flexkit.client.model.CaptureLineItemParams;
import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCaptureParams;
import dev.flexkit.client.model.CheckoutSessionCaptureRequest;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionRefundParams;
import dev.flexkit.client.model.CheckoutSessionRefundRequest;
import dev.flexkit.client.model.LineItem;
import dev.flexkit.client.model.PaymentIntent;
import dev.flexkit.client.model.PaymentIntentStatus;
import dev.flexkit.client.model.Refund;
import dev.flexkit.client.model.RefundLineItemParams;
import dev.flexkit.sandbox.client.model.ClockChange;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/** The payment lifecycle after checkout: manual capture, refunds, Confirm and retries with an Idempotency-Key. */
public final class PaymentSteps {

    private final World world;
    private final CheckoutSteps checkouts;
    private Capture capture;
    private List<Refund> refunds;
    private AllocationList preview;
    private CheckoutSession firstAnswer;
    private String idempotencyKey;
    private String reference;

    public PaymentSteps(World world, CheckoutSteps checkouts) {
        this.world = world;
        this.checkouts = checkouts;
    }

    // ---------------------------------------------------------------- manual capture

    @When("the merchant captures {money} of the {string} and keeps the rest authorized")
    @StepDoc("Captures that amount of the item of that product, with final_capture false: the rest stays held.")
    public void capturePart(Long cents, String product) {
        capture(new CheckoutSessionCaptureParams().finalCapture(false).addLineItemsItem(captureLine(product, cents)));
    }

    @When("the merchant captures {money} of the {string} as the final capture")
    @StepDoc(
            "Captures that amount of the item of that product, with final_capture true: the rest of the hold is released.")
    public void captureFinal(Long cents, String product) {
        capture(new CheckoutSessionCaptureParams().finalCapture(true).addLineItemsItem(captureLine(product, cents)));
    }

    @When("the merchant captures the whole authorization")
    @StepDoc("Captures everything still held of the last checkout (no line items, final_capture true).")
    public void captureAll() {
        capture(new CheckoutSessionCaptureParams().finalCapture(true));
    }

    @When("the merchant previews a capture of {money} of the {string}")
    @StepDoc(
            "Asks Preview Capture Allocation what a capture of that amount of that item would take; nothing is captured.")
    public void previewCapture(Long cents, String product) {
        String id = world.session().getCheckoutSessionId();
        CheckoutSessionCaptureRequest request = new CheckoutSessionCaptureRequest()
                .checkoutSession(new CheckoutSessionCaptureParams().addLineItemsItem(captureLine(product, cents)));
        world.attemptAnything(
                () -> preview = world.checkoutSessions().previewCheckoutSessionCaptureAllocation(id, request));
    }

    @When("the merchant reads that capture")
    @StepDoc("Retrieves the last capture of the checkout with Get Capture (GET /v1/captures/{capture_id}).")
    public void readCapture() throws ApiException {
        List<Capture> captures = world.session().getCaptures();
        String id = captures.get(captures.size() - 1).getCaptureId();
        capture = world.captures().retrieveCapture(id).getCapture();
    }

    @When("the merchant lists the captures of that checkout")
    @StepDoc("Lists captures with the checkout_session filter (GET /v1/captures?checkout_session=...).")
    public void listCaptures() throws ApiException {
        List<Capture> found = world.captures()
                .listCaptures(new CapturesApi.ListCapturesParams()
                        .checkoutSession(world.session().getCheckoutSessionId()))
                .getCaptures();
        assertThat(found).hasSize(1);
        capture = found.get(0);
    }

    @Then("the capture is of {money} of the checkout's payment")
    @StepDoc("The capture read last took that amount, and its items name the checkout's payment intent.")
    public void captureIs(Long cents) {
        assertThat(capture.getAmountCaptured()).isEqualTo(cents);
        assertThat(capture.getItems())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.getPaymentIntent())
                        .isEqualTo(world.session().getPaymentIntent().getId()));
    }

    @Then("the checkout has received {money}")
    @StepDoc("amount_received of the checkout, read again, and of its payment intent.")
    public void received(Long cents) throws ApiException {
        assertThat(reread().getAmountReceived()).isEqualTo(cents);
        assertThat(payment().getAmountReceived()).isEqualTo(cents);
    }

    @Then("{money} is still authorized")
    @StepDoc("The payment intent of the checkout still requires capture, with that amount_capturable.")
    public void stillHeld(Long cents) throws ApiException {
        PaymentIntent payment = payment();
        assertThat(payment.getStatus()).isEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(payment.getAmountCapturable()).isEqualTo(cents);
    }

    @Then("nothing is left authorized")
    @StepDoc("The payment intent of the checkout has nothing capturable and no longer requires capture.")
    public void nothingHeld() throws ApiException {
        PaymentIntent payment = payment();
        assertThat(payment.getStatus()).isNotEqualTo(PaymentIntentStatus.REQUIRES_CAPTURE);
        assertThat(payment.getAmountCapturable()).isZero();
    }

    @Then("the authorization has lapsed")
    @StepDoc("The payment intent of the checkout is canceled with nothing captured and nothing capturable.")
    public void lapsed() throws ApiException {
        PaymentIntent payment = payment();
        assertThat(payment.getStatus()).isEqualTo(PaymentIntentStatus.CANCELED);
        assertThat(payment.getAmountCapturable()).isZero();
        assertThat(payment.getAmountReceived()).isZero();
    }

    @Then("the preview takes {money} from the customer's card")
    @StepDoc("The allocation preview has one allocation: that amount, from the checkout's payment method.")
    public void previewTakes(Long cents) throws ApiException {
        assertThat(preview.getAllocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.getAmount()).isEqualTo(cents);
            assertThat(allocation.getPaymentMethodId()).isEqualTo(payment().getPaymentMethod());
        });
    }

    @When("{int} days pass")
    @StepDoc("Moves the sandbox's clock that many days forward. Sandbox only.")
    public void daysPass(int days) throws Exception {
        world.control().setClock(new ClockChange().advance("P" + days + "D"));
    }

    // ---------------------------------------------------------------- refunds

    @When("the merchant refunds {money} of the {string}")
    @StepDoc("Refunds the checkout per line item: that amount of the item of that product, keyed by product.")
    public void refundOfProduct(Long cents, String product) throws ApiException {
        refund(new CheckoutSessionRefundParams()
                .addLineItemsItem(
                        new RefundLineItemParams().product(productOf(product)).amountToRefund(cents)));
    }

    @When("the merchant refunds the whole {string} by its price")
    @StepDoc("Refunds the checkout per line item: the item of that price, without amount_to_refund.")
    public void refundWholeItemByPrice(String product) {
        refund(new CheckoutSessionRefundParams()
                .addLineItemsItem(new RefundLineItemParams().price(world.priceOf(product))));
    }

    @When("the merchant refunds {money} of the checkout")
    @StepDoc("Refunds that amount of the checkout, without line items.")
    public void refundAmount(Long cents) {
        refund(new CheckoutSessionRefundParams().amount(cents));
    }

    @When("the merchant refunds the whole checkout")
    @StepDoc("Refunds the checkout in full: an empty checkout_session body.")
    public void refundAll() {
        refund(new CheckoutSessionRefundParams());
    }

    @When("the merchant previews a refund of {money} of the {string}")
    @StepDoc(
            "Asks Preview Refund Allocation what a refund of that amount of that item would take; nothing is refunded.")
    public void previewRefund(Long cents, String product) throws ApiException {
        String id = world.session().getCheckoutSessionId();
        var request = new dev.flexkit.client.model.CheckoutSessionRefundAllocationRequest()
                .checkoutSession(new dev.flexkit.client.model.CheckoutSessionRefundAllocationParams()
                        .addLineItemsItem(new RefundLineItemParams()
                                .product(productOf(product))
                                .amountToRefund(cents)));
        world.attemptAnything(
                () -> preview = world.checkoutSessions().previewCheckoutSessionRefundAllocation(id, request));
    }

    @When("the merchant lists the refunds of that checkout")
    @StepDoc("Lists refunds with the checkout_session filter (GET /v1/refunds?checkout_session=...).")
    public void listRefunds() throws ApiException {
        refunds = world.refunds()
                .listRefunds(new RefundsApi.ListRefundsParams()
                        .checkoutSession(world.session().getCheckoutSessionId()))
                .getRefunds();
    }

    @Then("the checkout has refunded {money}")
    @StepDoc("amount_refunded of the checkout, read again, and the sum of its refunds.")
    public void refunded(Long cents) throws ApiException {
        CheckoutSession session = reread();
        assertThat(session.getAmountRefunded()).isEqualTo(cents);
        assertThat(session.getRefunds().stream().mapToLong(Refund::getAmount).sum())
                .isEqualTo(cents);
    }

    @Then("the list holds exactly the checkout's refund of {money}")
    @StepDoc("The listed refunds are the checkout's one refund (same id as in its refunds), of that amount.")
    public void listHolds(Long cents) throws ApiException {
        List<Refund> ofSession = reread().getRefunds();
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.getRefundId()).isEqualTo(ofSession.get(0).getRefundId());
            assertThat(refund.getAmount()).isEqualTo(cents);
            assertThat(refund.getPaymentIntentId())
                    .isEqualTo(world.session().getPaymentIntent().getId());
        });
    }

    @Then("nothing was refunded")
    @StepDoc("amount_refunded of the checkout, read again, is 0 and it has no refunds.")
    public void nothingRefunded() throws ApiException {
        CheckoutSession session = reread();
        assertThat(session.getAmountRefunded()).isZero();
        assertThat(session.getRefunds()).isEmpty();
    }

    // ---------------------------------------------------------------- Confirm

    @When("the merchant opens a checkout of {string} for {cart}")
    @StepDoc("Creates an on-session checkout (mode payment) naming that role's customer, to be confirmed.")
    public void openForCustomer(String customer, Cart cart) {
        create(checkouts
                .lines(cart)
                .mode(CheckoutSessionMode.PAYMENT)
                .customer(world.customer(customer).customerId()));
    }

    @When("the merchant opens a checkout of {string} for {cart} captured manually")
    @StepDoc("Creates an on-session checkout naming that role's customer, with capture_method manual.")
    public void openForCustomerCapturedManually(String customer, Cart cart) {
        create(checkouts
                .lines(cart)
                .mode(CheckoutSessionMode.PAYMENT)
                .customer(world.customer(customer).customerId())
                .captureMethod(CaptureMethod.MANUAL));
    }

    @When("the merchant confirms it")
    @StepDoc("Calls Confirm Checkout Session on the last checkout (the generated client sends an Idempotency-Key).")
    public void confirm() {
        String id = world.session().getCheckoutSessionId();
        world.attempt(() -> world.checkoutSessions().confirmCheckoutSession(id).getCheckoutSession());
    }

    @When("the merchant confirms it without an idempotency key")
    @StepDoc("Sends Confirm Checkout Session as raw HTTP without the Idempotency-Key header.")
    public void confirmWithoutKey() {
        String id = world.session().getCheckoutSessionId();
        CheckoutSession open = world.session();
        world.sendRaw("POST", "/v1/checkout/sessions/" + id + "/confirm", null, "scenario");
        world.session(open);
    }

    // ---------------------------------------------------------------- idempotency

    @When("the merchant opens an on-session checkout for {cart} with an idempotency key")
    @StepDoc(
            "Creates an on-session checkout with an Idempotency-Key of this run, and a client_reference_id of this run to find it by.")
    public void openWithKey(Cart cart) {
        idempotencyKey = world.uniqueEmail("order key");
        reference = world.uniqueEmail("order ref");
        createWithKey(cart);
        firstAnswer = world.session();
    }

    @When("the merchant sends the same request again with the same idempotency key")
    @StepDoc("Repeats the last create, byte for byte, with the same Idempotency-Key.")
    public void repeat() {
        createWithKey(lastCart);
    }

    @When("the merchant opens an on-session checkout for {cart} with the same idempotency key")
    @StepDoc("Creates another checkout (another body) with the Idempotency-Key used before.")
    public void anotherWithSameKey(Cart cart) {
        createWithKey(cart);
    }

    @Then("both answers are the same checkout session")
    @StepDoc("The repeat answered the first checkout session again: same id, same fields.")
    public void sameAnswer() {
        assertThat(world.session()).isEqualTo(firstAnswer);
    }

    @Then("the merchant's checkouts hold it once")
    @StepDoc("Listing checkout sessions by the run's client_reference_id finds exactly the one session.")
    public void heldOnce() throws ApiException {
        assertThat(world.checkoutSessions()
                        .listCheckoutSessions(
                                new CheckoutSessionsApi.ListCheckoutSessionsParams().clientReferenceId(reference))
                        .getCheckoutSessions())
                .extracting(CheckoutSession::getCheckoutSessionId)
                .containsExactly(firstAnswer.getCheckoutSessionId());
    }

    // ---------------------------------------------------------------- helpers

    private Cart lastCart;

    private void createWithKey(Cart cart) {
        lastCart = cart;
        CheckoutSessionCreateParams params =
                checkouts.lines(cart).mode(CheckoutSessionMode.PAYMENT).clientReferenceId(reference);
        RequestOptions options =
                RequestOptions.builder().idempotencyKey(idempotencyKey).build();
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params), options)
                .getCheckoutSession());
    }

    private void create(CheckoutSessionCreateParams params) {
        world.attempt(() -> world.checkoutSessions()
                .createCheckoutSession(new CheckoutSessionCreateRequest().checkoutSession(params))
                .getCheckoutSession());
    }

    private void capture(CheckoutSessionCaptureParams params) {
        String id = world.session().getCheckoutSessionId();
        CheckoutSession before = world.session();
        world.attempt(() -> world.checkoutSessions()
                .captureCheckoutSession(id, new CheckoutSessionCaptureRequest().checkoutSession(params))
                .getCheckoutSession());
        keepSessionOnRefusal(before);
    }

    private void refund(CheckoutSessionRefundParams params) {
        String id = world.session().getCheckoutSessionId();
        CheckoutSession before = world.session();
        world.attempt(() -> world.checkoutSessions()
                .refundCheckoutSession(id, new CheckoutSessionRefundRequest().checkoutSession(params))
                .getCheckoutSession());
        keepSessionOnRefusal(before);
    }

    // A refusal leaves the checkout as it was: later steps still read it.
    private void keepSessionOnRefusal(CheckoutSession before) {
        try {
            world.refusal();
            world.session(before);
        } catch (AssertionError notRefused) {
            // the answer is the session as it is now
        }
    }

    private CaptureLineItemParams captureLine(String product, Long cents) {
        try {
            return new CaptureLineItemParams().product(productOf(product)).amountToCapture(cents);
        } catch (ApiException e) {
            throw new AssertionError("Cannot read the line items of the checkout", e);
        }
    }

    /** The product id of the checkout's item of that product role (the fixtures name products by their price). */
    private String productOf(String product) throws ApiException {
        String price = world.priceOf(product);
        return world
                .checkoutSessions()
                .listCheckoutSessionLineItems(world.session().getCheckoutSessionId())
                .getLineItems()
                .stream()
                .map(LineItem::getPrice)
                .filter(p -> price.equals(p.getPriceId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The checkout has no " + product))
                .getProduct()
                .getId();
    }

    private CheckoutSession reread() throws ApiException {
        return world.checkoutSessions()
                .retrieveCheckoutSession(world.session().getCheckoutSessionId())
                .getCheckoutSession();
    }

    private PaymentIntent payment() throws ApiException {
        return world.checkoutSessions()
                .retrieveCheckoutSession(
                        world.session().getCheckoutSessionId(),
                        new CheckoutSessionsApi.RetrieveCheckoutSessionParams().expandPaymentIntent(true))
                .getCheckoutSession()
                .getPaymentIntent()
                .getObject();
    }
}

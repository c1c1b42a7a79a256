package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.BANDAGE;
import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static dev.flexkit.sandbox.http.Fixtures.GYM_PRODUCT;
import static dev.flexkit.sandbox.http.Fixtures.HOLDER;
import static dev.flexkit.sandbox.http.Fixtures.SHIRT;
import static dev.flexkit.sandbox.http.HostedPageHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.PriceDataParams;
import dev.flexkit.client.model.ProductCreateParams;
import dev.flexkit.client.model.ProductCreateRequest;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.client.model.ClockChange;
import dev.flexkit.sandbox.http.HostedPageHttp.Page;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hosted checkout page over plain HTTP, as a browser without JavaScript uses it. */
class HostedCheckoutPageTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static final String SUCCESS = "https://shop.example.com/thanks?session={CHECKOUT_SESSION_ID}";
    private static final String CANCEL = "https://shop.example.com/cart";

    private final SandboxClient sandbox = new SandboxClient(FLEX);
    private final HostedPageHttp browser = new HostedPageHttp();

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private CheckoutSession open(CheckoutSessionCreateParams params) throws Exception {
        return Fixtures.create(sandbox, params.successUrl(SUCCESS).cancelUrl(CANCEL));
    }

    private CheckoutSession letterCheckout() throws Exception {
        return open(
                Fixtures.cart(GYM, SHIRT).mode(CheckoutSessionMode.PAYMENT).setupFutureUse(SetupFutureUse.OFF_SESSION));
    }

    private CheckoutSession reread(CheckoutSession session) throws Exception {
        return sandbox.checkoutSessions()
                .retrieveCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();
    }

    private static Map<String, String> paying(String email, String consultation, String card) {
        return form("email", email, "consultation", consultation, "card_number", card, "action", "pay");
    }

    @Test
    void theRedirectUrlIsThePageOnTheSandboxsOwnOriginAtFlexsPath() throws Exception {
        CheckoutSession session = letterCheckout();

        assertThat(session.getRedirectUrl()).isEqualTo(FLEX.baseUrl() + "/pay/c/" + session.getCheckoutSessionId());
    }

    @Test
    void thePageShowsTheItemsAmountsEligibilityAndALabelledForm() throws Exception {
        CheckoutSession session = letterCheckout();

        Page page = browser.get(session.getRedirectUrl());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        Document html = page.html();
        List<String> rows = html.select("tr.item").eachText();
        assertThat(rows)
                .containsExactly(
                        "Gym membership HSA/FSA eligible with a Letter of Medical Necessity 1 $69.00 $69.00",
                        "T-shirt Not HSA/FSA eligible 1 $25.00 $25.00");
        assertThat(html.select("tfoot tr").eachText()).containsExactly("Subtotal $94.00", "Total $94.00");
        assertThat(html.select("legend").text()).contains("Letter of Medical Necessity (gym)");
        // Every field has its label; the two test cards are written on the page.
        for (String field : List.of("email", "card_number", "consultation-approved", "consultation-denied")) {
            assertThat(html.select("label[for=" + field + "]")).as(field).hasSize(1);
            assertThat(html.getElementById(field)).as(field).isNotNull();
        }
        assertThat(html.getElementById("card-hint").text()).contains("4242 4242 4242 4242", "4000 0000 0000 9995");
        Element form = html.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/pay/c/" + session.getCheckoutSessionId());
        // Nothing is loaded from anywhere: no script, no stylesheet link, no image.
        assertThat(html.select("script, link, img, iframe")).isEmpty();
        assertThat(html.getElementById("pay").text()).isEqualTo("Pay $94.00");
    }

    @Test
    void paidWithTheSuccessCardTheSessionCompletesAndTheCustomerGoesToSuccessUrl() throws Exception {
        CheckoutSession session = letterCheckout();

        Page answer =
                browser.post(session.getRedirectUrl(), paying("page@example.com", "approved", "4242 4242 4242 4242"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location"))
                .isEqualTo("https://shop.example.com/thanks?session=" + session.getCheckoutSessionId());
        CheckoutSession completed = reread(session);
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        String customer = completed.getCustomer().getId();
        assertThat(sandbox.customers().retrieveCustomer(customer).getCustomer().getEmail())
                .isEqualTo("page@example.com");
        // The approved consultation granted the gym letter, and the card was saved for off-session use: the
        // merchant's next off-session checkout goes through.
        assertThat(sandbox.control().listCustomerLetters(customer).getLetters())
                .singleElement()
                .satisfies(letter -> assertThat(letter.getVisitType()).isEqualTo("gym"));
        PaymentMethod card = sandbox.customers()
                .listCustomerPaymentMethods(customer)
                .getPaymentMethods()
                .get(0);
        assertThat(card.getCard().getLast4()).isEqualTo("4242");
        assertThat(Fixtures.offSession(sandbox, customer, card.getPaymentMethodId(), GYM)
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.COMPLETE);
        // Back on the page, the customer sees it is done, and cannot pay twice.
        Page again = browser.get(session.getRedirectUrl());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.html().selectFirst("h1").text()).isEqualTo("This checkout is complete");
        assertThat(again.html().select("form")).isEmpty();
        assertThat(browser.post(session.getRedirectUrl(), paying("page@example.com", "approved", "4242424242424242"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aDeniedConsultationCompletesWithoutALetter() throws Exception {
        CheckoutSession session = letterCheckout();

        browser.post(session.getRedirectUrl(), paying("denied@example.com", "denied", "4242424242424242"));

        String customer = reread(session).getCustomer().getId();
        assertThat(sandbox.control().listCustomerLetters(customer).getLetters()).isEmpty();
    }

    @Test
    void theDeclineCardShowsTheErrorAndLeavesTheSessionOpenForAnotherTry() throws Exception {
        CheckoutSession session = letterCheckout();

        Page declined =
                browser.post(session.getRedirectUrl(), paying("retry@example.com", "approved", "4000000000009995"));

        assertThat(declined.status()).isEqualTo(402);
        Document html = declined.html();
        assertThat(html.getElementById("card-error").text()).isEqualTo("Your card has insufficient funds.");
        // What the customer typed is kept, except the card number.
        assertThat(html.getElementById("email").val()).isEqualTo("retry@example.com");
        assertThat(html.getElementById("consultation-approved").hasAttr("checked"))
                .isTrue();
        assertThat(html.getElementById("card_number").val()).isEmpty();
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        // Nothing was made: no customer for that email.
        assertThat(sandbox.customers().listCustomers().getCustomers())
                .extracting(Customer::getEmail)
                .doesNotContain("retry@example.com");

        assertThat(browser.post(session.getRedirectUrl(), paying("retry@example.com", "approved", "4242424242424242"))
                        .status())
                .isEqualTo(303);
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
    }

    @Test
    void aCardNumberThatIsNotDigitsIsRefusedOnThePage() throws Exception {
        CheckoutSession session = letterCheckout();

        Page refused = browser.post(session.getRedirectUrl(), paying("typo@example.com", "approved", "4242 4242 42x2"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().getElementById("card-error").text())
                .isEqualTo("Enter the card number: 12 to 19 digits.");
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void aFormWithoutItsFieldsComesBackWithAnErrorAtEachOne() throws Exception {
        CheckoutSession session = letterCheckout();

        Page incomplete = browser.post(session.getRedirectUrl(), form("email", "not-an-email", "action", "pay"));

        assertThat(incomplete.status()).isEqualTo(422);
        Document html = incomplete.html();
        assertThat(html.getElementById("email-error").text()).contains("email address");
        assertThat(html.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(html.getElementById("consultation-error").text()).isEqualTo("Choose the consultation's outcome.");
        assertThat(html.getElementById("card-error").text()).isEqualTo("Enter a card number.");
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void cancelGoesBackToCancelUrlAndLeavesTheSessionOpen() throws Exception {
        CheckoutSession session = letterCheckout();

        Page canceled = browser.post(session.getRedirectUrl(), form("action", "cancel"));

        assertThat(canceled.status()).isEqualTo(303);
        assertThat(canceled.header("Location")).isEqualTo(CANCEL);
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void aSessionWithACustomerIsPaidByThatCustomerWhoseEmailIsShown() throws Exception {
        CheckoutSession session =
                open(Fixtures.cart(BANDAGE).mode(CheckoutSessionMode.PAYMENT).customer(HOLDER));

        Document html = browser.get(session.getRedirectUrl()).html();

        assertThat(html.getElementById("customer-email").text()).isEqualTo("grace.holder@example.com");
        assertThat(html.getElementById("email")).isNull();
        // No letter product: no consultation.
        assertThat(html.select("fieldset")).isEmpty();
        assertThat(browser.post(session.getRedirectUrl(), form("card_number", "4242424242424242", "action", "pay"))
                        .status())
                .isEqualTo(303);
        assertThat(reread(session).getCustomer().getId()).isEqualTo(HOLDER);
    }

    @Test
    void subscriptionSetupAndReimbursementSessionsCompleteOnThePage() throws Exception {
        CheckoutSession subscription = open(Fixtures.monthlySubscription());
        CheckoutSession setup = open(new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.SETUP)
                .lineItems(new ArrayList<>()));
        CheckoutSession reimbursement = open(new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.REIMBURSEMENT)
                .addLineItemsItem(new LineItemParams().product(GYM_PRODUCT)));

        Document subscriptionPage = browser.get(subscription.getRedirectUrl()).html();
        assertThat(subscriptionPage.selectFirst("tr.item").text()).contains("$69.00 every month");
        assertThat(subscriptionPage.getElementById("pay").text()).isEqualTo("Subscribe");
        Document reimbursementPage = browser.get(reimbursement.getRedirectUrl()).html();
        assertThat(reimbursementPage.getElementById("card_number"))
                .as("paid elsewhere: no card")
                .isNull();
        assertThat(reimbursementPage.getElementById("consultation-approved")).isNotNull();

        assertThat(browser.post(
                                subscription.getRedirectUrl(),
                                paying("sub@example.com", "approved", "4242424242424242"))
                        .status())
                .isEqualTo(303);
        assertThat(browser.post(
                                setup.getRedirectUrl(),
                                form("email", "setup@example.com", "card_number", "4242424242424242", "action", "pay"))
                        .status())
                .isEqualTo(303);
        assertThat(browser.post(
                                reimbursement.getRedirectUrl(),
                                form("email", "r@example.com", "consultation", "approved", "action", "pay"))
                        .status())
                .isEqualTo(303);

        CheckoutSession subscribed = sandbox.checkoutSessions()
                .retrieveCheckoutSession(subscription.getCheckoutSessionId())
                .getCheckoutSession();
        assertThat(subscribed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(subscribed.getSubscription().getId()).startsWith("fsub_");
        CheckoutSession savedCard = reread(setup);
        assertThat(savedCard.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(savedCard.getSetupIntent()).startsWith("fseti_");
        CheckoutSession reimbursed = reread(reimbursement);
        assertThat(reimbursed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        assertThat(sandbox.control()
                        .listCustomerLetters(reimbursed.getCustomer().getId())
                        .getLetters())
                .hasSize(1);
    }

    @Test
    void expiredCanceledAndUnknownSessionsShowAClearPageInsteadOfTheForm() throws Exception {
        CheckoutSession canceled = letterCheckout();
        sandbox.checkoutSessions().cancelCheckoutSession(canceled.getCheckoutSessionId());
        CheckoutSession expired = letterCheckout();
        sandbox.control().setClock(new ClockChange().advance("P2D"));
        CheckoutSession offSession = Fixtures.offSession(sandbox, HOLDER, Fixtures.HOLDER_CARD, GYM);

        Page canceledPage = browser.get(canceled.getRedirectUrl());
        Page expiredPage = browser.get(expired.getRedirectUrl());
        Page unknownPage = browser.get(FLEX.baseUrl() + "/pay/c/fcs_01NOSUCHSESSION00000000000");
        Page offSessionPage = browser.get(FLEX.baseUrl() + "/pay/c/" + offSession.getCheckoutSessionId());

        assertThat(canceledPage.status()).isEqualTo(410);
        assertThat(canceledPage.html().selectFirst("h1").text()).isEqualTo("This checkout was canceled");
        assertThat(expiredPage.status()).isEqualTo(410);
        assertThat(expiredPage.html().selectFirst("h1").text()).isEqualTo("This checkout has expired");
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(unknownPage.html().selectFirst("h1").text()).isEqualTo("No such checkout");
        assertThat(offSessionPage.status()).isEqualTo(404);
        for (Page closed : List.of(canceledPage, expiredPage, unknownPage, offSessionPage)) {
            assertThat(closed.html().select("form")).isEmpty();
        }
        Page paidAfterExpiry =
                browser.post(expired.getRedirectUrl(), paying("late@example.com", "approved", "4242424242424242"));
        assertThat(paidAfterExpiry.status()).isEqualTo(410);
        assertThat(reread(expired).getStatus()).isEqualTo(CheckoutSessionStatus.EXPIRED);
    }

    @Test
    void whatTheMerchantAndTheCustomerTypedIsEscaped() throws Exception {
        String product = sandbox.products()
                .createProduct(new ProductCreateRequest()
                        .product(new ProductCreateParams()
                                .name("<script>alert('name')</script>\"><b onmouseover=x>")
                                .hsaFsaEligibility(dev.flexkit.client.model.HsaFsaEligibility.AUTO_SUBSTANTIATION)))
                .getProduct()
                .getProductId();
        CheckoutSession session = open(new CheckoutSessionCreateParams()
                .mode(CheckoutSessionMode.PAYMENT)
                .addLineItemsItem(new LineItemParams()
                        .priceData(new PriceDataParams().product(product).unitAmount(1000L))
                        .quantity(1L)));

        Page shown = browser.get(session.getRedirectUrl());
        Page echoed = browser.post(
                session.getRedirectUrl(),
                form("email", "\"><script>alert(1)</script>", "card_number", "4242424242424242", "action", "pay"));

        assertThat(shown.body()).doesNotContain("<script>", "<b onmouseover").contains("&lt;script&gt;alert(");
        assertThat(shown.html().selectFirst("tr.item td").ownText().strip())
                .isEqualTo("<script>alert('name')</script>\"><b onmouseover=x>");
        assertThat(echoed.status()).isEqualTo(422);
        assertThat(echoed.body()).doesNotContain("<script>");
        assertThat(echoed.html().getElementById("email").val()).isEqualTo("\"><script>alert(1)</script>");
        assertThat(echoed.html().select("script")).isEmpty();
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        CheckoutSession session = letterCheckout();
        Map<String, String> paid = paying("csrf@example.com", "approved", "4242424242424242");

        Page forged = browser.post(session.getRedirectUrl(), paid, Map.of("Origin", "https://attacker.example"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
        assertThat(browser.post(session.getRedirectUrl(), paid, Map.of("Origin", FLEX.baseUrl()))
                        .status())
                .isEqualTo(303);
    }

    @Test
    void anythingButItsFormIsRefusedWithoutA500() throws Exception {
        CheckoutSession session = letterCheckout();
        String url = session.getRedirectUrl();

        assertThat(browser.postRaw(url, "application/json", "{\"action\":\"pay\"}", Map.of())
                        .status())
                .isEqualTo(415);
        Page undecodable = browser.postRaw(url, "application/x-www-form-urlencoded", "email=%zz&action=pay", Map.of());
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.body()).isEqualTo("{\"detail\":\"The form body cannot be decoded\"}");
        assertThat(browser.postRaw(url, "application/x-www-form-urlencoded", "action=pay&action=cancel", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(browser.postRaw(url, "application/x-www-form-urlencoded", "a=" + "x".repeat(20_000), Map.of())
                        .status())
                .isEqualTo(413);
        assertThat(browser.post(url, form("action", "steal")).status()).isEqualTo(400);
        Page put =
                browser.send(HttpRequest.newBuilder(java.net.URI.create(url)).PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, HEAD, POST");
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void anotherKeysSessionIsNotReachableThroughTheApiButItsPageIsTheCapability() throws Exception {
        CheckoutSession session = letterCheckout();
        SandboxClient other = sandbox.withAnotherKey();

        // The other key cannot read the session...
        assertThat(other.checkoutSessions().listCheckoutSessions().getCheckoutSessions())
                .isEmpty();
        // ...and a page paid by its URL completes the session of the key that made it, and that key's data only.
        browser.post(session.getRedirectUrl(), paying("cap@example.com", "approved", "4242424242424242"));
        assertThat(reread(session).getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);
        List<Customer> othersCustomers = other.customers().listCustomers().getCustomers();
        assertThat(othersCustomers).extracting(Customer::getEmail).doesNotContain("cap@example.com");
    }
}

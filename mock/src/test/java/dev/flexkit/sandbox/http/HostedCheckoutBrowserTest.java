package dev.flexkit.sandbox.http;

import static dev.flexkit.sandbox.http.Fixtures.GYM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.Event;
import dev.flexkit.client.model.EventType;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.client.model.Webhook;
import dev.flexkit.client.model.WebhookCreateParams;
import dev.flexkit.client.model.WebhookCreateRequest;
import dev.flexkit.client.webhooks.WebhookVerifier;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import dev.flexkit.sandbox.WebhookReceiver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hosted checkout page in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver (named explicitly, so Selenium never downloads a browser or a driver). Skipped, with the reason, where
 * they are not installed; {@code .ci/run} installs them. Override the paths with {@code -Dchromium.binary=...} and
 * {@code -Dchromedriver.path=...}.
 */
class HostedCheckoutBrowserTest {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
    /** Where the run leaves its screenshot of the page; docs/hosted-checkout.png is one such, committed. */
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "hosted-checkout.png");

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private static WebDriver browser;
    private static MerchantSite shop;
    private static WebhookReceiver receiver;

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    @BeforeAll
    static void startBrowser() {
        assumeTrue(
                new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Needs Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=900,1000");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        shop = new MerchantSite();
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @BeforeEach
    void seed() throws Exception {
        Fixtures.seed(sandbox);
    }

    private CheckoutSession letterCheckout() throws Exception {
        return Fixtures.create(
                sandbox,
                Fixtures.cart(GYM)
                        .mode(CheckoutSessionMode.PAYMENT)
                        .setupFutureUse(SetupFutureUse.OFF_SESSION)
                        .successUrl(shop.baseUrl() + "/thanks?session={CHECKOUT_SESSION_ID}")
                        .cancelUrl(shop.baseUrl() + "/cart"));
    }

    private CheckoutSessionStatus statusOf(CheckoutSession session) throws Exception {
        return sandbox.checkoutSessions()
                .retrieveCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession()
                .getStatus();
    }

    private static void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aCustomerIsDeclinedThenPaysAfterAnApprovedConsultationAndTheNextCheckoutRunsOffSession() throws Exception {
        // The merchant's webhook endpoint, as Flex's fulfillment guide registers it.
        Webhook endpoint = sandbox.webhooks()
                .createWebhook(new WebhookCreateRequest()
                        .webhook(new WebhookCreateParams()
                                .url(receiver.url())
                                .events(List.of(EventType.CHECKOUT_SESSION_COMPLETED))))
                .getWebhook();
        CheckoutSession session = letterCheckout();

        browser.get(session.getRedirectUrl());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pay with your HSA/FSA card");
        assertThat(browser.findElement(By.cssSelector("tr.item")).getText())
                .contains("Gym membership", "HSA/FSA eligible with a Letter of Medical Necessity", "$69.00");
        type("email", "browser@example.com");
        browser.findElement(By.id("consultation-approved")).click();
        type("card_number", "4000 0000 0000 9995");
        browser.findElement(By.id("pay")).click();

        WebElement declined = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("card-error")));
        assertThat(declined.getText()).isEqualTo("Your card has insufficient funds.");
        assertThat(browser.getCurrentUrl()).isEqualTo(session.getRedirectUrl());
        assertThat(statusOf(session)).isEqualTo(CheckoutSessionStatus.OPEN);

        // The form kept the email and the consultation; the customer types the success card.
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("browser@example.com");
        assertThat(browser.findElement(By.id("consultation-approved")).isSelected())
                .isTrue();
        type("card_number", "4242 4242 4242 4242");
        screenshot();
        browser.findElement(By.id("pay")).click();

        waiting().until(ExpectedConditions.urlContains("/thanks"));
        assertThat(browser.getCurrentUrl())
                .isEqualTo(shop.baseUrl() + "/thanks?session=" + session.getCheckoutSessionId());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your order");
        CheckoutSession completed = sandbox.checkoutSessions()
                .retrieveCheckoutSession(session.getCheckoutSessionId())
                .getCheckoutSession();
        assertThat(completed.getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);

        // The endpoint got the completion, signed with its secret: the client's verifier accepts it.
        List<WebhookReceiver.Received> deliveries =
                receiver.await(1, WebhookReceiver.ofType("checkout.session.completed"));
        assertThat(deliveries).hasSize(1);
        Event event = WebhookVerifier.withSecret(endpoint.getSigningSecret())
                .verify(deliveries.get(0).body(), deliveries.get(0).headers());
        assertThat(event.getEventType()).isEqualTo(EventType.CHECKOUT_SESSION_COMPLETED);
        assertThat(event.getObject().getCheckoutSession().getCheckoutSessionId())
                .isEqualTo(session.getCheckoutSessionId());
        assertThat(event.getObject().getCheckoutSession().getStatus()).isEqualTo(CheckoutSessionStatus.COMPLETE);

        // The letter the consultation granted and the card the page saved carry the merchant's off-session charge.
        String customer = completed.getCustomer().getId();
        PaymentMethod card = sandbox.customers()
                .listCustomerPaymentMethods(customer)
                .getPaymentMethods()
                .get(0);
        assertThat(card.getOffSession()).isTrue();
        assertThat(Fixtures.offSession(sandbox, customer, card.getPaymentMethodId(), GYM)
                        .getStatus())
                .isEqualTo(CheckoutSessionStatus.COMPLETE);
    }

    @Test
    void cancelTakesTheCustomerBackToCancelUrlAndTheSessionStaysOpen() throws Exception {
        CheckoutSession session = letterCheckout();

        browser.get(session.getRedirectUrl());
        // Cancel needs no field filled in (formnovalidate).
        browser.findElement(By.id("cancel")).click();

        waiting().until(ExpectedConditions.urlContains("/cart"));
        assertThat(browser.getCurrentUrl()).isEqualTo(shop.baseUrl() + "/cart");
        assertThat(statusOf(session)).isEqualTo(CheckoutSessionStatus.OPEN);
    }

    @Test
    void aCompletedSessionShowsThatItIsDoneInsteadOfTheForm() throws Exception {
        CheckoutSession session = letterCheckout();
        Fixtures.complete(sandbox, session.getCheckoutSessionId(), "approved", "done@example.com");

        browser.get(session.getRedirectUrl());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This checkout is complete");
        assertThat(browser.findElements(By.tagName("form"))).isEmpty();
    }

    private static void screenshot() throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
}

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.client.model.SetupFutureUse;

public class QuickStart {
    public static void main(String[] args) throws Exception {
        // One pooled connection per client; timeouts (30 s connect, 80 s response) and safe retries by default.
        try (ApiClient client = new ApiClient()
                .setBasePath(System.getenv().getOrDefault("FLEX_BASE_URL", "https://api.withflex.com"))
                .setBearerToken(System.getenv("FLEX_API_KEY"))) {
            CheckoutSessionsApi sessions = new CheckoutSessionsApi(client);

            // An on-session checkout that saves the customer's payment method for later off-session charges.
            CheckoutSession session = sessions.createCheckoutSession(new CheckoutSessionCreateRequest()
                            .checkoutSession(new CheckoutSessionCreateParams()
                                    .addLineItemsItem(new LineItemParams().price(args[0]).quantity(1L))
                                    .mode(CheckoutSessionMode.PAYMENT)
                                    .setupFutureUse(SetupFutureUse.OFF_SESSION)
                                    .successUrl("https://example.com/success")
                                    .cancelUrl("https://example.com/cancel")))
                    .getCheckoutSession();

            System.out.println(session.getCheckoutSessionId() + " -> " + session.getRedirectUrl());
        }
    }
}

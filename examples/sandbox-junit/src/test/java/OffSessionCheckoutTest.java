import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flexkit.client.ApiClient;
import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.CheckoutSessionsApi;
import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CheckoutSessionCreateParams;
import dev.flexkit.client.model.CheckoutSessionCreateRequest;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.LineItemParams;
import dev.flexkit.sandbox.FlexSandboxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OffSessionCheckoutTest {

    // A sandbox on a random port for this class; each test gets a fresh key whose dataset starts from the seed.
    @RegisterExtension
    static FlexSandboxExtension sandbox = FlexSandboxExtension.newInstance()
            .seed(Path.of("../../mock/seeds/example.yaml"))    // your own seed file
            .build();

    @Test
    void aCustomerHoldingAGymLetterIsChargedOffSession(ApiClient flex) throws ApiException {
        CheckoutSession session = chargeOffSession(flex, "fcus_GraceGymLetter", "fpm_GraceOffSession");

        assertEquals(CheckoutSessionStatus.COMPLETE, session.getStatus());
        assertEquals(6900, session.getAmountTotal());
    }

    @Test
    void aCustomerWithoutALetterIsRefused(ApiClient flex) {
        ApiException refused = assertThrows(ApiException.class,
                () -> chargeOffSession(flex, "fcus_NoahNoLetter", "fpm_NoahOffSession"));

        assertEquals(422, refused.getCode());
        assertEquals("{\"detail\":[{\"loc\":[\"visit_type\"],\"msg\":\"A LoMN is required for this visit type\","
                + "\"type\":\"invalid_request_error\"}]}", refused.getResponseBody());
    }

    private static CheckoutSession chargeOffSession(ApiClient flex, String customer, String card) throws ApiException {
        return new CheckoutSessionsApi(flex).createCheckoutSession(new CheckoutSessionCreateRequest()
                        .checkoutSession(new CheckoutSessionCreateParams()
                                .mode(CheckoutSessionMode.OFF_SESSION)
                                .customer(customer)
                                .paymentMethod(card)
                                .addLineItemsItem(new LineItemParams().price("fprice_GymMonthly").quantity(1L))))
                .getCheckoutSession();
    }
}

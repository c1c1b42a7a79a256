package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import java.time.Instant;
import java.util.Map;

/** Products and line items for rule tests, built without a dataset. */
final class Carts {

    private Carts() {
    }

    static LineItem item(String productId, VisitType visitType, HsaFsaEligibility eligibility, int unitAmount) {
        Product product = new Product(productId, productId, null, visitType, eligibility, true, null, null, null, null,
                null, Map.of(), Instant.EPOCH);
        Price price = new Price("fprice_" + productId, productId, unitAmount, null, null, true, Map.of(), Instant.EPOCH);
        return new LineItem("fli_" + productId, price, product, 1);
    }

    static LineItem gymItem() {
        return item("fprodGym", VisitType.GYM, HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY, 6900);
    }

    static LineItem skincareItem() {
        return item("fprodSkin", VisitType.SKINCARE, HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY, 4500);
    }

    static LineItem bandageItem() {
        return item("fprodBandage", null, HsaFsaEligibility.AUTO_SUBSTANTIATION, 900);
    }

    static LineItem tShirtItem() {
        return item("fprodShirt", null, HsaFsaEligibility.NOT_ELIGIBLE, 2500);
    }

    static PaymentMethod offSessionCard(String customerId) {
        return new PaymentMethod("fpm_card", customerId, true, PaymentMethod.Card.testVisa(2030), Instant.EPOCH);
    }
}

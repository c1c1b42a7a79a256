package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import java.time.Instant;
import java.util.Map;

/** The products of the kit's fixture catalog ({@code mock/seeds/example.yaml}) as line items, for rule tests without a dataset. */
final class Carts {

    private Carts() {}

    static LineItem item(String productId, VisitType visitType, HsaFsaEligibility eligibility, int unitAmount) {
        return item(productId, "fprice_" + productId, visitType, eligibility, unitAmount);
    }

    private static LineItem item(
            String productId, String priceId, VisitType visitType, HsaFsaEligibility eligibility, int unitAmount) {
        Product product = new Product(
                productId,
                productId,
                null,
                visitType,
                eligibility,
                true,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                Instant.EPOCH);
        Price price = new Price(priceId, productId, unitAmount, null, null, true, Map.of(), Instant.EPOCH);
        return new LineItem("fli_" + productId, price, product, 1);
    }

    static LineItem gymItem() {
        return item(
                "fprod_GymMembership",
                "fprice_GymMonthly",
                VisitType.GYM,
                HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY,
                6900);
    }

    static LineItem skincareItem() {
        return item(
                "fprod_AcneTreatment",
                "fprice_AcneTreatment",
                VisitType.SKINCARE,
                HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY,
                4500);
    }

    static LineItem bandageItem() {
        return item("fprod_Bandages", "fprice_Bandages", null, HsaFsaEligibility.AUTO_SUBSTANTIATION, 900);
    }

    static LineItem tShirtItem() {
        return item("fprod_TShirt", "fprice_TShirt", null, HsaFsaEligibility.NOT_ELIGIBLE, 2500);
    }

    static PaymentMethod offSessionCard(String customerId) {
        return new PaymentMethod("fpm_card", customerId, true, PaymentMethod.Card.testVisa(2030), Instant.EPOCH);
    }
}

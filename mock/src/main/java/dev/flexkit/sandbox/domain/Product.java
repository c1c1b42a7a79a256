package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import java.time.Instant;
import java.util.Map;

/** A product of the merchant's catalog; its visit type and eligibility decide the off-session rules. */
public record Product(
        String id,
        String name,
        String description,
        VisitType visitType,
        HsaFsaEligibility eligibility,
        boolean active,
        String upcCode,
        String gtin,
        String referenceGtin,
        String url,
        String clientReferenceId,
        Map<String, String> metadata,
        Instant createdAt)
        implements Entity {

    public Product {
        metadata = Map.copyOf(metadata);
        eligibility = eligibility == null ? HsaFsaEligibility.NOT_ELIGIBLE : eligibility;
    }

    public boolean hsaFsaEligible() {
        return eligibility != HsaFsaEligibility.NOT_ELIGIBLE;
    }

    public boolean needsLetter() {
        return eligibility == HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY;
    }
}

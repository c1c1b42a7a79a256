package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.VisitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What callers ask the domain to create or change. A {@code null} field is one the caller did not give: on a
 * draft it takes its default, on a change it leaves the object as it is.
 */
public final class Drafts {

    private Drafts() {}

    /** A new product; {@code productId} keeps a given id (seed files), otherwise one is made. */
    public record ProductDraft(
            String productId,
            String name,
            String description,
            VisitType visitType,
            HsaFsaEligibility eligibility,
            String upcCode,
            String gtin,
            String referenceGtin,
            String url,
            String clientReferenceId,
            Map<String, String> metadata) {}

    public record ProductChanges(
            String name,
            String description,
            Boolean active,
            VisitType visitType,
            HsaFsaEligibility eligibility,
            String upcCode,
            String gtin,
            String referenceGtin,
            String url,
            Map<String, String> metadata) {}

    public record PriceDraft(
            String priceId,
            String productId,
            Long unitAmount,
            String description,
            Price.Recurring recurring,
            Boolean active,
            Map<String, String> metadata) {}

    public record CustomerDraft(
            String customerId,
            String firstName,
            String lastName,
            String email,
            String phone,
            String employer,
            Address shipping,
            Map<String, String> metadata) {}

    public record CustomerChanges(
            String firstName,
            String lastName,
            String email,
            String phone,
            String employer,
            Address shipping,
            Map<String, String> metadata) {}

    /**
     * One line of a checkout: an existing price, an inline price of an existing product, or (reimbursement) a
     * product alone.
     */
    public record LineDraft(String priceId, InlinePrice priceData, String productId, long quantity) {

        public LineDraft(String priceId, InlinePrice priceData, long quantity) {
            this(priceId, priceData, null, quantity);
        }
    }

    public record InlinePrice(String productId, long unitAmount, Price.Recurring recurring) {}

    /** A coupon by id, or inline: an amount off the items, or off the items of the listed prices only. */
    public record DiscountDraft(String couponId, Long amountOff, List<String> appliesToPrices) {}

    public record ShippingDraft(String shippingRateId, String displayName, Long amount) {}

    public record CheckoutDraft(
            CheckoutSessionMode mode,
            List<LineDraft> lineItems,
            String customerId,
            String paymentMethodId,
            boolean savePaymentMethodForOffSession,
            CaptureMethod captureMethod,
            CheckoutSession.Links links,
            CheckoutSession.CustomerDefaults defaults,
            Map<String, String> metadata,
            boolean allowPromotionCodes,
            List<DiscountDraft> discounts,
            ShippingDraft shipping,
            Long taxAmount,
            List<Fee> fees) {}

    /** A fee the merchant adds to the session. */
    public record Fee(long amount, String feeType, String name, String description) {}

    /** Who fills in the hosted page (the whole of it may be absent: then the session's customer or defaults pay). */
    public record HostedCustomer(String email, String firstName, String lastName, String phone) {}

    /** One item to refund, by product or by price; {@code amount == null} refunds the whole item. */
    public record RefundLine(String productId, String priceId, Long amount) {

        public RefundLine(String priceId, long amount) {
            this(null, priceId, amount);
        }
    }

    /** A refund: the whole session, an amount, or items; plus tax and shipping, less discount. */
    public record RefundDraft(
            Long amount, List<RefundLine> lines, Long tax, Long shipping, Long discount, Map<String, String> metadata) {

        public RefundDraft(Long amount, List<RefundLine> lines, Map<String, String> metadata) {
            this(amount, lines, null, null, null, metadata);
        }
    }

    /** A capture of an authorized payment: everything, or per product; plus tax and shipping, less discount. */
    public record CaptureDraft(
            List<CaptureLine> lines, Long tax, Long shipping, Long discount, Map<String, Object> metadata) {}

    /** One item to capture; {@code amount == null} captures the whole item. */
    public record CaptureLine(String productId, Long amount) {}

    public record SeedPaymentMethod(String paymentMethodId, boolean offSession, String brand, String last4) {}

    public record SeedLetter(VisitType visitType, LocalDate consultationDate) {}

    public record SeedCustomer(
            CustomerDraft customer, List<SeedPaymentMethod> paymentMethods, List<SeedLetter> letters) {}

    public record Seed(
            java.time.Instant now,
            List<ProductDraft> products,
            List<PriceDraft> prices,
            List<SeedCustomer> customers) {}
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.CaptureMethod;
import dev.flexkit.client.model.CheckoutSessionMode;
import dev.flexkit.client.model.CheckoutSessionStatus;
import dev.flexkit.client.model.VisitType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A checkout session and everything the merchant asked for when creating it. */
public record CheckoutSession(
        String id,
        CheckoutSessionMode mode,
        CheckoutSessionStatus status,
        List<LineItem> lineItems,
        Charges charges,
        String customerId,
        String paymentMethodId,
        String paymentIntentId,
        boolean savesPaymentMethodForOffSession,
        CaptureMethod captureMethod,
        Links links,
        CustomerDefaults defaults,
        Map<String, String> metadata,
        List<String> refundIds,
        List<String> captureIds,
        Instant createdAt,
        Instant expiresAt)
        implements Entity {

    public CheckoutSession {
        lineItems = List.copyOf(lineItems);
        metadata = Map.copyOf(metadata);
        refundIds = List.copyOf(refundIds);
        captureIds = List.copyOf(captureIds);
    }

    /** What the merchant adds to or takes off the items, in cents. */
    public record Charges(
            long discount,
            long tax,
            long shipping,
            List<Drafts.Fee> feeItems,
            String shippingRateName,
            String shippingRateId,
            boolean allowPromotionCodes) {

        public Charges {
            feeItems = List.copyOf(feeItems);
        }

        /** @throws ArithmeticException when the fees do not fit in an amount */
        public long fees() {
            return feeItems.stream().mapToLong(Drafts.Fee::amount).reduce(0L, Math::addExact);
        }
    }

    /**
     * Where the hosted page sends the customer, the merchant's own reference, and where the hosted page is served:
     * the scheme, host and port the merchant reached the sandbox on when it created the session ({@code null}:
     * Flex's own page), so that the session's {@code redirect_url} is one URL, in every answer and every event.
     */
    public record Links(String successUrl, String cancelUrl, String clientReferenceId, String hostedPageOrigin) {

        public Links(String successUrl, String cancelUrl, String clientReferenceId) {
            this(successUrl, cancelUrl, clientReferenceId, null);
        }
    }

    /** Values pre-filled on the hosted page. */
    public record CustomerDefaults(String customerId, String email, String firstName, String lastName, String phone) {}

    public long amountSubtotal() {
        return lineItems.stream().mapToLong(LineItem::amount).reduce(0L, Math::addExact);
    }

    public long amountTotal() {
        return total(amountSubtotal(), charges);
    }

    /**
     * The items less their discount (never below zero), plus tax, shipping and fees (that fees are charged to the
     * customer on top is inferred: Flex's plugin sends them, Flex's docs do not say).
     *
     * @throws ArithmeticException when the total does not fit in an amount
     */
    public static long total(long subtotal, Charges charges) {
        long items = Math.max(0, subtotal - charges.discount());
        return Math.addExact(Math.addExact(Math.addExact(items, charges.tax()), charges.shipping()), charges.fees());
    }

    public boolean letterOfMedicalNecessityRequired() {
        return lineItems.stream().anyMatch(item -> item.product().needsLetter());
    }

    public boolean hsaFsaEligible() {
        return lineItems.stream().allMatch(item -> item.product().hsaFsaEligible());
    }

    /** The visit type of the first item that needs a letter and has one, or {@code null} when none does. */
    public VisitType visitType() {
        return lineItems.stream()
                .filter(item -> item.product().needsLetter())
                .map(item -> item.product().visitType())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    public boolean isOffSession() {
        return mode == CheckoutSessionMode.OFF_SESSION;
    }

    public CheckoutSession completedBy(String payer, String paymentMethod) {
        return new CheckoutSession(
                id,
                mode,
                CheckoutSessionStatus.COMPLETE,
                lineItems,
                charges,
                payer,
                paymentMethod,
                paymentIntentId,
                savesPaymentMethodForOffSession,
                captureMethod,
                links,
                defaults,
                metadata,
                refundIds,
                captureIds,
                createdAt,
                expiresAt);
    }

    public CheckoutSession withCustomer(String customer) {
        return new CheckoutSession(
                id,
                mode,
                status,
                lineItems,
                charges,
                customer,
                paymentMethodId,
                paymentIntentId,
                savesPaymentMethodForOffSession,
                captureMethod,
                links,
                defaults,
                metadata,
                refundIds,
                captureIds,
                createdAt,
                expiresAt);
    }

    public CheckoutSession withStatus(CheckoutSessionStatus newStatus) {
        return new CheckoutSession(
                id,
                mode,
                newStatus,
                lineItems,
                charges,
                customerId,
                paymentMethodId,
                paymentIntentId,
                savesPaymentMethodForOffSession,
                captureMethod,
                links,
                defaults,
                metadata,
                refundIds,
                captureIds,
                createdAt,
                expiresAt);
    }

    /** The session with one more refund of its payment, by id (the refund itself is in the dataset's refunds). */
    public CheckoutSession withRefund(String refundId) {
        List<String> all = new ArrayList<>(refundIds);
        all.add(refundId);
        return new CheckoutSession(
                id,
                mode,
                status,
                lineItems,
                charges,
                customerId,
                paymentMethodId,
                paymentIntentId,
                savesPaymentMethodForOffSession,
                captureMethod,
                links,
                defaults,
                metadata,
                all,
                captureIds,
                createdAt,
                expiresAt);
    }

    /** The session with one more capture of its payment, by id (the capture itself is in the dataset's captures). */
    public CheckoutSession withCapture(String captureId) {
        List<String> all = new ArrayList<>(captureIds);
        all.add(captureId);
        return new CheckoutSession(
                id,
                mode,
                status,
                lineItems,
                charges,
                customerId,
                paymentMethodId,
                paymentIntentId,
                savesPaymentMethodForOffSession,
                captureMethod,
                links,
                defaults,
                metadata,
                refundIds,
                all,
                createdAt,
                expiresAt);
    }
}

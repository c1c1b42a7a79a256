package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.CheckoutSession;
import dev.flexkit.client.model.CustomerDefaults;
import dev.flexkit.client.model.ExpandableCustomer;
import dev.flexkit.client.model.ExpandablePaymentIntent;
import dev.flexkit.client.model.ExpandableSplitCart;
import dev.flexkit.client.model.ExpandableSubscription;
import dev.flexkit.client.model.Fee;
import dev.flexkit.client.model.SetupFutureUse;
import dev.flexkit.client.model.ShippingOptions;
import dev.flexkit.client.model.SplitCart;
import dev.flexkit.client.model.SplitCartPart;
import dev.flexkit.client.model.TaxCalculationMode;
import dev.flexkit.client.model.TaxRate;
import dev.flexkit.client.model.TotalDetails;
import dev.flexkit.sandbox.domain.Dataset;
import dev.flexkit.sandbox.domain.Invoice;
import dev.flexkit.sandbox.domain.LineItem;
import dev.flexkit.sandbox.domain.PaymentIntent;
import dev.flexkit.sandbox.domain.SetupIntent;
import dev.flexkit.sandbox.domain.Subscription;
import dev.flexkit.sandbox.hosted.HostedCheckoutUrls;
import java.util.HashMap;
import java.util.List;

/** A checkout session as the Flex API shows it, with the fields the caller asked to expand. */
final class CheckoutSessionView {

    private CheckoutSessionView() {}

    record Expansions(boolean customer, boolean paymentIntent, boolean subscription) {

        Expansions(boolean customer, boolean paymentIntent) {
            this(customer, paymentIntent, false);
        }

        static Expansions of(ApiCall call) {
            return new Expansions(
                    call.expands("customer"), call.expands("payment_intent"), call.expands("subscription"));
        }

        static final Expansions NONE = new Expansions(false, false);
    }

    static CheckoutSession of(dev.flexkit.sandbox.domain.CheckoutSession s, Dataset dataset, Expansions expand) {
        dev.flexkit.sandbox.domain.CheckoutSession.Charges charges = s.charges();
        // Setup and reimbursement sessions charge nothing and have no payment.
        PaymentIntent payment =
                s.paymentIntentId() == null ? null : dataset.checkouts().paymentIntent(s.paymentIntentId());
        Subscription subscription = dataset.subscriptions().ofSession(s.id());
        SetupIntent setupIntent = dataset.checkouts().setupIntentOf(s.id());
        Invoice firstInvoice = dataset.subscriptions().firstInvoiceOf(s.id());
        return new CheckoutSession()
                .checkoutSessionId(s.id())
                .allowPromotionCodes(charges.allowPromotionCodes())
                .amountTotal(s.amountTotal())
                .amountSubtotal(s.amountSubtotal())
                .amountReceived(payment == null ? 0L : payment.amountReceived())
                .amountRefunded(dataset.refunds().amountRefunded(s))
                // The sandbox has no disputes.
                .amountDisputed(0L)
                .disputes(List.of())
                .cancelUrl(s.links().cancelUrl())
                .captures(dataset.captures().of(s).stream().map(Views::capture).toList())
                .captureMethod(s.captureMethod())
                .clientReferenceId(s.links().clientReferenceId())
                .createdAt(s.createdAt().getEpochSecond())
                .customer(customer(s, dataset, expand))
                .defaults(
                        s.defaults() == null
                                ? null
                                : new CustomerDefaults()
                                        .customerId(s.defaults().customerId())
                                        .email(s.defaults().email())
                                        .firstName(s.defaults().firstName())
                                        .lastName(s.defaults().lastName())
                                        .phone(s.defaults().phone()))
                .expiresAt(s.expiresAt().getEpochSecond())
                // A subscription checkout pays (or, with a trial, opens) the subscription's first invoice.
                .invoice(firstInvoice == null ? null : firstInvoice.id())
                .hsaFsaEligible(s.hsaFsaEligible())
                .letterOfMedicalNecessityRequired(s.letterOfMedicalNecessityRequired())
                .metadata(Views.metadata(s.metadata()))
                .mode(s.mode())
                .origin(null)
                .paymentIntent(
                        payment == null
                                ? null
                                : expand.paymentIntent()
                                        ? ExpandablePaymentIntent.ofObject(Views.paymentIntent(payment, dataset, false))
                                        : ExpandablePaymentIntent.ofId(s.paymentIntentId()))
                // One payment intent per session: the sandbox never splits a payment.
                .paymentIntents(
                        payment == null ? List.of() : List.of(ExpandablePaymentIntent.ofId(s.paymentIntentId())))
                // Flex's hosted page is https://checkout.withflex.com/pay/c/fcs_...; the sandbox serves its own.
                .redirectUrl(
                        s.isOffSession()
                                ? null
                                : HostedCheckoutUrls.of(s.links().hostedPageOrigin(), s.id()))
                .refunds(dataset.refunds().of(s).stream()
                        .map(refund -> Views.refund(refund, payment.paymentMethodId()))
                        .toList())
                .setupIntent(setupIntent == null ? null : setupIntent.id())
                .shippingOptions(
                        charges.shippingRateName() == null && charges.shipping() == 0
                                ? null
                                : new ShippingOptions()
                                        .shippingRateId(charges.shippingRateId())
                                        .shippingAmount(charges.shipping())
                                        .displayName(charges.shippingRateName()))
                .shippingAddressCollection(false)
                .shippingDetails(null)
                .splitCart(splitCart(s))
                .status(s.status())
                .successUrl(s.links().successUrl())
                .fees(charges.feeItems().stream()
                        .map(fee -> new Fee()
                                .amount(fee.amount())
                                .feeType(fee.feeType())
                                .name(fee.name())
                                .description(fee.description()))
                        .toList())
                .customText(new HashMap<>())
                .subscription(
                        subscription == null
                                ? null
                                : expand.subscription()
                                        ? ExpandableSubscription.ofObject(
                                                BillingViews.subscription(subscription, dataset, false))
                                        : ExpandableSubscription.ofId(subscription.id()))
                .subscriptionData(null)
                .taxRate(charges.tax() == 0 ? null : new TaxRate().amount(charges.tax()))
                // Tax is added on top of the items.
                .taxCalculationMode(TaxCalculationMode.EXCLUSIVE)
                .paymentMethodOptions(new HashMap<>())
                .platformFees(new HashMap<>())
                .testMode(true)
                .totalDetails(new TotalDetails()
                        .amountDiscount(charges.discount())
                        .amountTax(charges.tax())
                        .amountShipping(charges.shipping()))
                .visitType(s.visitType())
                .setupFutureUse(s.savesPaymentMethodForOffSession() ? SetupFutureUse.OFF_SESSION : null);
    }

    private static ExpandableCustomer customer(
            dev.flexkit.sandbox.domain.CheckoutSession s, Dataset dataset, Expansions expand) {
        if (s.customerId() == null) {
            return null;
        }
        return expand.customer()
                ? ExpandableCustomer.ofObject(Views.customer(dataset.customers().customer(s.customerId())))
                : ExpandableCustomer.ofId(s.customerId());
    }

    // On session, a cart that mixes eligible and other items is paid in two parts; off session it never exists.
    private static ExpandableSplitCart splitCart(dev.flexkit.sandbox.domain.CheckoutSession s) {
        List<LineItem> eligible =
                s.lineItems().stream().filter(i -> i.product().hsaFsaEligible()).toList();
        if (s.isOffSession()
                || eligible.isEmpty()
                || eligible.size() == s.lineItems().size()) {
            return null;
        }
        List<LineItem> other = s.lineItems().stream()
                .filter(i -> !i.product().hsaFsaEligible())
                .toList();
        return ExpandableSplitCart.ofObject(new SplitCart()
                .splitCartId(null)
                .eligibleCart(part(eligible))
                .nonEligibleCart(part(other))
                .checkoutSessionId(s.id()));
    }

    private static SplitCartPart part(List<LineItem> items) {
        long amount = items.stream().mapToLong(LineItem::amount).sum();
        return new SplitCartPart()
                .amountSubtotal(amount)
                .amountTotal(amount)
                .amountTax(0L)
                .amountDiscount(0L)
                .amountShipping(0L)
                .paymentIntent(null);
    }
}

package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.Address;
import dev.flexkit.client.model.BillingAddress;
import dev.flexkit.client.model.BillingDetails;
import dev.flexkit.client.model.Card;
import dev.flexkit.client.model.Customer;
import dev.flexkit.client.model.ExpandableCustomer;
import dev.flexkit.client.model.ExpandableProduct;
import dev.flexkit.client.model.LineItem;
import dev.flexkit.client.model.PaymentIntent;
import dev.flexkit.client.model.PaymentMethod;
import dev.flexkit.client.model.Price;
import dev.flexkit.client.model.PriceType;
import dev.flexkit.client.model.Product;
import dev.flexkit.client.model.Recurring;
import dev.flexkit.client.model.Refund;
import dev.flexkit.client.model.RefundItem;
import dev.flexkit.client.model.RefundStatus;
import dev.flexkit.sandbox.domain.Dataset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain's objects as the Flex API shows them (the generated models). Every documented field is written,
 * {@code null} when the sandbox has no value for it, as Flex's FastAPI service does.
 */
final class Views {

    private Views() {}

    static Product product(dev.flexkit.sandbox.domain.Product p) {
        return new Product()
                .productId(p.id())
                .name(p.name())
                .description(p.description())
                .documentDescription(null)
                .receiptDescription(null)
                .createdAt(time(p.createdAt()))
                .visitType(p.visitType())
                .active(p.active())
                .upcCode(p.upcCode())
                .gtin(p.gtin())
                .referenceGtin(p.referenceGtin())
                .hsaFsaEligibility(p.eligibility())
                .eligibilityRationale(null)
                .url(p.url())
                .clientReferenceId(p.clientReferenceId())
                .testMode(true)
                .metadata(metadata(p.metadata()));
    }

    static Price price(
            dev.flexkit.sandbox.domain.Price p, dev.flexkit.sandbox.domain.Product product, boolean expandProduct) {
        return new Price()
                .priceId(p.id())
                .description(p.description())
                .trialPeriodDays(null)
                .unitAmount(p.unitAmount())
                .recurring(
                        p.recurring() == null
                                ? null
                                : new Recurring()
                                        .interval(p.recurring().interval())
                                        .intervalCount(p.recurring().intervalCount())
                                        .trialPeriodDays(null))
                .active(p.active())
                .product(
                        expandProduct
                                ? ExpandableProduct.ofObject(product(product))
                                : ExpandableProduct.ofId(product.id()))
                .createdAt(time(p.createdAt()))
                .type(p.recurring() == null ? PriceType.ONE_TIME : PriceType.RECURRING)
                .metadata(metadata(p.metadata()))
                .hsaFsaEligibility(product.eligibility())
                .testMode(true);
    }

    static Customer customer(dev.flexkit.sandbox.domain.Customer c) {
        return new Customer()
                .customerId(c.id())
                .firstName(c.firstName())
                .lastName(c.lastName())
                .email(c.email())
                .phone(c.phone())
                .employer(c.employer())
                .shipping(
                        c.shipping() == null
                                ? null
                                : new Address()
                                        .shippingAddressId(c.shipping().id())
                                        .line1(c.shipping().line1())
                                        .line2(c.shipping().line2())
                                        .city(c.shipping().city())
                                        .state(c.shipping().state())
                                        .postalCode(c.shipping().postalCode())
                                        .country(c.shipping().country()))
                .metadata(metadata(c.metadata()))
                .createdAt(time(c.createdAt()))
                .testMode(true);
    }

    static PaymentMethod paymentMethod(
            dev.flexkit.sandbox.domain.PaymentMethod pm, dev.flexkit.sandbox.domain.Customer owner) {
        return new PaymentMethod()
                .paymentMethodId(pm.id())
                .billingDetails(new BillingDetails()
                        .address(new BillingAddress()
                                .line1(null)
                                .line2(null)
                                .city(null)
                                .state(null)
                                .postalCode(null)
                                .country(null))
                        .email(owner.email())
                        .name(owner.fullName().isEmpty() ? null : owner.fullName())
                        .phone(owner.phone()))
                .customer(ExpandableCustomer.ofId(pm.customerId()))
                .metadata(null)
                .card(new Card()
                        .brand(pm.card().brand())
                        .country("US")
                        .expMonth((long) pm.card().expMonth())
                        .expYear((long) pm.card().expYear())
                        .funding("credit")
                        .last4(pm.card().last4()))
                .createdAt(time(pm.createdAt()))
                .testMode(true)
                .offSession(pm.offSession());
    }

    static PaymentIntent paymentIntent(
            dev.flexkit.sandbox.domain.PaymentIntent pi, Dataset dataset, boolean expandCustomer) {
        return new PaymentIntent()
                .paymentIntentId(pi.id())
                .amount(pi.amount())
                .amountCapturable(pi.amountCapturable())
                .amountReceived(pi.amountReceived())
                .applicationFeeAmount(null)
                .customer(
                        pi.customerId() == null
                                ? null
                                : expandCustomer
                                        ? ExpandableCustomer.ofObject(
                                                customer(dataset.customers().customer(pi.customerId())))
                                        : ExpandableCustomer.ofId(pi.customerId()))
                .transferData(null)
                .status(pi.status())
                .latestCharge(null)
                .createdAt(time(pi.createdAt()))
                .invoice(null)
                .captureMethod(pi.captureMethod())
                .clientSecret(pi.id() + "_secret")
                .metadata(new HashMap<>())
                .paymentMethod(pi.paymentMethodId())
                .testMode(true)
                .transferGroup(null);
    }

    static LineItem lineItem(dev.flexkit.sandbox.domain.LineItem item) {
        return new LineItem()
                .lineItemId(item.id())
                .amountDiscount(0L)
                .amountSubtotal(item.amount())
                .amountTax(0L)
                .amountTotal(item.amount())
                .amountShipping(0L)
                .amountFee(0L)
                .description(
                        item.price().description() != null
                                ? item.price().description()
                                : item.product().name())
                .fees(List.of())
                .price(price(item.price(), item.product(), true))
                .quantity(item.quantity())
                .eligibility(item.product().eligibility())
                .shippingRate(null);
    }

    static Refund refund(dev.flexkit.sandbox.domain.Refund r, String paymentMethodId) {
        return new Refund()
                .refundId(r.id())
                .paymentIntentId(r.paymentIntentId())
                .amount(r.amount())
                .createdAt(r.createdAt().toString())
                .reason(null)
                .status(RefundStatus.SUCCEEDED)
                .testMode(true)
                .metadata(metadata(r.metadata()))
                .items(List.of(new RefundItem()
                        .amountRefunded(r.amount())
                        .paymentIntent(r.paymentIntentId())
                        .paymentMethodId(paymentMethodId)))
                .subscriptionId(null)
                .invoiceId(null);
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Map<String, Object> metadata(Map<String, String> metadata) {
        return new HashMap<>(metadata);
    }
}

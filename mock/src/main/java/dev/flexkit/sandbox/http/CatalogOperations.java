package dev.flexkit.sandbox.http;

import dev.flexkit.client.model.PriceCreateParams;
import dev.flexkit.client.model.PriceCreateRequest;
import dev.flexkit.client.model.PriceEnvelope;
import dev.flexkit.client.model.PriceList;
import dev.flexkit.client.model.PriceUpdateParams;
import dev.flexkit.client.model.PriceUpdateRequest;
import dev.flexkit.client.model.ProductCreateParams;
import dev.flexkit.client.model.ProductCreateRequest;
import dev.flexkit.client.model.ProductEnvelope;
import dev.flexkit.client.model.ProductList;
import dev.flexkit.client.model.ProductUpdateParams;
import dev.flexkit.client.model.ProductUpdateRequest;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.sandbox.domain.Catalog;
import dev.flexkit.sandbox.domain.Drafts;
import dev.flexkit.sandbox.domain.Price;
import dev.flexkit.sandbox.domain.Problem;
import dev.flexkit.sandbox.domain.RuleViolationException;
import java.util.Map;

/** The product and price operations of the contract. */
final class CatalogOperations {

    private CatalogOperations() {}

    static void register(Map<String, Operation> operations) {
        operations.put("createProduct", CatalogOperations::createProduct);
        operations.put(
                "listProducts",
                call -> new ProductList()
                        .products(call
                                .dataset()
                                .catalog()
                                .products(call.queryBoolean("active"), call.query("client_reference_id"), call.page())
                                .stream()
                                .map(Views::product)
                                .toList()));
        operations.put(
                "retrieveProduct",
                call -> new ProductEnvelope()
                        .product(Views.product(call.dataset().catalog().product(call.path("id")))));
        operations.put("updateProduct", CatalogOperations::updateProduct);
        operations.put("createPrice", CatalogOperations::createPrice);
        operations.put("listPrices", call -> {
            Catalog catalog = call.dataset().catalog();
            return new PriceList()
                    .prices(catalog.prices(call.query("product"), call.queryBoolean("active"), call.page()).stream()
                            .map(price -> Views.price(
                                    price,
                                    catalog.product(price.productId()),
                                    Boolean.TRUE.equals(call.queryBoolean("expand_product"))))
                            .toList());
        });
        operations.put(
                "retrievePrice",
                call -> envelope(
                        call,
                        call.dataset().catalog().price(call.path("id")),
                        Boolean.TRUE.equals(call.queryBoolean("expand_product"))));
        operations.put("updatePrice", call -> {
            PriceUpdateParams p = call.body(PriceUpdateRequest.class).getPrice();
            return envelope(
                    call,
                    call.dataset().catalog().updatePrice(call.path("id"), p.getDescription(), p.getActive()),
                    false);
        });
    }

    private static Object createProduct(ApiCall call) {
        ProductCreateParams p = call.body(ProductCreateRequest.class).getProduct();
        if (Boolean.TRUE.equals(p.getUseFeligibot())) {
            // Flex's classifier decides eligibility from the product's codes; the sandbox cannot pretend to.
            throw new RuleViolationException(Problem.of(
                    "use_feligibot_not_supported_by_sandbox",
                    "the sandbox does not classify products: give hsa_fsa_eligibility",
                    "use_feligibot"));
        }
        return new ProductEnvelope()
                .product(Views.product(call.dataset()
                        .catalog()
                        .createProduct(new Drafts.ProductDraft(
                                null,
                                p.getName(),
                                p.getDescription(),
                                p.getVisitType(),
                                p.getHsaFsaEligibility(),
                                p.getUpcCode(),
                                p.getGtin(),
                                p.getReferenceGtin(),
                                p.getUrl(),
                                p.getClientReferenceId(),
                                p.getMetadata()))));
    }

    private static Object updateProduct(ApiCall call) {
        ProductUpdateParams p = call.body(ProductUpdateRequest.class).getProduct();
        return new ProductEnvelope()
                .product(Views.product(call.dataset()
                        .catalog()
                        .updateProduct(
                                call.path("id"),
                                new Drafts.ProductChanges(
                                        p.getName(),
                                        p.getDescription(),
                                        p.getActive(),
                                        p.getVisitType(),
                                        p.getHsaFsaEligibility(),
                                        p.getUpcCode(),
                                        p.getGtin(),
                                        p.getReferenceGtin(),
                                        p.getUrl(),
                                        p.getMetadata()))));
    }

    /** A recurring price's request, of a price or of a checkout's {@code price_data}; no interval count is 1. */
    static Price.Recurring recurring(RecurringParams r) {
        return r == null
                ? null
                : new Price.Recurring(
                        r.getInterval(),
                        r.getIntervalCount() == null ? 1 : r.getIntervalCount(),
                        r.getTrialPeriodDays());
    }

    private static Object createPrice(ApiCall call) {
        PriceCreateParams p = call.body(PriceCreateRequest.class).getPrice();
        Price.Recurring recurring = recurring(p.getRecurring());
        return envelope(
                call,
                call.dataset()
                        .catalog()
                        .createPrice(new Drafts.PriceDraft(
                                null,
                                p.getProduct(),
                                p.getUnitAmount(),
                                p.getDescription(),
                                recurring,
                                p.getActive(),
                                p.getMetadata())),
                false);
    }

    private static PriceEnvelope envelope(ApiCall call, Price price, boolean expandProduct) {
        return new PriceEnvelope()
                .price(Views.price(price, call.dataset().catalog().product(price.productId()), expandProduct));
    }
}

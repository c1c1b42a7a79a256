package dev.flexkit.sandbox.domain;

import dev.flexkit.sandbox.domain.Drafts.PriceDraft;
import dev.flexkit.sandbox.domain.Drafts.ProductChanges;
import dev.flexkit.sandbox.domain.Drafts.ProductDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The merchant's products and prices. */
public final class Catalog {

    private final Dataset data;

    Catalog(Dataset data) {
        this.data = data;
    }

    public Product createProduct(ProductDraft draft) {
        return data.locked(() -> {
            Product product = newProduct(draft);
            data.products.put(product);
            return product;
        });
    }

    public Product updateProduct(String id, ProductChanges changes) {
        return data.locked(() -> {
            Product old = data.products.require(id);
            Product updated = new Product(
                    id,
                    or(changes.name(), old.name()),
                    or(changes.description(), old.description()),
                    or(changes.visitType(), old.visitType()),
                    or(changes.eligibility(), old.eligibility()),
                    or(changes.active(), old.active()),
                    or(changes.upcCode(), old.upcCode()),
                    or(changes.gtin(), old.gtin()),
                    or(changes.referenceGtin(), old.referenceGtin()),
                    or(changes.url(), old.url()),
                    old.clientReferenceId(),
                    or(changes.metadata(), old.metadata()),
                    old.createdAt());
            data.products.put(updated);
            return updated;
        });
    }

    public Product product(String id) {
        return data.reading(() -> data.products.require(id));
    }

    public List<Product> products(Boolean active, String clientReferenceId, Page page) {
        Predicate<Product> filter = active == null && clientReferenceId == null
                ? null
                : p -> (active == null || p.active() == active)
                        && (clientReferenceId == null || clientReferenceId.equals(p.clientReferenceId()));
        return data.reading(() -> data.products.page(filter, page));
    }

    public Price createPrice(PriceDraft draft) {
        return data.locked(() -> {
            if (!data.products.contains(draft.productId())) {
                throw new RuleViolationException(
                        Problem.of("product_not_found", "No such product: " + draft.productId(), "product"));
            }
            Price price = newPrice(draft);
            data.prices.put(price);
            return price;
        });
    }

    public Price updatePrice(String id, String description, Boolean active) {
        return data.locked(() -> {
            Price price = data.prices.require(id);
            Price updated =
                    price.withDescription(or(description, price.description())).withActive(or(active, price.active()));
            data.prices.put(updated);
            return updated;
        });
    }

    public Price price(String id) {
        return data.reading(() -> data.prices.require(id));
    }

    public List<Price> prices(String productId, Boolean active, Page page) {
        Predicate<Price> filter = productId == null && active == null
                ? null
                : p -> (productId == null || productId.equals(p.productId()))
                        && (active == null || p.active() == active);
        return data.reading(() -> data.prices.page(filter, page));
    }

    // Also used by the seeder, which checks ids itself before creating anything.
    Product newProduct(ProductDraft draft) {
        String id = idOrNew(draft.productId(), "fprod_", data.products, "product_id");
        return new Product(
                id,
                draft.name(),
                draft.description(),
                draft.visitType(),
                draft.eligibility(),
                true,
                draft.upcCode(),
                draft.gtin(),
                draft.referenceGtin(),
                draft.url(),
                draft.clientReferenceId(),
                or(draft.metadata(), Map.of()),
                data.clock.now());
    }

    Price newPrice(PriceDraft draft) {
        String id = idOrNew(draft.priceId(), "fprice_", data.prices, "price_id");
        return new Price(
                id,
                draft.productId(),
                or(draft.unitAmount(), 0L),
                draft.description(),
                draft.recurring(),
                or(draft.active(), true),
                or(draft.metadata(), Map.of()),
                data.clock.now());
    }

    static String idOrNew(String given, String prefix, Store<?> store, String field) {
        if (given == null) {
            return Ids.next(prefix);
        }
        if (store.contains(given)) {
            throw new RuleViolationException(Problem.of("id_already_exists", given + " already exists", field));
        }
        return given;
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}

package dev.flexkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flexkit.client.ApiException;
import dev.flexkit.client.api.PricesApi;
import dev.flexkit.client.api.ProductsApi;
import dev.flexkit.client.model.HsaFsaEligibility;
import dev.flexkit.client.model.Price;
import dev.flexkit.client.model.PriceCreateParams;
import dev.flexkit.client.model.PriceCreateRequest;
import dev.flexkit.client.model.PriceType;
import dev.flexkit.client.model.PriceUpdateParams;
import dev.flexkit.client.model.PriceUpdateRequest;
import dev.flexkit.client.model.Product;
import dev.flexkit.client.model.ProductCreateParams;
import dev.flexkit.client.model.ProductCreateRequest;
import dev.flexkit.client.model.ProductUpdateParams;
import dev.flexkit.client.model.ProductUpdateRequest;
import dev.flexkit.client.model.RecurringInterval;
import dev.flexkit.client.model.RecurringParams;
import dev.flexkit.client.model.VisitType;
import dev.flexkit.sandbox.FlexSandboxExtension;
import dev.flexkit.sandbox.SandboxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogApiTest {

    @RegisterExtension
    static final FlexSandboxExtension FLEX = FlexSandboxExtension.newInstance().build();

    private final SandboxClient sandbox = new SandboxClient(FLEX);

    private Product product(String name, VisitType visitType, HsaFsaEligibility eligibility) throws ApiException {
        return sandbox.products()
                .createProduct(new ProductCreateRequest()
                        .product(new ProductCreateParams()
                                .name(name)
                                .visitType(visitType)
                                .hsaFsaEligibility(eligibility)
                                .clientReferenceId("sku-" + name)))
                .getProduct();
    }

    @Test
    void aProductWithoutEligibilityIsNotEligible() throws Exception {
        Product product = product("T-shirt", null, null);

        assertThat(product.getProductId()).startsWith("fprod_");
        assertThat(product.getHsaFsaEligibility()).isEqualTo(HsaFsaEligibility.NOT_ELIGIBLE);
        assertThat(product.getActive()).isTrue();
    }

    @Test
    void theSandboxDoesNotPretendToClassifyProducts() {
        assertThatThrownBy(() -> sandbox.products()
                        .createProduct(new ProductCreateRequest()
                                .product(new ProductCreateParams()
                                        .name("Mystery")
                                        .useFeligibot(true))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("use_feligibot_not_supported_by_sandbox");
                });
    }

    @Test
    void productsAreListedFilteredAndUpdated() throws Exception {
        Product gym = product("Gym", VisitType.GYM, HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY);
        Product shirt = product("Shirt", null, HsaFsaEligibility.NOT_ELIGIBLE);

        sandbox.products()
                .updateProduct(
                        shirt.getProductId(),
                        new ProductUpdateRequest().product(new ProductUpdateParams().active(false)));

        assertThat(sandbox.products()
                        .listProducts(new ProductsApi.ListProductsParams().active(true))
                        .getProducts())
                .extracting(Product::getProductId)
                .containsExactly(gym.getProductId());
        assertThat(sandbox.products()
                        .listProducts(new ProductsApi.ListProductsParams().clientReferenceId("sku-Shirt"))
                        .getProducts())
                .singleElement()
                .satisfies(p -> assertThat(p.getActive()).isFalse());
        assertThat(sandbox.products()
                        .retrieveProduct(gym.getProductId())
                        .getProduct()
                        .getVisitType())
                .isEqualTo(VisitType.GYM);
    }

    @Test
    void pricesBelongToAProductAndTakeItsEligibility() throws Exception {
        Product gym = product("Gym", VisitType.GYM, HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY);

        Price monthly = sandbox.prices()
                .createPrice(new PriceCreateRequest()
                        .price(new PriceCreateParams()
                                .product(gym.getProductId())
                                .unitAmount(6900L)
                                .recurring(new RecurringParams().interval(RecurringInterval.MONTHLY))))
                .getPrice();
        Price expanded = sandbox.prices()
                .retrievePrice(monthly.getPriceId(), new PricesApi.RetrievePriceParams().expandProduct(true))
                .getPrice();

        assertThat(monthly.getPriceId()).startsWith("fprice_");
        assertThat(monthly.getType()).isEqualTo(PriceType.RECURRING);
        assertThat(monthly.getHsaFsaEligibility()).isEqualTo(HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY);
        assertThat(monthly.getProduct().isExpanded()).isFalse();
        assertThat(expanded.getProduct().getObject().getName()).isEqualTo("Gym");
        assertThat(sandbox.prices()
                        .listPrices(new PricesApi.ListPricesParams().product(gym.getProductId()))
                        .getPrices())
                .extracting(Price::getPriceId)
                .containsExactly(monthly.getPriceId());
        assertThat(sandbox.prices()
                        .listPrices(new PricesApi.ListPricesParams()
                                .product(gym.getProductId())
                                .expandProduct(true))
                        .getPrices())
                .singleElement()
                .satisfies(price ->
                        assertThat(price.getProduct().getObject().getName()).isEqualTo("Gym"));
    }

    @Test
    void aPriceUpdateChangesDescriptionAndActive() throws Exception {
        Product gym = product("Gym", VisitType.GYM, HsaFsaEligibility.LETTER_OF_MEDICAL_NECESSITY);
        Price price = sandbox.prices()
                .createPrice(new PriceCreateRequest()
                        .price(new PriceCreateParams()
                                .product(gym.getProductId())
                                .unitAmount(100L)))
                .getPrice();

        Price updated = sandbox.prices()
                .updatePrice(
                        price.getPriceId(),
                        new PriceUpdateRequest()
                                .price(new PriceUpdateParams()
                                        .description("Old plan")
                                        .active(false)))
                .getPrice();

        assertThat(updated.getDescription()).isEqualTo("Old plan");
        assertThat(updated.getActive()).isFalse();
        assertThat(updated.getUnitAmount()).isEqualTo(100);
    }

    @Test
    void aPriceForAnUnknownProductIsRefused() {
        assertThatThrownBy(() -> sandbox.prices()
                        .createPrice(new PriceCreateRequest()
                                .price(new PriceCreateParams()
                                        .product("fprod_nope")
                                        .unitAmount(100L))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("product_not_found");
                });
    }

    @Test
    void unknownProductsAndPricesAreNotFound() {
        assertThatThrownBy(() -> sandbox.products().retrieveProduct("fprod_nope"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.prices().retrievePrice("fprice_nope"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> sandbox.prices()
                        .updatePrice("fprice_nope", new PriceUpdateRequest().price(new PriceUpdateParams())))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
}

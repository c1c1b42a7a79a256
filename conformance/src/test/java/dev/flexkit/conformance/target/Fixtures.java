package dev.flexkit.conformance.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fixtures file: the objects of the target that scenarios name by role ("gym membership", "Grace"), for
 * the preconditions the API cannot create (a customer who already holds a letter, say).
 */
public record Fixtures(Map<String, ProductRole> products, Map<String, CustomerRole> customers) {

    /** A product, by the id of the price scenarios buy it with. */
    public record ProductRole(@JsonProperty("price") String priceId) {
    }

    public record CustomerRole(@JsonProperty("customer") String customerId,
            @JsonProperty("payment_method") String paymentMethodId,
            @JsonProperty("email") String email) {
    }

    public static Fixtures read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), Fixtures.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the fixtures file " + file + ": " + e.getMessage(), e);
        }
    }

    public ProductRole product(String role) {
        ProductRole product = products.get(role);
        if (product == null) {
            throw new IllegalArgumentException("No product with the role \"" + role + "\" in the fixtures; known: " + products.keySet());
        }
        return product;
    }

    public CustomerRole customer(String role) {
        CustomerRole customer = customers.get(role);
        if (customer == null) {
            throw new IllegalArgumentException("No customer with the role \"" + role + "\" in the fixtures; known: " + customers.keySet());
        }
        return customer;
    }
}

package dev.flexkit.conformance.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The fixtures file: the objects of the target that scenarios name by role ("gym membership", "Grace"), for
 * the preconditions the API cannot create (a customer who already holds a letter, say).
 */
public record Fixtures(Map<String, ProductRole> products, Map<String, CustomerRole> customers) {

    /** A product, by the id of the price scenarios buy it with. */
    public record ProductRole(@JsonProperty("price") String priceId) {}

    /**
     * A customer, with the letters the fixtures file says they hold: Flex's API does not show letters, so on live
     * they are what the file declares, never what the target showed.
     */
    public record CustomerRole(
            @JsonProperty("customer") String customerId,
            @JsonProperty("payment_method") String paymentMethodId,
            @JsonProperty("email") String email,
            @JsonProperty("letters") List<DeclaredLetter> letters) {

        public CustomerRole {
            letters = letters == null ? List.of() : List.copyOf(letters);
        }

        public CustomerRole(String customerId, String paymentMethodId, String email) {
            this(customerId, paymentMethodId, email, List.of());
        }
    }

    /** A letter as the fixtures file declares it: its visit type and the day of the consultation. */
    public record DeclaredLetter(
            @JsonProperty("visit_type") String visitType,
            @JsonProperty("consultation_date") LocalDate consultationDate) {}

    public static Fixtures read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .findAndRegisterModules()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), Fixtures.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the fixtures file " + file + ": " + e.getMessage(), e);
        }
    }

    public ProductRole product(String role) {
        ProductRole product = products.get(role);
        if (product == null) {
            throw new IllegalArgumentException(
                    "No product with the role \"" + role + "\" in the fixtures; known: " + products.keySet());
        }
        return product;
    }

    public CustomerRole customer(String role) {
        CustomerRole customer = customers.get(role);
        if (customer == null) {
            throw new IllegalArgumentException(
                    "No customer with the role \"" + role + "\" in the fixtures; known: " + customers.keySet());
        }
        return customer;
    }
}

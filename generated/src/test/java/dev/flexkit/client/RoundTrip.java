package dev.flexkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Reads a JSON document into a generated model with the client's own ObjectMapper and writes it back. */
final class RoundTrip {

    // A client given no HttpClient: new ApiClient() would open a connection pool that nothing closes.
    static final ObjectMapper MAPPER = new ApiClient((CloseableHttpClient) null).getObjectMapper();

    private RoundTrip() {}

    /**
     * Asserts that the document survives the model field for field and that every field of it is declared.
     *
     * @return the model read
     */
    static <T> T assertLossless(String json, Class<T> modelType) throws Exception {
        T model = MAPPER.readValue(json, modelType);

        JsonNode original = MAPPER.readTree(json);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(model));

        assertThat(written).as("written back").isEqualTo(original);
        assertThat(ModelGraph.undeclaredFields(model))
                .as("fields the contract does not declare")
                .isEmpty();
        return model;
    }
}

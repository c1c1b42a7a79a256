package dev.flexkit.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of one call, without building a second client: the idempotency key to send (instead of one the client
 * generates), another API key, extra headers.
 *
 * <pre>{@code
 * sessions.createCheckoutSession(request, RequestOptions.builder().idempotencyKey("order-1234").build());
 * }</pre>
 */
public final class RequestOptions {

    /** The header of the idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final RequestOptions NONE = builder().build();

    private final String idempotencyKey;
    private final String apiKey;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.idempotencyKey = builder.idempotencyKey;
        this.apiKey = builder.apiKey;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /** @return no options: the client's own settings */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The API key is left out on purpose: options end up in logs. */
    @Override
    public String toString() {
        return "RequestOptions{idempotencyKey=" + idempotencyKey + ", apiKey=" + (apiKey == null ? "none" : "set")
                + ", headers=" + headers.keySet() + "}";
    }

    public static final class Builder {

        private String idempotencyKey;
        private String apiKey;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /** The key of a {@code POST} or {@code PATCH}, sent unchanged with every attempt of the call. */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            return this;
        }

        /** The API key of this call instead of the client's ({@code Authorization: Bearer ...}). */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /** A header sent with this call, replacing one of the same name the client would send. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}

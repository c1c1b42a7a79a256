package dev.flexkit.sandbox.domain;

import java.time.Instant;
import java.util.Map;

public record Customer(
        String id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String employer,
        Address shipping,
        Map<String, String> metadata,
        Instant createdAt)
        implements Entity {

    public Customer {
        metadata = Map.copyOf(metadata);
    }

    public String fullName() {
        return String.join(" ", firstName == null ? "" : firstName, lastName == null ? "" : lastName)
                .trim();
    }
}

package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters of a dataset, by customer: a renewal looks up one customer's letters, and with 10,000 subscriptions
 * renewing that lookup must not read every letter of the dataset. Not thread-safe: the dataset locks.
 */
final class LetterBook {

    private final Map<String, List<Letter>> byCustomer = new HashMap<>();

    void addAll(Collection<Letter> letters) {
        letters.forEach(letter -> byCustomer
                .computeIfAbsent(letter.customerId(), customer -> new ArrayList<>())
                .add(letter));
    }

    /** @return the customer's letters, in the order they were granted */
    List<Letter> of(String customerId) {
        return List.copyOf(byCustomer.getOrDefault(customerId, List.of()));
    }

    void clear() {
        byCustomer.clear();
    }
}

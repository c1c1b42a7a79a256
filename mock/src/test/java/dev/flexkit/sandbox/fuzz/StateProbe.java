package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.RawHttp;
import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a key can see of its dataset, read through its listings, to prove that a refused request changed nothing.
 * A request is compared on the listings it could change (a customer request on the customers, a checkout on the
 * sessions and customers; anything else, the control API included, on all four); a key's listings are read again
 * only after one of its requests was accepted.
 */
final class StateProbe {

    private static final String CUSTOMERS = "/v1/customers?limit=100";
    private static final String PRODUCTS = "/v1/products?limit=100";
    private static final String PRICES = "/v1/prices?limit=100";
    private static final String SESSIONS = "/v1/checkout/sessions?limit=100";
    private static final List<String> ALL = List.of(CUSTOMERS, PRODUCTS, PRICES, SESSIONS);

    private final RawHttp http;
    private final BiConsumer<FuzzRequest, RawHttp.Response> onAnswer;
    private final Map<String, Map<String, String>> pictures = new HashMap<>();
    private int requests;
    private long millis;

    /** @param onAnswer sees every answer of the probe (they are checked like any other) */
    StateProbe(RawHttp http, BiConsumer<FuzzRequest, RawHttp.Response> onAnswer) {
        this.http = http;
        this.onAnswer = onAnswer;
    }

    /** @return the listings {@code request} could change */
    static List<String> listingsOf(FuzzRequest request) {
        String target = request.target();
        if (target.startsWith("/v1/customers")) {
            return List.of(CUSTOMERS);
        }
        if (target.startsWith("/v1/products")) {
            return List.of(PRODUCTS);
        }
        if (target.startsWith("/v1/prices")) {
            return List.of(PRICES, PRODUCTS);
        }
        if (target.startsWith("/v1/checkout/sessions")) {
            return List.of(SESSIONS, CUSTOMERS);
        }
        return ALL;
    }

    /** @return the key's listings as last read, reading those not read since its last accepted change */
    String picture(String key, List<String> listings) throws IOException {
        Map<String, String> known = pictures.computeIfAbsent(key, k -> new HashMap<>());
        StringBuilder picture = new StringBuilder();
        for (String listing : listings) {
            String page = known.get(listing);
            if (page == null) {
                page = read(key, listing);
                known.put(listing, page);
            }
            picture.append(page);
        }
        return picture.toString();
    }

    /** @return the key's listings now, read afresh */
    String readAgain(String key, List<String> listings) throws IOException {
        Map<String, String> known = pictures.computeIfAbsent(key, k -> new HashMap<>());
        StringBuilder picture = new StringBuilder();
        for (String listing : listings) {
            String page = read(key, listing);
            known.put(listing, page);
            picture.append(page);
        }
        return picture.toString();
    }

    private String read(String key, String listing) throws IOException {
        FuzzRequest request = FuzzRequest.of("GET", listing, key, null, null, Intent.VALID, "probe");
        long start = System.nanoTime();
        RawHttp.Response answer = request.sendOn(http);
        millis += (System.nanoTime() - start) / 1_000_000;
        requests++;
        onAnswer.accept(request, answer);
        return listing + " " + answer.status() + " " + new String(answer.body(), StandardCharsets.UTF_8) + "\n";
    }

    void changed(String key) {
        pictures.remove(key);
    }

    int requests() {
        return requests;
    }

    long millis() {
        return millis;
    }

    static List<String> all() {
        return ALL;
    }
}

package dev.flexkit.sandbox.fuzz;

import dev.flexkit.sandbox.fuzz.FuzzRequest.Intent;
import dev.flexkit.sandbox.fuzz.RawHttp.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a key can see of its dataset, read through its listings, to prove that a refused request changed nothing.
 * A key's picture is read again only after one of its requests was accepted.
 */
final class StateProbe {

    private static final List<String> LISTINGS = List.of("/v1/customers?limit=100", "/v1/products?limit=100",
            "/v1/prices?limit=100", "/v1/checkout/sessions?limit=100");

    private final RawHttp http;
    private final Map<String, String> pictures = new HashMap<>();
    private int requests;

    StateProbe(RawHttp http) {
        this.http = http;
    }

    /** @param onAnswer sees every answer of the probe (they are checked like any other) */
    String picture(String key, java.util.function.BiConsumer<FuzzRequest, Answer> onAnswer) throws IOException {
        String known = pictures.get(key);
        if (known != null) {
            return known;
        }
        String picture = read(key, onAnswer);
        pictures.put(key, picture);
        return picture;
    }

    /** @return the key's listings now, read afresh */
    String read(String key, java.util.function.BiConsumer<FuzzRequest, Answer> onAnswer) throws IOException {
        StringBuilder picture = new StringBuilder();
        for (String listing : LISTINGS) {
            FuzzRequest request = FuzzRequest.of("GET", listing, key, null, null, Intent.VALID, "probe");
            Answer answer = http.send(request);
            requests++;
            onAnswer.accept(request, answer);
            picture.append(listing).append(' ').append(answer.status()).append(' ')
                    .append(new String(answer.body(), StandardCharsets.UTF_8)).append('\n');
        }
        return picture.toString();
    }

    void changed(String key) {
        pictures.remove(key);
    }

    int requests() {
        return requests;
    }
}

package dev.flexkit.sandbox.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The ids each key has seen as its own, which fill the id fields of fuzzed requests (its own ids mostly, another
 * key's ids sometimes, unknown ones), and the isolation check: a key must never be shown an id only another key
 * owns.
 */
final class IdPool {

    /** A Flex id: prefix, underscore, letters and digits. */
    static final Pattern ID = Pattern.compile("^f[a-z]{1,6}_[0-9A-Za-z]+$");

    private static final Map<String, String> PREFIX_BY_NAME = Map.ofEntries(
            Map.entry("sessions", "fcs_"),
            Map.entry("checkout_session", "fcs_"),
            Map.entry("customers", "fcus_"),
            Map.entry("customer", "fcus_"),
            Map.entry("customer_id", "fcus_"),
            Map.entry("payment_methods", "fpm_"),
            Map.entry("payment_method", "fpm_"),
            Map.entry("payment_method_id", "fpm_"),
            Map.entry("products", "fprod_"),
            Map.entry("product", "fprod_"),
            Map.entry("product_id", "fprod_"),
            Map.entry("prices", "fprice_"),
            Map.entry("price", "fprice_"),
            Map.entry("price_id", "fprice_"),
            Map.entry("payment_intent", "fpi_"),
            Map.entry("subscriptions", "fsub_"),
            Map.entry("subscription", "fsub_"),
            Map.entry("invoices", "fin_"),
            Map.entry("invoice", "fin_"),
            Map.entry("shipping_rates", "fshr_"),
            Map.entry("shipping_rate_id", "fshr_"),
            Map.entry("coupons", "fcoup_"),
            Map.entry("coupon_id", "fcoup_"),
            Map.entry("promo_codes", "fpromo_"));

    /** The fields that give a new object its id, as opposed to naming another object. */
    private static final Set<String> OWN_ID_FIELDS =
            Set.of("customer_id", "product_id", "price_id", "payment_method_id");

    private final Map<String, Map<String, List<String>>> byKey = new HashMap<>();
    private final Map<String, Set<String>> owners = new HashMap<>();
    private final Map<String, Integer> keyTags = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    /** @return the id prefix of a collection ({@code customers}) or of a field naming an object ({@code price}) */
    static String prefixOfCollection(String name) {
        return PREFIX_BY_NAME.get(name);
    }

    static String prefixOfField(String name) {
        return PREFIX_BY_NAME.get(name);
    }

    /**
     * @param roll 0-99: which kind of id to give
     * @param index which one of that kind
     * @return an id for a request of {@code key}: its own, another key's, or one nobody has
     */
    String pick(String key, String prefix, int roll, int index, String freshSuffix) {
        List<String> own = byKey.getOrDefault(key, Map.of()).getOrDefault(prefix, List.of());
        if (roll < 72 && !own.isEmpty()) {
            return own.get(Math.floorMod(index, own.size()));
        }
        if (roll < 84) {
            List<String> others = new ArrayList<>();
            byKey.forEach((otherKey, ids) -> {
                if (!otherKey.equals(key)) {
                    ids.getOrDefault(prefix, List.of()).stream()
                            .filter(id -> ownedOnlyByOthers(key, id))
                            .forEach(others::add);
                }
            });
            if (!others.isEmpty()) {
                return others.get(Math.floorMod(index, others.size()));
            }
        }
        // Tagged by key: two keys never make up the same id, so an id one key gave is never another key's.
        return prefix + "Fz" + keyTags.computeIfAbsent(key, k -> keyTags.size()) + freshSuffix;
    }

    /** Records the ids of the seed every key starts with: each key has its own object of that id. */
    void shareAll(JsonNode seed) {
        forEachId(seed, shared::add);
    }

    boolean ownedOnlyByOthers(String key, String id) {
        if (shared.contains(id)) {
            return false;
        }
        Set<String> ids = owners.get(id);
        return ids != null && !ids.contains(key);
    }

    /** @return the ids in {@code json} that {@code key} must not see */
    List<String> leaks(String key, JsonNode json) {
        List<String> leaks = new ArrayList<>();
        forEachId(json, id -> {
            if (ownedOnlyByOthers(key, id)) {
                leaks.add(id);
            }
        });
        return leaks;
    }

    /** Records every id in {@code json} as one {@code key} may use. */
    void own(String key, JsonNode json) {
        forEachId(json, id -> own(key, id));
    }

    /**
     * Records the ids {@code key} gave its new objects ({@code customer_id}, ... in a seed document: given ids are
     * kept, in the key's own dataset), whoever else has an object of that id.
     */
    void ownGiven(String key, JsonNode json) {
        if (json == null) {
            return;
        }
        if (json.isObject()) {
            json.properties().forEach(field -> {
                if (OWN_ID_FIELDS.contains(field.getKey())
                        && field.getValue().isTextual()
                        && ID.matcher(field.getValue().textValue()).matches()) {
                    own(key, field.getValue().textValue());
                }
            });
        }
        json.forEach(child -> ownGiven(key, child));
    }

    /** Records the ids {@code key} gave in a request that nobody owns yet (the ids it made up). */
    void claimUnowned(String key, JsonNode json) {
        forEachId(json, id -> {
            if (!owners.containsKey(id)) {
                own(key, id);
            }
        });
    }

    private void own(String key, String id) {
        if (owners.computeIfAbsent(id, i -> new HashSet<>()).add(key)) {
            String prefix = id.substring(0, id.indexOf('_') + 1);
            byKey.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(prefix, p -> new ArrayList<>())
                    .add(id);
        }
    }

    /** Forgets a key: its datasets are not used again (the ids stay owned, so no other key may see them). */
    void retire(String key) {
        byKey.remove(key);
    }

    private static void forEachId(JsonNode json, Consumer<String> action) {
        if (json == null) {
            return;
        }
        if (json.isTextual() && ID.matcher(json.textValue()).matches()) {
            action.accept(json.textValue());
        }
        json.forEach(child -> forEachId(child, action));
    }
}

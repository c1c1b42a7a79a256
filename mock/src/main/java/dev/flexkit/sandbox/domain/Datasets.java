package dev.flexkit.sandbox.domain;

import dev.flexkit.sandbox.domain.Drafts.Seed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dataset per API key, made on first use. With a starting seed, every new dataset begins with it, so
 * that each key sees the same fixtures without seeing the objects other keys create.
 */
public final class Datasets {

    private final Map<String, Dataset> byKey = new ConcurrentHashMap<>();
    private final Seed startingSeed;

    public Datasets(Seed startingSeed) {
        this.startingSeed = startingSeed;
    }

    public Dataset forKey(String apiKey) {
        return byKey.computeIfAbsent(apiKey, key -> {
            Dataset dataset = new Dataset();
            if (startingSeed != null) {
                dataset.control().seed(startingSeed);
            }
            return dataset;
        });
    }
}

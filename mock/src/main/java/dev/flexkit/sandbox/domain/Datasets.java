package dev.flexkit.sandbox.domain;

import dev.flexkit.sandbox.domain.Drafts.Seed;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One dataset per API key, made on first use. With a starting seed, every new dataset begins with it, so
 * that each key sees the same fixtures without seeing the objects other keys create.
 */
public final class Datasets {

    private final Map<String, Dataset> byKey = new ConcurrentHashMap<>();
    private final Seed startingSeed;
    private final OffSessionRules rules;
    private volatile EventListener listener = EventListener.NONE;

    public Datasets(Seed startingSeed) {
        this(startingSeed, OffSessionRules.DOCUMENTED);
    }

    public Datasets(Seed startingSeed, OffSessionRules rules) {
        this.startingSeed = startingSeed;
        this.rules = rules;
    }

    /** Who is told of every dataset's events (webhook delivery); set before the first request. */
    public void listen(EventListener listener) {
        this.listener = listener;
    }

    /** Forgets a key's dataset: its next request starts again from the starting seed. */
    public void discard(String apiKey) {
        byKey.remove(apiKey);
    }

    public Dataset forKey(String apiKey) {
        return byKey.computeIfAbsent(apiKey, key -> {
            Dataset dataset = new Dataset(rules);
            dataset.listen(listener);
            if (startingSeed != null) {
                dataset.control().seed(startingSeed);
            }
            return dataset;
        });
    }
}

package dev.flexkit.sandbox.domain;

import dev.flexkit.sandbox.domain.Drafts.Seed;
import dev.flexkit.sandbox.domain.rules.OffSessionRules;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One dataset per API key, made on first use. With a starting seed, every new dataset begins with it, so
 * that each key sees the same fixtures without seeing the objects other keys create.
 */
public final class Datasets {

    private final Map<String, Dataset> byKey = new ConcurrentHashMap<>();
    private final Supplier<Seed> startingSeed;
    private final OffSessionRules rules;
    private volatile EventListener listener = EventListener.NONE;

    public Datasets(Seed startingSeed) {
        this(startingSeed, OffSessionRules.DOCUMENTED);
    }

    public Datasets(Seed startingSeed, OffSessionRules rules) {
        this(() -> startingSeed, rules);
    }

    /**
     * @param startingSeed the starting seed, asked for when the first dataset is made: a seed file can still be
     *                     under its check while the server starts; the first dataset waits for it
     */
    public Datasets(Supplier<Seed> startingSeed, OffSessionRules rules) {
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

    /**
     * The dataset of the key that created a checkout session, for the hosted page, which a customer opens without a
     * key. A session id carries 80 random bits ({@link Ids}) and is handed only to the key that made it, so knowing it
     * is the capability to see and pay that session, as on Flex's own page; nothing else of the dataset is reachable
     * through it.
     */
    public Optional<Dataset> holdingSession(String sessionId) {
        return byKey.values().stream()
                .filter(dataset -> dataset.checkouts().find(sessionId).isPresent())
                .findFirst();
    }

    public Dataset forKey(String apiKey) {
        return byKey.computeIfAbsent(apiKey, key -> {
            Dataset dataset = new Dataset(rules);
            dataset.listen(listener);
            Seed seed = startingSeed.get();
            if (seed != null) {
                dataset.control().seed(seed);
            }
            return dataset;
        });
    }
}

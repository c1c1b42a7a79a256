package dev.flexkit.sandbox.domain;

import java.util.List;

/**
 * Told of the events each operation of a dataset recorded, when the operation ends and while it still holds the
 * dataset's lock: it may read the dataset (reads are reentrant), and must hand anything slow to another thread.
 */
@FunctionalInterface
public interface EventListener {

    EventListener NONE = (dataset, events) -> {};

    void published(Dataset dataset, List<Event> events);
}

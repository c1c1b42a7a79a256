package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of one kind in a dataset, in the order they were created. Not thread-safe: the dataset locks. */
public final class Store<T extends Entity> {

    private final String kind;
    private final Map<String, T> byId = new LinkedHashMap<>();

    Store(String kind) {
        this.kind = kind;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** @throws NotFoundException when no object has this id */
    public T require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Adds a new object, or replaces the object with the same id (an update keeps its place in the list). */
    public void put(T object) {
        byId.put(object.id(), object);
    }

    /** @return every object, newest first, the order of Flex's lists */
    public List<T> newestFirst() {
        List<T> all = new ArrayList<>(byId.values());
        Collections.reverse(all);
        return all;
    }

    void clear() {
        byId.clear();
    }
}

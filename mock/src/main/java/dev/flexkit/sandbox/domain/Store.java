package dev.flexkit.sandbox.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The objects of one kind in a dataset, in the order they were created. A page of the unfiltered list costs what a
 * page costs, at 1,000 objects as at 100,000: the newest-first list is a view, and a cursor's place is looked up,
 * not searched for. Not thread-safe for writes: the dataset locks.
 */
public final class Store<T extends Entity> {

    private final String kind;
    private final List<T> inCreationOrder = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final NewestFirst newestFirst = new NewestFirst();

    Store(String kind) {
        this.kind = kind;
    }

    public Optional<T> find(String id) {
        Integer position = id == null ? null : positions.get(id);
        return Optional.ofNullable(position == null ? null : inCreationOrder.get(position));
    }

    /** @throws NotFoundException when no object has this id */
    public T require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    public boolean contains(String id) {
        return positions.containsKey(id);
    }

    /** Adds a new object, or replaces the object with the same id (an update keeps its place in the list). */
    public void put(T object) {
        Integer position = positions.get(object.id());
        if (position == null) {
            positions.put(object.id(), inCreationOrder.size());
            inCreationOrder.add(object);
        } else {
            inCreationOrder.set(position, object);
        }
    }

    /** Removes the object with this id; a removal is rare (a deleted webhook endpoint), so it costs a pass. */
    public void remove(String id) {
        Integer position = positions.remove(id);
        if (position == null) {
            return;
        }
        inCreationOrder.remove((int) position);
        for (int i = position; i < inCreationOrder.size(); i++) {
            positions.put(inCreationOrder.get(i).id(), i);
        }
    }

    /** @return every object, newest first, the order of Flex's lists: a view, not a copy */
    public List<T> newestFirst() {
        return newestFirst;
    }

    /**
     * @param filter the objects the caller asked for, or {@code null} for all of them
     * @return one page of them, newest first
     */
    public List<T> page(Predicate<? super T> filter, Page page) {
        if (filter == null) {
            return List.copyOf(page.of(newestFirst));
        }
        return page.of(newestFirst.stream().filter(filter).toList());
    }

    void clear() {
        inCreationOrder.clear();
        positions.clear();
    }

    /** The store read backwards, with each id's place known. */
    private final class NewestFirst extends AbstractList<T> implements RandomAccess, Page.Positioned {

        @Override
        public T get(int index) {
            return inCreationOrder.get(inCreationOrder.size() - 1 - index);
        }

        @Override
        public int size() {
            return inCreationOrder.size();
        }

        @Override
        public int positionOf(String id) {
            Integer position = positions.get(id);
            return position == null ? -1 : inCreationOrder.size() - 1 - position;
        }
    }
}

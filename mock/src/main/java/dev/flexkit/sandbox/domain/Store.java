package dev.flexkit.sandbox.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The objects of one kind in a dataset, in the order they were created. A page of the unfiltered list costs what a
 * page costs, at 1,000 objects as at 100,000: the newest-first list is a view, and a cursor's place is looked up,
 * not searched for. A filtered list reads newest first only until its page is full, and a filter on an
 * {@link Index}ed key reads only the objects that have the value asked for. Not thread-safe for writes: the
 * dataset locks.
 */
public final class Store<T extends Entity> {

    private final String kind;
    private final List<T> inCreationOrder = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final NewestFirst newestFirst = new NewestFirst();
    private final List<Index<T>> indexes = new ArrayList<>();

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
        T replaced = null;
        if (position == null) {
            position = inCreationOrder.size();
            positions.put(object.id(), position);
            inCreationOrder.add(object);
        } else {
            replaced = inCreationOrder.set(position, object);
        }
        for (Index<T> index : indexes) {
            index.update(position, replaced, object);
        }
    }

    /**
     * @param key what a filter asks for, read from an object; {@code null} for an object that has none
     * @return an index of this store by that key, kept as objects are added and replaced
     */
    public Index<T> index(Function<? super T, ?> key) {
        Index<T> index = new Index<>(key);
        for (int position = 0; position < inCreationOrder.size(); position++) {
            index.update(position, null, inCreationOrder.get(position));
        }
        indexes.add(index);
        return index;
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
        // The positions after the removed one moved down: the indexes are made again.
        for (Index<T> index : indexes) {
            index.positions.clear();
            for (int i = 0; i < inCreationOrder.size(); i++) {
                index.update(i, null, inCreationOrder.get(i));
            }
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
        return filteredPage(null, filter, page);
    }

    /**
     * @param index an index of this store
     * @param value the value of the index's key the objects must have
     * @param filter what else they must pass, or {@code null}
     * @return one page of them, newest first, having read only the objects with that value
     */
    public List<T> page(Index<T> index, Object value, Predicate<? super T> filter, Page page) {
        NavigableSet<Integer> candidates = index.positions.getOrDefault(value, Collections.emptyNavigableSet());
        return filteredPage(candidates, filter == null ? object -> true : filter, page);
    }

    void clear() {
        inCreationOrder.clear();
        positions.clear();
        indexes.forEach(index -> index.positions.clear());
    }

    /*
     * Page.of applied to the filtered newest-first list without building it: the objects after a starting_after
     * cursor are the matching ones created before it, read from the cursor towards the oldest; the page before an
     * ending_before cursor is read from the cursor towards the newest and turned round.
     */
    private List<T> filteredPage(NavigableSet<Integer> candidates, Predicate<? super T> filter, Page page) {
        int olderThan = page.startingAfter() == null
                ? inCreationOrder.size()
                : positionIn(candidates, filter, page.startingAfter(), "starting_after");
        List<T> found = new ArrayList<>();
        if (page.endingBefore() == null) {
            collect(between(candidates, -1, olderThan, true), filter, page, found);
            return List.copyOf(found);
        }
        int newerThan = positionIn(candidates, filter, page.endingBefore(), "ending_before");
        collect(between(candidates, newerThan, olderThan, false), filter, page, found);
        Collections.reverse(found);
        return List.copyOf(found);
    }

    private void collect(Iterable<Integer> positionsInOrder, Predicate<? super T> filter, Page page, List<T> found) {
        long skip = page.offset();
        for (Integer position : positionsInOrder) {
            if (found.size() >= page.limit()) {
                return;
            }
            T object = inCreationOrder.get(position);
            if (filter.test(object) && skip-- <= 0) {
                found.add(object);
            }
        }
    }

    // The positions strictly between two, of the candidates or of every object, newest first or oldest first.
    private Iterable<Integer> between(NavigableSet<Integer> candidates, int after, int before, boolean newestFirst) {
        if (after + 1 >= before) {
            return List.of();
        }
        if (candidates != null) {
            NavigableSet<Integer> range = candidates.subSet(after, false, before, false);
            return newestFirst ? range.descendingSet() : range;
        }
        return () -> (newestFirst
                        ? IntStream.range(after + 1, before).map(i -> before - 1 - (i - after - 1))
                        : IntStream.range(after + 1, before))
                .iterator();
    }

    // A cursor must name an object of the filtered list, as Page.of requires of the list it is given.
    private int positionIn(NavigableSet<Integer> candidates, Predicate<? super T> filter, String id, String parameter) {
        Integer position = positions.get(id);
        if (position == null
                || candidates != null && !candidates.contains(position)
                || !filter.test(inCreationOrder.get(position))) {
            throw new RuleViolationException(
                    Problem.of("invalid_cursor", id + " is not in this list", "query", parameter));
        }
        return position;
    }

    /** The positions of a store's objects by the value of one key. */
    public static final class Index<T> {

        private final Function<? super T, ?> key;
        private final Map<Object, NavigableSet<Integer>> positions = new HashMap<>();

        private Index(Function<? super T, ?> key) {
            this.key = key;
        }

        private void update(int position, T replaced, T object) {
            Object before = replaced == null ? null : key.apply(replaced);
            Object after = key.apply(object);
            if (replaced != null && Objects.equals(before, after)) {
                return;
            }
            if (before != null) {
                NavigableSet<Integer> old = positions.get(before);
                old.remove(position);
                if (old.isEmpty()) {
                    positions.remove(before);
                }
            }
            if (after != null) {
                positions.computeIfAbsent(after, value -> new TreeSet<>()).add(position);
            }
        }
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

package dev.flexkit.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A filtered page, read lazily or through an index, is exactly the page {@link Page#of} cuts from the whole
 * filtered list, cursors and refusals included; an index follows objects whose key changes.
 */
class StorePagesTest {

    record Item(String id, String owner, int size) implements Entity {}

    record Edit(int which, String owner, int size) {}

    record Ask(String owner, int minSize, String startingAfter, String endingBefore, int offset, int limit) {}

    @Property(tries = 300)
    void aFilteredPageIsThePageOfTheFilteredList(
            @ForAll("items") List<Item> items, @ForAll("edits") List<Edit> edits, @ForAll("asks") Ask ask) {
        Store<Item> store = new Store<>("item");
        Store.Index<Item> byOwner = store.index(Item::owner);
        items.forEach(store::put);
        for (Edit edit : edits) {
            if (!items.isEmpty()) {
                String id = items.get(edit.which() % items.size()).id();
                store.put(new Item(id, edit.owner(), edit.size()));
            }
        }
        Page page = new Page(ask.startingAfter(), ask.endingBefore(), ask.offset(), ask.limit());
        Predicate<Item> bigEnough = item -> item.size() >= ask.minSize();
        Predicate<Item> both = bigEnough.and(item -> ask.owner().equals(item.owner()));

        assertSamePage(() -> store.page(bigEnough, page), () -> reference(store, bigEnough, page));
        assertSamePage(() -> store.page(byOwner, ask.owner(), bigEnough, page), () -> reference(store, both, page));
    }

    @Test
    void anIndexReadsOnlyTheObjectsWithTheValue() {
        Store<Item> store = new Store<>("item");
        Store.Index<Item> byOwner = store.index(Item::owner);
        for (int i = 0; i < 1000; i++) {
            store.put(new Item("it_" + i, i == 3 ? "rare" : "common", i));
        }
        int[] looked = {0};
        List<Item> page = store.page(byOwner, "rare", item -> ++looked[0] > 0, Page.first(10));
        assertThat(page).extracting(Item::id).containsExactly("it_3");
        assertThat(looked[0]).isEqualTo(1);
    }

    private static List<Item> reference(Store<Item> store, Predicate<Item> filter, Page page) {
        return List.copyOf(page.of(store.newestFirst().stream().filter(filter).toList()));
    }

    private interface PageRead {
        List<Item> read();
    }

    private static void assertSamePage(PageRead actual, PageRead expected) {
        List<Item> want;
        try {
            want = expected.read();
        } catch (RuleViolationException refused) {
            assertThatThrownBy(actual::read)
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e ->
                            assertThat(((RuleViolationException) e).problems()).isEqualTo(refused.problems()));
            return;
        }
        assertThat(actual.read()).isEqualTo(want);
    }

    @Provide
    Arbitrary<List<Item>> items() {
        return Arbitraries.integers()
                .between(0, 40)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.of("ann", "bob", "cy").list().ofSize(n),
                                Arbitraries.integers().between(0, 5).list().ofSize(n))
                        .as((owners, sizes) -> {
                            List<Item> list = new java.util.ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                list.add(new Item("it_" + i, owners.get(i), sizes.get(i)));
                            }
                            return list;
                        }));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.of("ann", "bob", "cy"),
                        Arbitraries.integers().between(0, 5))
                .as(Edit::new)
                .list()
                .ofMaxSize(10);
    }

    @Provide
    Arbitrary<Ask> asks() {
        Arbitrary<String> cursor =
                Arbitraries.integers().between(0, 45).map(i -> "it_" + i).injectNull(0.5);
        return Combinators.combine(
                        Arbitraries.of("ann", "bob", "cy", "nobody"),
                        Arbitraries.integers().between(0, 5),
                        cursor,
                        cursor,
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 12))
                .as(Ask::new);
    }
}

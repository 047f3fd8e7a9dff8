package io.atlas4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class NameIndexTest {
    private static final DiffHooks FOLDING = new DiffHooks() {
        @Override
        public String nameKey(String name) {
            return DiffHooks.foldCase(name);
        }
    };

    /** The entries a LinkedHashMap keyed by name key holds, in its order: key and the position of the item it holds. */
    private static List<String> mapEntries(List<String> names, DiffHooks hooks) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) m.put(hooks.nameKey(names.get(i)), i);
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    private static List<String> indexEntries(NameIndex index) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) if (index.holdsEntry(i)) out.add(index.key(i) + "=" + index.itemOf(i));
        return out;
    }

    @Test
    void holdsWhatALinkedHashMapHoldsWithDuplicateAndFoldedNames() {
        List<String> names = List.of("a", "B", "A", "c", "b", "a");
        NameIndex index = NameIndex.of(names, n -> n, FOLDING);
        assertThat(indexEntries(index)).containsExactly("a=5", "b=4", "c=3").isEqualTo(mapEntries(names, FOLDING));
        assertThat(index.find("b")).isEqualTo(1);
        assertThat(index.find("B")).isEqualTo(-1);
        assertThat(index.hasDuplicates()).isTrue();
        assertThat(NameIndex.of(names, n -> n, DiffHooks.GENERIC).hasDuplicates()).isTrue();
        assertThat(NameIndex.of(List.of("a", "B", "c"), n -> n, FOLDING).hasDuplicates()).isFalse();
    }

    @Test
    void anEmptyListHoldsNothing() {
        NameIndex index = NameIndex.of(List.<String>of(), n -> n, DiffHooks.GENERIC);
        assertThat(index.size()).isZero();
        assertThat(index.find("x")).isEqualTo(-1);
    }

    /** Random name lists (few distinct names, so many collide) compared with a LinkedHashMap; seed via -Datlas4j.seed. */
    @TestFactory
    Stream<DynamicTest> agreesWithALinkedHashMapOnRandomLists() {
        long seed = Long.getLong("atlas4j.seed", System.nanoTime());
        Random random = new Random(seed);
        return IntStream.range(0, 200).mapToObj(round -> {
            int size = random.nextInt(60);
            int distinct = 1 + random.nextInt(40);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String n = "t" + random.nextInt(distinct);
                names.add(random.nextBoolean() ? n.toUpperCase() : n);
            }
            DiffHooks hooks = random.nextBoolean() ? FOLDING : DiffHooks.GENERIC;
            return DynamicTest.dynamicTest("round " + round + " (seed " + seed + ")", () -> {
                NameIndex index = NameIndex.of(names, n -> n, hooks);
                assertThat(indexEntries(index)).as("seed %d, names %s", seed, names).isEqualTo(mapEntries(names, hooks));
                for (String n : names) {
                    String key = hooks.nameKey(n);
                    assertThat(index.itemOf(index.find(key))).as("seed %d", seed).isEqualTo(lastWithKey(names, hooks, key));
                    assertThat(index.entryFor(key, random.nextInt(names.size() + 1))).as("seed %d", seed).isEqualTo(index.find(key));
                }
                assertThat(index.find("absent")).isEqualTo(-1);
            });
        });
    }

    private static int lastWithKey(List<String> names, DiffHooks hooks, String key) {
        for (int i = names.size() - 1; i >= 0; i--) if (hooks.nameKey(names.get(i)).equals(key)) return i;
        return -1;
    }
}

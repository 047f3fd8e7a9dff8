package io.atlas4j.diff;

import java.util.List;
import java.util.function.Function;

/**
 * The items of a list by name key, holding what a {@code LinkedHashMap} filled with
 * {@code put(nameKey(name), item)} would (one entry per key, at the position of its first item,
 * holding the last item with that key), in flat arrays: an open-addressing table of positions over
 * the keys' cached hash codes, with no object per entry. The differ builds one per table list and
 * per column list, so this is where a schema of thousands of tables spends its lookups.
 */
final class NameIndex {
    private final String[] keys;
    /** For each slot, 1 + the position of the first item with a key; 0 when the slot is free. */
    private final int[] slots;
    /** For the first position of a key, the position of its last item; -1 at the other positions. */
    private final int[] last;
    private final boolean duplicates;

    private NameIndex(String[] keys) {
        this.keys = keys;
        this.last = new int[keys.length];
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2) * 2; // load factor at most 1/2
        this.slots = new int[capacity];
        boolean dup = false;
        int mask = capacity - 1;
        for (int i = 0; i < keys.length; i++) {
            String k = keys[i];
            int s = spread(k.hashCode()) & mask;
            while (true) {
                int p = slots[s] - 1;
                if (p < 0) {
                    slots[s] = i + 1;
                    last[i] = i;
                    break;
                }
                if (keys[p].equals(k)) {
                    last[p] = i;
                    last[i] = -1;
                    dup = true;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        this.duplicates = dup;
    }

    static <T> NameIndex of(List<T> items, Function<T, String> name, DiffHooks hooks) {
        String[] keys = new String[items.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = hooks.nameKey(name.apply(items.get(i)));
        return new NameIndex(keys);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    int size() {
        return keys.length;
    }

    String key(int position) {
        return keys[position];
    }

    /** {@return whether the item at {@code position} is the first with its key, so the one that holds the entry} */
    boolean holdsEntry(int position) {
        return last[position] >= 0;
    }

    /** {@return the position of the item the entry at {@code position} holds: the last one with its key} */
    int itemOf(int position) {
        return last[position];
    }

    /** {@return the position of the entry for {@code key} (its first item), or -1} */
    int find(String key) {
        int mask = slots.length - 1;
        int s = spread(key.hashCode()) & mask;
        while (true) {
            int p = slots[s] - 1;
            if (p < 0) return -1;
            if (keys[p].equals(key)) return p;
            s = (s + 1) & mask;
        }
    }

    /**
     * {@return {@link #find}, trying {@code hint} first: both sides of a diff usually list the same
     * names in the same order, so the entry is most often at the same position}
     */
    int entryFor(String key, int hint) {
        if (hint < keys.length && last[hint] >= 0 && keys[hint].equals(key)) return hint;
        return find(key);
    }

    boolean contains(String key) {
        return find(key) >= 0;
    }

    /** {@return whether two items share a key (not possible in a database's own catalog)} */
    boolean hasDuplicates() {
        return duplicates;
    }
}

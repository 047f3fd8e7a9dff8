package io.atlas4j.schema;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, typed set of {@link Attr}s, at most one per class. Kept sorted by class name so
 * that equal sets are {@code equals}; backed by a small array because most elements carry 0-3.
 */
public final class Attrs {
    public static final Attrs EMPTY = new Attrs(new Attr[0]);
    private static final Comparator<Attr> BY_CLASS = Comparator.comparing(a -> a.getClass().getName());

    private final Attr[] items;

    private Attrs(Attr[] items) {
        this.items = items;
    }

    public static Attrs of(Attr... attrs) {
        Attrs result = EMPTY;
        for (Attr a : attrs) result = result.with(a);
        return result;
    }

    public static Attrs of(List<? extends Attr> attrs) {
        return of(attrs.toArray(new Attr[0]));
    }

    public <T extends Attr> Optional<T> get(Class<T> type) {
        for (Attr a : items) {
            if (a.getClass() == type) return Optional.of(type.cast(a));
        }
        return Optional.empty();
    }

    public boolean has(Class<? extends Attr> type) {
        for (Attr a : items) if (a.getClass() == type) return true;
        return false;
    }

    /** {@return a copy holding {@code attr}, replacing any attribute of the same class} */
    public Attrs with(Attr attr) {
        Objects.requireNonNull(attr, "attr");
        Attr[] copy = without(attr.getClass()).items;
        Attr[] next = Arrays.copyOf(copy, copy.length + 1);
        next[copy.length] = attr;
        Arrays.sort(next, BY_CLASS);
        return new Attrs(next);
    }

    public Attrs without(Class<? extends Attr> type) {
        int i = indexOf(type);
        if (i < 0) return this;
        Attr[] next = new Attr[items.length - 1];
        System.arraycopy(items, 0, next, 0, i);
        System.arraycopy(items, i + 1, next, i, items.length - i - 1);
        return next.length == 0 ? EMPTY : new Attrs(next);
    }

    public List<Attr> all() {
        return List.of(items);
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    private int indexOf(Class<?> type) {
        for (int i = 0; i < items.length; i++) if (items[i].getClass() == type) return i;
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attrs other && Arrays.equals(items, other.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}

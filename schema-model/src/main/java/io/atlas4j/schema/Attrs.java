package io.atlas4j.schema;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, typed set of {@link Attr}s, at most one per class. Kept sorted by class name so
 * that equal sets are {@code equals}; backed by a small array because most elements carry 0-3.
 * Equality and hash code consider the stated attributes only, never the {@link Attr.Derived} ones.
 */
public final class Attrs {
    public static final Attrs EMPTY = new Attrs(new Attr[0]);
    private static final Comparator<Attr> BY_CLASS = Comparator.comparing(a -> a.getClass().getName());

    private final Attr[] items;
    /** The stated attributes: {@code items} itself when none is derived (the common case). */
    private final Attr[] stated;

    private Attrs(Attr[] items) {
        this.items = items;
        this.stated = statedOf(items);
    }

    private static Attr[] statedOf(Attr[] items) {
        int derived = 0;
        for (Attr a : items) if (a instanceof Attr.Derived) derived++;
        if (derived == 0) return items;
        Attr[] out = new Attr[items.length - derived];
        int i = 0;
        for (Attr a : items) if (!(a instanceof Attr.Derived)) out[i++] = a;
        return out;
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

    /** {@return every attribute, stated and derived} */
    public List<Attr> all() {
        return List.of(items);
    }

    /** {@return the stated attributes: all but the {@link Attr.Derived} ones} */
    public List<Attr> stated() {
        return List.of(stated);
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
        return o instanceof Attrs other && Arrays.equals(stated, other.stated);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stated);
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}

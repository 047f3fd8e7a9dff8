package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An index, unique or not; the primary key reuses this record. */
public record Index(String name, boolean unique, List<IndexPart> parts, Attrs attrs) {
    public Index {
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
        Objects.requireNonNull(attrs, "attrs");
    }

    /** {@return the column names of the parts, when every part is a plain column} */
    public Optional<List<String>> columnNames() {
        String[] names = new String[parts.size()];
        for (int i = 0; i < names.length; i++) {
            if (!(parts.get(i) instanceof IndexPart.OfColumn c)) return Optional.empty();
            names[i] = c.column();
        }
        return Optional.of(List.of(names));
    }

    /** {@return whether any part reads the named column} */
    public boolean covers(String column) {
        for (IndexPart p : parts) {
            if (p instanceof IndexPart.OfColumn c && c.column().equalsIgnoreCase(column)) return true;
        }
        return false;
    }

    public Index withName(String name) {
        return new Index(name, unique, parts, attrs);
    }

    public Index withAttrs(Attrs attrs) {
        return new Index(name, unique, parts, attrs);
    }
}

package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.Attr;
import java.util.List;

/**
 * The parent's primary-key columns of a foreign key declared without referenced columns
 * ({@code REFERENCES parent}), set during normalization so that it compares equal to the same key
 * spelled with them; the key itself keeps its empty column list, so it is created as declared.
 */
record ImpliedRefColumns(List<String> columns) implements Attr.Derived {
    ImpliedRefColumns {
        columns = List.copyOf(columns);
    }
}

package io.atlas4j.erd;

import java.util.List;
import java.util.Objects;

/**
 * A line between two boxes: a foreign key from the referencing ({@code from}) to the referenced
 * ({@code to}) table, or a view's dependency on what it reads. {@code manyChildren} is false when
 * the key's columns are unique (one-to-one); {@code parentOptional} when one of them is nullable.
 * {@code identifying} when the key's columns are part of the child's primary key.
 */
public record ErdEdge(String id, Kind kind, String from, String to, String name, List<String> columns,
                      List<String> refColumns, boolean manyChildren, boolean parentOptional, boolean identifying,
                      ErdMark mark) {
    public ErdEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(mark, "mark");
    }

    /** What a line stands for. */
    public enum Kind { FOREIGN_KEY, VIEW_DEPENDENCY }
}

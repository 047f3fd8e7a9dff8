package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;

/** A foreign key; it names the referenced table and columns rather than pointing at them. */
public record ForeignKey(String name, List<String> columns, QualifiedName refTable, List<String> refColumns,
                         ReferenceAction onUpdate, ReferenceAction onDelete, Attrs attrs) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(refTable, "refTable");
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(attrs, "attrs");
    }

    public ForeignKey withName(String name) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, onDelete, attrs);
    }

    public ForeignKey withRefTable(QualifiedName refTable) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, onDelete, attrs);
    }

    public ForeignKey withAttrs(Attrs attrs) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, onDelete, attrs);
    }
}

package io.atlas4j.schema;

import io.atlas4j.schema.type.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds one table; see {@link SchemaBuilder}. Constraint names default to empty (database-chosen). */
public final class TableBuilder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private Optional<Index> primaryKey = Optional.empty();
    private Attrs attrs = Attrs.EMPTY;

    TableBuilder(String name) {
        this.name = name;
    }

    /** Adds a nullable column without a default. */
    public TableBuilder column(String name, ColumnType type) {
        return column(name, type, c -> { });
    }

    public TableBuilder column(String name, ColumnType type, Consumer<ColumnSpec> spec) {
        ColumnSpec s = new ColumnSpec(Column.of(name, type));
        spec.accept(s);
        columns.add(s.column);
        return this;
    }

    public TableBuilder primaryKey(String... columns) {
        primaryKey = Optional.of(new Index("", true, parts(columns), Attrs.EMPTY));
        return this;
    }

    public TableBuilder index(String name, String... columns) {
        indexes.add(new Index(name, false, parts(columns), Attrs.EMPTY));
        return this;
    }

    public TableBuilder uniqueIndex(String name, String... columns) {
        indexes.add(new Index(name, true, parts(columns), Attrs.EMPTY));
        return this;
    }

    public TableBuilder index(Index index) {
        indexes.add(index);
        return this;
    }

    public TableBuilder foreignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                                   ReferenceAction onDelete) {
        foreignKeys.add(new ForeignKey(name, columns, QualifiedName.of(refTable), refColumns,
                ReferenceAction.NO_ACTION, onDelete, Attrs.EMPTY));
        return this;
    }

    public TableBuilder foreignKey(ForeignKey fk) {
        foreignKeys.add(fk);
        return this;
    }

    public TableBuilder check(String name, String expr) {
        checks.add(new Check(name, expr, Attrs.EMPTY));
        return this;
    }

    public TableBuilder attr(Attr attr) {
        attrs = attrs.with(attr);
        return this;
    }

    public Table build() {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    private static List<IndexPart> parts(String... columns) {
        List<IndexPart> parts = new ArrayList<>(columns.length);
        for (String c : columns) parts.add(IndexPart.column(c));
        return parts;
    }

    /** Options of one column. */
    public static final class ColumnSpec {
        private Column column;

        ColumnSpec(Column column) {
            this.column = column;
        }

        public ColumnSpec notNull() {
            column = column.withNullable(false);
            return this;
        }

        /** Sets a default as SQL text: a literal ({@code 'x'}, {@code 0}) or an expression. */
        public ColumnSpec defaultValue(String sql) {
            column = column.withDefault(Optional.of(Exprs.of(sql)));
            return this;
        }

        public ColumnSpec attr(Attr attr) {
            column = column.withAttrs(column.attrs().with(attr));
            return this;
        }
    }
}

package io.atlas4j.junit;

import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Table;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Table}. */
public final class TableAssert extends AbstractAssert<TableAssert, Table> {
    private final SchemaAssert schema;

    TableAssert(Table actual, SchemaAssert schema) {
        super(actual, TableAssert.class);
        this.schema = schema;
    }

    /** {@return back to the schema, to assert on another table} */
    public SchemaAssert and() {
        return schema;
    }

    public TableAssert hasColumn(String name) {
        column(name);
        return this;
    }

    public TableAssert doesNotHaveColumn(String name) {
        if (actual.column(name).isPresent()) failWithMessage("Expected table \"%s\" not to have column \"%s\", but it has", actual.name(), name);
        return this;
    }

    /** Asserts the table's columns, in order. */
    public TableAssert hasColumns(String... names) {
        List<String> have = actual.columns().stream().map(Column::name).toList();
        if (!have.equals(List.of(names))) {
            failWithMessage("Expected table \"%s\" to have columns %s, but it has %s", actual.name(), List.of(names), have);
        }
        return this;
    }

    /** {@return assertions on the named column; fails when it is missing, listing the columns there are} */
    public ColumnAssert column(String name) {
        Column c = actual.column(name).orElse(null);
        if (c == null) {
            failWithMessage("Expected table \"%s\" to have column \"%s\", but it has only %s", actual.name(), name,
                    actual.columns().stream().map(Column::name).toList());
        }
        return new ColumnAssert(c, actual.name(), this);
    }

    public TableAssert hasPrimaryKey(String... columns) {
        List<String> want = List.of(columns);
        List<String> have = actual.primaryKey().flatMap(Index::columnNames).orElse(null);
        if (!want.equals(have)) {
            failWithMessage("Expected table \"%s\" to have primary key %s, but it has %s", actual.name(), want,
                    actual.primaryKey().isEmpty() ? "none" : String.valueOf(have));
        }
        return this;
    }

    public TableAssert hasIndexOn(String... columns) {
        return index(false, columns);
    }

    public TableAssert hasUniqueIndexOn(String... columns) {
        return index(true, columns);
    }

    private TableAssert index(boolean unique, String... columns) {
        List<String> want = List.of(columns);
        for (Index i : actual.indexes()) {
            if (i.columnNames().map(want::equals).orElse(false) && (!unique || i.unique())) return this;
        }
        failWithMessage("Expected table \"%s\" to have a%s index on %s, but its indexes are %s", actual.name(),
                unique ? " unique" : "n", want, actual.indexes().stream()
                        .map(i -> i.name() + (i.unique() ? " UNIQUE " : " ") + i.columnNames().map(Object::toString).orElse("(expressions)")).toList());
        return this;
    }

    public TableAssert hasForeignKeyTo(String table) {
        for (ForeignKey f : actual.foreignKeys()) if (f.refTable().name().equals(table)) return this;
        failWithMessage("Expected table \"%s\" to have a foreign key to \"%s\", but it references %s", actual.name(), table,
                actual.foreignKeys().stream().map(f -> f.refTable().toString()).toList());
        return this;
    }
}

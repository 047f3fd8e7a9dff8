package io.atlas4j.junit;

import io.atlas4j.schema.Column;
import io.atlas4j.schema.Expr;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Column}. */
public final class ColumnAssert extends AbstractAssert<ColumnAssert, Column> {
    private final String table;
    private final TableAssert owner;

    ColumnAssert(Column actual, String table, TableAssert owner) {
        super(actual, ColumnAssert.class);
        this.table = table;
        this.owner = owner;
    }

    /** {@return back to the table, to assert on another column} */
    public TableAssert and() {
        return owner;
    }

    public ColumnAssert isNotNull() {
        if (actual.nullable()) failWithMessage("Expected column %s.%s to be NOT NULL, but it is nullable", table, actual.name());
        return this;
    }

    public ColumnAssert isNullable() {
        if (!actual.nullable()) failWithMessage("Expected column %s.%s to be nullable, but it is NOT NULL", table, actual.name());
        return this;
    }

    /** Asserts the type name as the database spells it, ignoring case and parameters ({@code varchar}). */
    public ColumnAssert hasTypeName(String name) {
        if (!actual.type().name().equalsIgnoreCase(name)) {
            failWithMessage("Expected column %s.%s to have type %s, but it has %s", table, actual.name(), name, actual.type());
        }
        return this;
    }

    public ColumnAssert hasDefault(String sql) {
        String have = actual.defaultValue().map(Expr::sql).orElse(null);
        if (!sql.equals(have)) {
            failWithMessage("Expected column %s.%s to default to %s, but it %s", table, actual.name(), sql,
                    have == null ? "has no default" : "defaults to " + have);
        }
        return this;
    }

    public ColumnAssert hasNoDefault() {
        if (actual.defaultValue().isPresent()) {
            failWithMessage("Expected column %s.%s to have no default, but it defaults to %s", table, actual.name(),
                    actual.defaultValue().get().sql());
        }
        return this;
    }
}

package io.atlas4j.junit;

import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Schema}: {@code assertThat(schema).table("users").column("email").isNotNull()}. */
public final class SchemaAssert extends AbstractAssert<SchemaAssert, Schema> {
    SchemaAssert(Schema actual) {
        super(actual, SchemaAssert.class);
    }

    public SchemaAssert hasTable(String name) {
        table(name);
        return this;
    }

    public SchemaAssert doesNotHaveTable(String name) {
        isNotNull();
        if (actual.table(name).isPresent()) failWithMessage("Expected schema \"%s\" not to have table \"%s\", but it has", actual.name(), name);
        return this;
    }

    /** {@return assertions on the named table; fails when it is missing, listing the tables there are} */
    public TableAssert table(String name) {
        isNotNull();
        Table t = actual.table(name).orElse(null);
        if (t == null) {
            failWithMessage("Expected schema \"%s\" to have table \"%s\", but it has only %s", actual.name(), name,
                    actual.tables().stream().map(Table::name).toList());
        }
        return new TableAssert(t, this);
    }

    public SchemaAssert hasView(String name) {
        isNotNull();
        if (actual.view(name).isEmpty()) {
            failWithMessage("Expected schema \"%s\" to have view \"%s\", but it has only %s", actual.name(), name,
                    actual.views().stream().map(io.atlas4j.schema.View::name).toList());
        }
        return this;
    }
}

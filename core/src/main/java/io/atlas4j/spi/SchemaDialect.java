package io.atlas4j.spi;

import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Schema;
import java.util.Objects;
import java.util.Optional;

/**
 * The dialect that read a schema: the one that inspected it from a database, or loaded it through
 * a dev database. Set by atlas4j on every schema it reads, so that {@code Atlas.diff(current,
 * desired)} normalizes with the right dialect without being told. A derived attribute: two schemas
 * read by different dialect instances are still equal when their contents are.
 */
public record SchemaDialect(Dialect dialect) implements Attr.Derived {
    public SchemaDialect {
        Objects.requireNonNull(dialect, "dialect");
    }

    /** {@return the dialect that read the schema, when atlas4j read it} */
    public static Optional<Dialect> of(Schema schema) {
        return schema.attrs().get(SchemaDialect.class).map(SchemaDialect::dialect);
    }

    /** {@return the schema marked as read by {@code dialect}} */
    public static Schema tag(Schema schema, Dialect dialect) {
        return schema.withAttrs(schema.attrs().with(new SchemaDialect(dialect)));
    }

    @Override
    public String toString() {
        return "SchemaDialect[" + dialect.name() + "]";
    }
}

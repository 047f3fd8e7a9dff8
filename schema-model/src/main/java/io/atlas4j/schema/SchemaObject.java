package io.atlas4j.schema;

import java.util.List;

/**
 * Any schema-level object besides tables and views: triggers, sequences, enum types, functions,
 * extensions. Open for dialects to implement with their own records. Objects are matched by
 * {@link #kind()} and {@link #name()} and compared with {@code equals}.
 */
public interface SchemaObject {
    /** {@return a short lower-case kind, such as {@code "trigger"} or {@code "sequence"}} */
    String kind();

    String name();

    Attrs attrs();

    /** {@return whether the object stores rows (a virtual table), so dropping it loses data} */
    default boolean holdsData() {
        return false;
    }

    /** {@return the tables, views and objects this object needs to exist first} */
    default List<QualifiedName> dependsOn() {
        return List.of();
    }
}

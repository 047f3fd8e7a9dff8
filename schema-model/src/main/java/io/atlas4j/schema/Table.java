package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** A table: columns, an optional primary key, indexes, foreign keys and checks. */
public record Table(String name, List<Column> columns, Optional<Index> primaryKey, List<Index> indexes,
                    List<ForeignKey> foreignKeys, List<Check> checks, Attrs attrs) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Objects.requireNonNull(attrs, "attrs");
    }

    public static TableBuilder builder(String name) {
        return new TableBuilder(name);
    }

    public static Table of(String name, Consumer<TableBuilder> spec) {
        TableBuilder b = new TableBuilder(name);
        spec.accept(b);
        return b.build();
    }

    public Optional<Column> column(String name) {
        for (Column c : columns) if (c.name().equals(name)) return Optional.of(c);
        return Optional.empty();
    }

    public Optional<Index> index(String name) {
        for (Index i : indexes) if (i.name().equals(name)) return Optional.of(i);
        return Optional.empty();
    }

    public Table withName(String name) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withColumns(List<Column> columns) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withPrimaryKey(Optional<Index> primaryKey) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withIndexes(List<Index> indexes) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withForeignKeys(List<ForeignKey> foreignKeys) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withChecks(List<Check> checks) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }

    public Table withAttrs(Attrs attrs) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, attrs);
    }
}

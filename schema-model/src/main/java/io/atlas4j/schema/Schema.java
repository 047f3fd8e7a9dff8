package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named schema (a database in MySQL, {@code main} in SQLite): tables, views and other objects. */
public record Schema(String name, List<Table> tables, List<View> views, List<SchemaObject> objects, Attrs attrs) {
    public Schema {
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        objects = List.copyOf(objects);
        Objects.requireNonNull(attrs, "attrs");
    }

    public static Schema empty(String name) {
        return new Schema(name, List.of(), List.of(), List.of(), Attrs.EMPTY);
    }

    public static SchemaBuilder builder(String name) {
        return new SchemaBuilder(name);
    }

    public Optional<Table> table(String name) {
        for (Table t : tables) if (t.name().equals(name)) return Optional.of(t);
        return Optional.empty();
    }

    public Optional<View> view(String name) {
        for (View v : views) if (v.name().equals(name)) return Optional.of(v);
        return Optional.empty();
    }

    public Schema withName(String name) {
        return new Schema(name, tables, views, objects, attrs);
    }

    public Schema withTables(List<Table> tables) {
        return new Schema(name, tables, views, objects, attrs);
    }

    public Schema withViews(List<View> views) {
        return new Schema(name, tables, views, objects, attrs);
    }

    public Schema withObjects(List<SchemaObject> objects) {
        return new Schema(name, tables, views, objects, attrs);
    }

    public Schema withAttrs(Attrs attrs) {
        return new Schema(name, tables, views, objects, attrs);
    }
}

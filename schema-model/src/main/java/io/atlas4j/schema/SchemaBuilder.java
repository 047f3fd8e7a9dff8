package io.atlas4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a desired schema in Java:
 * {@code Schema.builder("main").table("users", t -> t.column("id", INTEGER).primaryKey("id")).build()}.
 */
public final class SchemaBuilder {
    private final String name;
    private final List<Table> tables = new ArrayList<>();
    private final List<View> views = new ArrayList<>();
    private final List<SchemaObject> objects = new ArrayList<>();
    private Attrs attrs = Attrs.EMPTY;

    SchemaBuilder(String name) {
        this.name = name;
    }

    public SchemaBuilder table(String name, Consumer<TableBuilder> spec) {
        tables.add(Table.of(name, spec));
        return this;
    }

    public SchemaBuilder table(Table table) {
        tables.add(table);
        return this;
    }

    public SchemaBuilder view(String name, String definition) {
        views.add(View.of(name, definition));
        return this;
    }

    public SchemaBuilder object(SchemaObject object) {
        objects.add(object);
        return this;
    }

    public SchemaBuilder attr(Attr attr) {
        attrs = attrs.with(attr);
        return this;
    }

    public Schema build() {
        return new Schema(name, tables, views, objects, attrs);
    }
}

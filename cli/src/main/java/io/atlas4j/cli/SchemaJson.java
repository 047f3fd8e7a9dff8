package io.atlas4j.cli;

import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.TypeCodec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON form of a schema: stable (model order, fixed keys), readable (types in the dialect's
 * spelling, expressions as SQL text) and complete (dialect attributes rendered from their record
 * components). Empty lists and absent values are left out.
 */
final class SchemaJson {
    private final TypeCodec types;

    private SchemaJson(TypeCodec types) {
        this.types = types;
    }

    static String render(Schema schema, Dialect dialect) {
        return Json.write(new SchemaJson(dialect.types()).schema(schema, dialect.name()));
    }

    /** A whole database: {@code {"dialect": …, "schemas": [{"schema": …, "tables": …}, …]}}. */
    static String render(Realm realm, Dialect dialect) {
        SchemaJson json = new SchemaJson(dialect.types());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dialect", dialect.name());
        m.put("schemas", realm.schemas().stream().map(s -> {
            Map<String, Object> one = json.schema(s, dialect.name());
            one.remove("dialect");
            return one;
        }).toList());
        return Json.write(m);
    }

    private Map<String, Object> schema(Schema s, String dialect) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dialect", dialect);
        m.put("schema", s.name());
        put(m, "attrs", attrs(s.attrs()));
        put(m, "tables", s.tables().stream().map(this::table).toList());
        put(m, "views", s.views().stream().map(this::view).toList());
        put(m, "objects", s.objects().stream().map(this::object).toList());
        return m;
    }

    private Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("columns", t.columns().stream().map(this::column).toList());
        t.primaryKey().ifPresent(pk -> m.put("primary_key", index(pk)));
        put(m, "indexes", t.indexes().stream().map(this::index).toList());
        put(m, "foreign_keys", t.foreignKeys().stream().map(this::foreignKey).toList());
        put(m, "checks", t.checks().stream().map(this::check).toList());
        put(m, "attrs", attrs(t.attrs()));
        return m;
    }

    private Map<String, Object> column(Column c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", type(c.type()));
        m.put("nullable", c.nullable());
        c.defaultValue().ifPresent(d -> m.put("default", d.sql()));
        put(m, "attrs", attrs(c.attrs()));
        return m;
    }

    private Map<String, Object> index(Index i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!i.name().isEmpty()) m.put("name", i.name());
        m.put("unique", i.unique());
        List<Object> parts = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            if (p instanceof IndexPart.OfColumn c) pm.put("column", c.column());
            else if (p instanceof IndexPart.OfExpr e) pm.put("expr", e.sql());
            if (p.descending()) pm.put("desc", true);
            put(pm, "attrs", attrs(p.attrs()));
            parts.add(pm);
        }
        m.put("parts", parts);
        put(m, "attrs", attrs(i.attrs()));
        return m;
    }

    private Map<String, Object> foreignKey(ForeignKey fk) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!fk.name().isEmpty()) m.put("name", fk.name());
        m.put("columns", fk.columns());
        m.put("ref_table", fk.refTable().toString());
        m.put("ref_columns", fk.refColumns());
        m.put("on_update", fk.onUpdate().sql());
        m.put("on_delete", fk.onDelete().sql());
        put(m, "attrs", attrs(fk.attrs()));
        return m;
    }

    private Map<String, Object> check(Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!c.name().isEmpty()) m.put("name", c.name());
        m.put("expr", c.expr());
        put(m, "attrs", attrs(c.attrs()));
        return m;
    }

    private Map<String, Object> view(View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name());
        m.put("definition", v.definition());
        put(m, "depends_on", v.dependsOn().stream().map(QualifiedName::toString).toList());
        put(m, "attrs", attrs(v.attrs()));
        return m;
    }

    /** Objects are open to dialects: render kind and name, then whatever else the record holds. */
    private Map<String, Object> object(SchemaObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", o.kind());
        m.put("name", o.name());
        if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                if (rc.getName().equals("name") || rc.getName().equals("attrs")) continue;
                Optional<Object> v = component(o, rc);
                v.ifPresent(x -> put(m, snake(rc.getName()), value(x)));
            }
        }
        put(m, "depends_on", o.dependsOn().stream().map(QualifiedName::toString).toList());
        put(m, "attrs", attrs(o.attrs()));
        return m;
    }

    private Map<String, Object> attrs(Attrs attrs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Attr a : attrs.stated()) m.put(snake(a.getClass().getSimpleName()), value(a));
        return m;
    }

    private Object type(ColumnType t) {
        try {
            return types.format(t);
        } catch (RuntimeException e) {
            return t.name();  // a type from another dialect's model: its own spelling is the best we have
        }
    }

    /** Any model value as JSON: records by their components, a one-component record as its value, a marker as true. */
    private Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof Optional<?> o) return o.map(this::value).orElse(null);
        if (v instanceof OptionalInt o) return o.isPresent() ? o.getAsInt() : null;
        if (v instanceof Expr e) return e.sql();
        if (v instanceof ColumnType t) return type(t);
        if (v instanceof QualifiedName q) return q.toString();
        if (v instanceof ReferenceAction a) return a.sql();
        if (v instanceof Enum<?> e) return e.name().toLowerCase(java.util.Locale.ROOT);
        if (v instanceof Attrs a) return attrs(a);
        if (v instanceof Collection<?> c) return c.stream().map(this::value).toList();
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), value(x)));
            return m;
        }
        if (v.getClass().isRecord()) {
            RecordComponent[] rcs = v.getClass().getRecordComponents();
            if (rcs.length == 0) return true;  // a marker attribute, such as WITHOUT ROWID
            if (rcs.length == 1) return component(v, rcs[0]).map(this::value).orElse(null);
            Map<String, Object> m = new LinkedHashMap<>();
            for (RecordComponent rc : rcs) component(v, rc).ifPresent(x -> m.put(snake(rc.getName()), value(x)));
            return m;
        }
        return v.toString();
    }

    private static Optional<Object> component(Object record, RecordComponent rc) {
        try {
            return Optional.ofNullable(rc.getAccessor().invoke(record));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();  // a record we may not read (not exported): leave the field out
        }
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null) return;
        if (value instanceof Collection<?> c && c.isEmpty()) return;
        if (value instanceof Map<?, ?> mm && mm.isEmpty()) return;
        m.put(key, value);
    }

    static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) sb.append('_');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

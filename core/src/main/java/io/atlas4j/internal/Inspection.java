package io.atlas4j.internal;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaDialect;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every read of a database goes through here: the dialect inspects, and each schema remembers the dialect. */
public final class Inspection {
    private Inspection() {
    }

    /** {@return one schema, tagged with the dialect that read it} */
    public static Schema schema(Dialect d, Connection c, InspectOptions options) {
        return SchemaDialect.tag(d.inspector().inspectSchema(c, options), d);
    }

    /** {@return the schemas of the options, each tagged} */
    public static Realm realm(Dialect d, Connection c, InspectOptions options) {
        Realm r = d.inspector().inspectRealm(c, options);
        List<Schema> tagged = new ArrayList<>(r.schemas().size());
        for (Schema s : r.schemas()) tagged.add(SchemaDialect.tag(s, d));
        return new Realm(tagged, r.attrs());
    }

    /**
     * {@return the schemas of a scope: the connection's current one (or {@code schema} when given),
     * or every user schema; tables named {@code exclude} (atlas4j's history table) are left out}
     */
    public static Realm scope(Dialect d, Connection c, Scope scope, Optional<String> schema, List<String> exclude) {
        InspectOptions o = InspectOptions.defaults().withExcludeTables(exclude);
        if (scope == Scope.DATABASE) o = o.withAllSchemas(true);
        else if (schema.isPresent()) o = o.withSchemas(List.of(schema.get()));
        Realm r = scope == Scope.SCHEMA ? Realm.of(schema(d, c, o)) : realm(d, c, o);
        if (exclude.isEmpty()) return r;
        List<Schema> out = new ArrayList<>(r.schemas().size());
        for (Schema s : r.schemas()) out.add(s.withTables(s.tables().stream().filter(t -> !excluded(t, exclude)).toList()));
        return new Realm(out, r.attrs());
    }

    private static boolean excluded(Table t, List<String> exclude) {
        for (String e : exclude) if (t.name().equalsIgnoreCase(e)) return true;
        return false;
    }

    /** {@return whether a realm holds no table, view or other object} */
    public static boolean isEmpty(Realm r) {
        for (Schema s : r.schemas()) if (!s.tables().isEmpty() || !s.views().isEmpty() || !s.objects().isEmpty()) return false;
        return true;
    }

    /** {@return the objects a realm holds, for messages: at most three names} */
    public static String sample(Realm r) {
        List<String> names = new ArrayList<>();
        for (Schema s : r.schemas()) {
            s.tables().forEach(t -> names.add("table " + t.name()));
            s.views().forEach(v -> names.add("view " + v.name()));
            s.objects().forEach(o -> names.add(o.kind() + " " + o.name()));
        }
        return String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", ..." : "");
    }
}

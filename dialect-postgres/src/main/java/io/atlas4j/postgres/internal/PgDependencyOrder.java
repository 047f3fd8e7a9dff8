package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.postgres.PgInherits;
import io.atlas4j.postgres.PgPartitionOf;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The last word on the order of a PostgreSQL plan: moves changes as little as possible so that
 * everything a change needs is created before it and everything it stops using is dropped after
 * it, by the dependencies the catalog recorded ({@link DependsOn} on tables, columns, checks and
 * objects, {@link View#dependsOn()}, foreign keys, partition and inheritance parents). The
 * planner's grouping (types before tables, routine drops last, ...) is a heuristic; this pass
 * corrects it where a recorded dependency says otherwise. A stable topological sort: among
 * changes free to go, the earliest in the given order goes first; a cycle keeps the given order.
 */
final class PgDependencyOrder {
    private PgDependencyOrder() {
    }

    /** Names are {@code schema.name}; routines carry their arguments, as their objects' names do. */
    private record Deps(Set<String> provides, Set<String> requires, Set<String> releases, Set<String> stopsUsing) {
        static Deps empty() {
            return new Deps(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    static List<Change> sort(List<Change> changes) {
        int n = changes.size();
        List<Deps> deps = new ArrayList<>(n);
        Map<String, List<Integer>> providers = new HashMap<>();
        Map<String, List<Integer>> releasers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Deps d = deps(changes.get(i));
            deps.add(d);
            for (String p : d.provides()) providers.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            for (String r : d.releases()) releasers.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
        }
        List<Set<Integer>> next = new ArrayList<>(n);
        for (int i = 0; i < n; i++) next.add(new LinkedHashSet<>());
        int[] before = new int[n];
        for (int i = 0; i < n; i++) {
            Deps d = deps.get(i);
            for (String r : d.requires()) for (int p : providers.getOrDefault(r, List.of())) edge(next, before, p, i);
            for (String u : d.stopsUsing()) for (int r : releasers.getOrDefault(u, List.of())) edge(next, before, i, r);
            // a name is released before it is taken again
            for (String p : d.provides()) for (int r : releasers.getOrDefault(p, List.of())) edge(next, before, r, i);
        }
        boolean[] done = new boolean[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) if (before[i] == 0) ready.add(i);
        List<Change> out = new ArrayList<>(n);
        int emitted = 0;
        int scan = 0;
        while (emitted < n) {
            int i;
            if (!ready.isEmpty()) {
                i = ready.poll();
                if (done[i]) continue;
            } else {
                while (done[scan]) scan++;
                i = scan; // a cycle: keep the given order
            }
            done[i] = true;
            emitted++;
            out.add(changes.get(i));
            for (int j : next.get(i)) if (--before[j] == 0 && !done[j]) ready.add(j);
        }
        return out;
    }

    private static void edge(List<Set<Integer>> next, int[] before, int from, int to) {
        if (from != to && next.get(from).add(to)) before[to]++;
    }

    private static String key(String schema, QualifiedName n) {
        return n.schema().orElse(schema) + "." + n.name();
    }

    private static String key(String schema, String name) {
        return schema + "." + name;
    }

    private static Deps deps(Change c) {
        Deps d = Deps.empty();
        if (c instanceof AddTable a) {
            d.provides().add(key(a.schema(), a.table().name()));
            tableNeeds(a.schema(), a.table(), d.requires());
        } else if (c instanceof DropTable x) {
            d.releases().add(key(x.schema(), x.table().name()));
            tableNeeds(x.schema(), x.table(), d.stopsUsing());
        } else if (c instanceof ModifyTable m) {
            for (TableChange tc : m.changes()) {
                if (tc instanceof AddColumn a) names(m.schema(), a.column().attrs(), d.requires());
                if (tc instanceof ModifyColumn mc) {
                    names(m.schema(), mc.to().attrs(), d.requires());
                    names(m.schema(), mc.from().attrs(), d.stopsUsing());
                }
                if (tc instanceof DropColumn x) names(m.schema(), x.column().attrs(), d.stopsUsing());
                if (tc instanceof AddCheck a) names(m.schema(), a.check().attrs(), d.requires());
                if (tc instanceof ModifyCheck mc) {
                    names(m.schema(), mc.to().attrs(), d.requires());
                    names(m.schema(), mc.from().attrs(), d.stopsUsing());
                }
                if (tc instanceof DropCheck x) names(m.schema(), x.check().attrs(), d.stopsUsing());
                if (tc instanceof AddForeignKey a) d.requires().add(key(m.schema(), a.foreignKey().refTable()));
                if (tc instanceof ModifyForeignKey mf) {
                    d.requires().add(key(m.schema(), mf.to().refTable()));
                    d.stopsUsing().add(key(m.schema(), mf.from().refTable()));
                }
                if (tc instanceof DropForeignKey x) d.stopsUsing().add(key(m.schema(), x.foreignKey().refTable()));
            }
            String self = key(m.schema(), m.to().name());
            d.requires().remove(self);
            d.stopsUsing().remove(key(m.schema(), m.from().name()));
        } else if (c instanceof AddView a) {
            d.provides().add(key(a.schema(), a.view().name()));
            for (QualifiedName q : a.view().dependsOn()) d.requires().add(key(a.schema(), q));
        } else if (c instanceof DropView x) {
            d.releases().add(key(x.schema(), x.view().name()));
            for (QualifiedName q : x.view().dependsOn()) d.stopsUsing().add(key(x.schema(), q));
        } else if (c instanceof AddObject a) {
            d.provides().add(key(a.schema(), a.object().name()));
            objectNeeds(a.schema(), a.object(), d.requires());
        } else if (c instanceof ModifyObject m) {
            d.provides().add(key(m.schema(), m.to().name()));
            objectNeeds(m.schema(), m.to(), d.requires());
        } else if (c instanceof DropObject x) {
            d.releases().add(key(x.schema(), x.object().name()));
            objectNeeds(x.schema(), x.object(), d.stopsUsing());
        } else if (c instanceof DropSchema x) {
            // CASCADE takes everything in it: whoever stops using any of it goes first
            String s = x.schema().name();
            for (Table t : x.schema().tables()) d.releases().add(key(s, t.name()));
            for (View v : x.schema().views()) d.releases().add(key(s, v.name()));
            for (SchemaObject o : x.schema().objects()) d.releases().add(key(s, o.name()));
        }
        return d;
    }

    /** What a table needs: its recorded dependencies, referenced tables, partition and inheritance parents. */
    private static void tableNeeds(String schema, Table t, Set<String> out) {
        names(schema, t.attrs(), out);
        for (Column c : t.columns()) names(schema, c.attrs(), out);
        for (Check ch : t.checks()) names(schema, ch.attrs(), out);
        for (ForeignKey fk : t.foreignKeys()) out.add(key(schema, fk.refTable()));
        t.attrs().get(PgPartitionOf.class).ifPresent(p -> out.add(key(schema, p.parent())));
        t.attrs().get(PgInherits.class).ifPresent(p -> p.parents().forEach(parent -> out.add(key(schema, parent))));
        out.remove(key(schema, t.name()));
    }

    private static void objectNeeds(String schema, SchemaObject o, Set<String> out) {
        for (QualifiedName q : o.dependsOn()) out.add(key(schema, q));
        names(schema, o.attrs(), out);
        out.remove(key(schema, o.name()));
    }

    private static void names(String schema, Attrs attrs, Set<String> out) {
        attrs.get(DependsOn.class).ifPresent(d -> d.names().forEach(q -> out.add(key(schema, q))));
    }
}

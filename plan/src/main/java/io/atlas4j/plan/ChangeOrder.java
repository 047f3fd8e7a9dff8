package io.atlas4j.plan;

import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Orders changes so each statement finds what it needs: referenced tables before referencing
 * ones, drops in reverse, views after what they read, triggers after their tables. Among
 * independent changes the order is by kind, then by input order, so plans are stable.
 * Foreign-key cycles are broken by creating the tables first and adding the foreign keys after
 * (or dropping them before dropping the tables), when the dialect can alter foreign keys.
 */
public final class ChangeOrder {
    private ChangeOrder() {
    }

    /**
     * @param detachCycles whether foreign keys in a cycle may be split out into their own
     *                     {@link ModifyTable}; dialects that cannot add a foreign key to an existing
     *                     table (SQLite) pass {@code false} and rely on deferred checking instead
     */
    public static List<Change> sort(List<Change> changes, boolean detachCycles) {
        List<Change> input = changes;
        Graph<Integer, DefaultEdge> graph = graph(input);
        List<Set<Integer>> cycles = cycles(graph);
        if (!cycles.isEmpty() && detachCycles) {
            input = detach(input, cycles);
            graph = graph(input);
            cycles = cycles(graph);
        }
        for (Set<Integer> cycle : cycles) {
            for (Integer a : cycle) for (Integer b : cycle) graph.removeEdge(a, b);
        }
        List<Change> in = input;
        Comparator<Integer> byRank = Comparator.<Integer>comparingInt(i -> rank(in.get(i))).thenComparingInt(i -> i);
        List<Change> out = new ArrayList<>(in.size());
        new TopologicalOrderIterator<>(graph, byRank).forEachRemaining(i -> out.add(in.get(i)));
        return out;
    }

    private static int rank(Change c) {
        return c.accept(RANK);
    }

    private static final Change.Visitor<Integer> RANK = new Change.Visitor<>() {
        public Integer addSchema(AddSchema c) { return 0; }
        public Integer modifySchema(ModifySchema c) { return 0; }
        public Integer dropObject(DropObject c) { return 1; }
        public Integer dropView(DropView c) { return 2; }
        public Integer renameTable(RenameTable c) { return 3; }
        public Integer addObject(AddObject c) { return 4; }
        public Integer modifyObject(ModifyObject c) { return 4; }
        public Integer addTable(AddTable c) { return 5; }
        public Integer modifyTable(ModifyTable c) { return 6; }
        public Integer dropTable(DropTable c) { return 7; }
        public Integer addView(AddView c) { return 8; }
        public Integer modifyView(ModifyView c) { return 8; }
        public Integer dropSchema(DropSchema c) { return 9; }
    };

    /**
     * What a change creates and needs (for creates), or releases and used (for drops). A rename
     * {@code frees} the old name without destroying the object: a later create may take the name,
     * but whoever stops using the object need not go first (references follow the rename).
     */
    private record Deps(Set<String> provides, Set<String> requires, Set<String> releases, Set<String> stopsUsing, Set<String> frees) {
        static Deps of() {
            return new Deps(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        }
    }

    private static String key(String schema, QualifiedName n) {
        return n.schema().orElse(schema) + "." + n.name();
    }

    private static String key(String schema, String name) {
        return schema + "." + name;
    }

    private static Deps deps(Change change) {
        Deps d = Deps.of();
        change.accept(new Change.Visitor<Void>() {
            public Void addSchema(AddSchema c) { d.provides.add("schema:" + c.schema().name()); return null; }
            public Void dropSchema(DropSchema c) { d.releases.add("schema:" + c.schema().name()); return null; }
            public Void modifySchema(ModifySchema c) { return null; }
            public Void addTable(AddTable c) {
                d.provides.add(key(c.schema(), c.table().name()));
                d.requires.add("schema:" + c.schema());
                for (ForeignKey fk : c.table().foreignKeys()) {
                    String ref = key(c.schema(), fk.refTable());
                    if (!ref.equals(key(c.schema(), c.table().name()))) d.requires.add(ref);
                }
                return null;
            }
            public Void dropTable(DropTable c) {
                d.releases.add(key(c.schema(), c.table().name()));
                for (ForeignKey fk : c.table().foreignKeys()) {
                    String ref = key(c.schema(), fk.refTable());
                    if (!ref.equals(key(c.schema(), c.table().name()))) d.stopsUsing.add(ref);
                }
                return null;
            }
            public Void modifyTable(ModifyTable c) {
                d.provides.add(key(c.schema(), c.to().name()));
                for (TableChange tc : c.changes()) {
                    if (tc instanceof AddForeignKey a) d.requires.add(key(c.schema(), a.foreignKey().refTable()));
                    if (tc instanceof ModifyForeignKey m) {
                        d.requires.add(key(c.schema(), m.to().refTable()));
                        d.stopsUsing.add(key(c.schema(), m.from().refTable()));
                    }
                    if (tc instanceof DropForeignKey x) d.stopsUsing.add(key(c.schema(), x.foreignKey().refTable()));
                }
                d.requires.remove(key(c.schema(), c.to().name()));
                d.stopsUsing.remove(key(c.schema(), c.from().name()));
                // The table must exist under its name first (after a rename in the same plan).
                d.requires.add(key(c.schema(), c.from().name()));
                return null;
            }
            public Void renameTable(RenameTable c) {
                d.frees.add(key(c.schema(), c.from().name()));
                d.provides.add(key(c.schema(), c.to().name()));
                return null;
            }
            public Void addView(AddView c) {
                d.provides.add(key(c.schema(), c.view().name()));
                c.view().dependsOn().forEach(n -> d.requires.add(key(c.schema(), n)));
                return null;
            }
            public Void dropView(DropView c) {
                d.releases.add(key(c.schema(), c.view().name()));
                c.view().dependsOn().forEach(n -> d.stopsUsing.add(key(c.schema(), n)));
                return null;
            }
            public Void modifyView(ModifyView c) {
                d.provides.add(key(c.schema(), c.to().name()));
                c.to().dependsOn().forEach(n -> d.requires.add(key(c.schema(), n)));
                c.from().dependsOn().forEach(n -> d.stopsUsing.add(key(c.schema(), n)));
                return null;
            }
            public Void addObject(AddObject c) {
                d.provides.add(key(c.schema(), c.object().name()));
                c.object().dependsOn().forEach(n -> d.requires.add(key(c.schema(), n)));
                return null;
            }
            public Void dropObject(DropObject c) {
                d.releases.add(key(c.schema(), c.object().name()));
                c.object().dependsOn().forEach(n -> d.stopsUsing.add(key(c.schema(), n)));
                return null;
            }
            public Void modifyObject(ModifyObject c) {
                d.provides.add(key(c.schema(), c.to().name()));
                c.to().dependsOn().forEach(n -> d.requires.add(key(c.schema(), n)));
                return null;
            }
        });
        return d;
    }

    private static Graph<Integer, DefaultEdge> graph(List<Change> changes) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        List<Deps> deps = new ArrayList<>(changes.size());
        Map<String, List<Integer>> providers = new HashMap<>();
        Map<String, List<Integer>> releasers = new HashMap<>();
        Map<String, List<Integer>> freers = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            g.addVertex(i);
            Deps d = deps(changes.get(i));
            deps.add(d);
            for (String p : d.provides) providers.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            for (String r : d.releases) releasers.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            for (String r : d.releases) freers.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            for (String r : d.frees) freers.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < changes.size(); i++) {
            Deps d = deps.get(i);
            for (String r : d.requires) {
                for (int p : providers.getOrDefault(r, List.of())) if (p != i) g.addEdge(p, i);
            }
            for (String u : d.stopsUsing) {
                for (int r : releasers.getOrDefault(u, List.of())) if (r != i) g.addEdge(i, r);
            }
            // A name must be released before it is taken again (a view replaced by a table).
            for (String p : d.provides) {
                for (int r : freers.getOrDefault(p, List.of())) if (r != i) g.addEdge(r, i);
            }
        }
        return g;
    }

    private static List<Set<Integer>> cycles(Graph<Integer, DefaultEdge> g) {
        List<Set<Integer>> out = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
            if (scc.size() > 1) out.add(scc);
        }
        return out;
    }

    /** Splits cyclic foreign keys of created tables into later ModifyTables, and of dropped tables into earlier ones. */
    private static List<Change> detach(List<Change> changes, List<Set<Integer>> cycles) {
        Set<Integer> inCycle = new HashSet<>();
        cycles.forEach(inCycle::addAll);
        Set<String> cycleTables = new HashSet<>();
        for (int i : inCycle) {
            Change c = changes.get(i);
            if (c instanceof AddTable a) cycleTables.add(key(a.schema(), a.table().name()));
            if (c instanceof DropTable d) cycleTables.add(key(d.schema(), d.table().name()));
        }
        List<Change> before = new ArrayList<>();
        List<Change> out = new ArrayList<>();
        List<Change> after = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (inCycle.contains(i) && c instanceof AddTable a) {
                List<ForeignKey> keep = new ArrayList<>();
                List<TableChange> later = new ArrayList<>();
                for (ForeignKey fk : a.table().foreignKeys()) {
                    if (cycleTables.contains(key(a.schema(), fk.refTable()))) later.add(new AddForeignKey(fk));
                    else keep.add(fk);
                }
                Table bare = a.table().withForeignKeys(keep);
                out.add(new AddTable(a.schema(), bare));
                if (!later.isEmpty()) after.add(new ModifyTable(a.schema(), bare, a.table(), later));
            } else if (inCycle.contains(i) && c instanceof DropTable d) {
                List<ForeignKey> keep = new ArrayList<>();
                List<TableChange> first = new ArrayList<>();
                for (ForeignKey fk : d.table().foreignKeys()) {
                    if (cycleTables.contains(key(d.schema(), fk.refTable()))) first.add(new DropForeignKey(fk));
                    else keep.add(fk);
                }
                Table bare = d.table().withForeignKeys(keep);
                if (!first.isEmpty()) before.add(new ModifyTable(d.schema(), d.table(), bare, first));
                out.add(new DropTable(d.schema(), bare));
            } else {
                out.add(c);
            }
        }
        List<Change> result = new ArrayList<>(before);
        result.addAll(out);
        result.addAll(after);
        return result;
    }
}

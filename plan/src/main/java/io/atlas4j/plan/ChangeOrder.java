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
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.ChangeDeps.Keys;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Orders changes so each statement finds what it needs: schemas, types and functions before the
 * tables, checks, defaults, views and triggers that use them; referenced tables before referencing
 * ones; views after what they read; a dropped name free before it is taken again; and drops in
 * reverse (a view before the function it calls, a table before its type), also before a change
 * that alters or re-creates what they used. Dependencies come from foreign keys, view and object
 * {@code dependsOn()}, and the {@link io.atlas4j.schema.DependsOn} attributes of tables, columns,
 * checks and indexes, with names compared the way the dialect compares identifiers.
 *
 * <p>Among independent changes the order is by kind, then by input order, so plans are stable.
 * Foreign-key cycles are broken by creating the tables first and adding the foreign keys after (or
 * dropping them before dropping the tables), when the dialect can alter foreign keys; a changed
 * view caught in a cycle is dropped and created again. A cycle that neither breaks is an
 * {@link UnsupportedChangeException} naming its changes, raised before anything runs. Linear in
 * changes and dependencies, but for the priority queue of the final order (n log n).
 */
public final class ChangeOrder {
    private ChangeOrder() {
    }

    /** {@link #sort(List, boolean, UnaryOperator)} with names compared exactly (case-sensitive). */
    public static List<Change> sort(List<Change> changes, boolean detachCycles) {
        return sort(changes, detachCycles, UnaryOperator.identity());
    }

    /**
     * @param detachCycles whether foreign keys in a cycle may be split out into their own
     *                     {@link ModifyTable}; dialects that cannot add a foreign key to an existing
     *                     table (SQLite) pass {@code false} and rely on deferred checking instead
     * @param nameKey      the dialect's identifier folding (its {@code DiffHooks::nameKey}), applied to
     *                     schema and object names alike, so {@code "USERS"} finds {@code users} where
     *                     the database folds case
     * @throws UnsupportedChangeException when the changes depend on each other in a cycle that is
     *                                    not made of foreign keys alone (views, functions, types,
     *                                    names taken again), before anything is planned
     */
    public static List<Change> sort(List<Change> changes, boolean detachCycles, UnaryOperator<String> nameKey) {
        Keys keys = new Keys(nameKey);
        List<Change> input = changes;
        DependencyGraph graph = graph(input, keys);
        List<int[]> cycles = graph.cycles(false);
        if (!cycles.isEmpty()) {
            List<int[]> hard = graph.cycles(true);
            if (!hard.isEmpty()) {
                List<Change> split = recreateViews(input, hard);
                if (split != input) {
                    input = split;
                    graph = graph(input, keys);
                    hard = graph.cycles(true);
                }
                if (!hard.isEmpty()) throw unorderable(input, graph, hard.get(0), true);
                cycles = graph.cycles(false);
            }
        }
        if (!cycles.isEmpty()) {
            if (detachCycles) {
                input = detach(input, cycles, keys);
                graph = graph(input, keys);
                cycles = graph.cycles(false);
                if (!cycles.isEmpty()) throw unorderable(input, graph, cycles.get(0), false);
            } else {
                // The dialect checks foreign keys when rows change, not when tables are created or dropped.
                for (int[] cycle : cycles) graph.removeSoftEdgesWithin(cycle);
            }
        }
        int[] rank = new int[input.size()];
        for (int i = 0; i < rank.length; i++) rank[i] = input.get(i).accept(RANK);
        List<Change> out = new ArrayList<>(input.size());
        for (int i : graph.topologicalOrder(rank)) out.add(input.get(i));
        return out;
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

    private static DependencyGraph graph(List<Change> changes, Keys keys) {
        DependencyGraph g = new DependencyGraph(changes.size());
        List<ChangeDeps> deps = new ArrayList<>(changes.size());
        Map<String, List<Integer>> creators = new HashMap<>(changes.size() * 2);
        Map<String, List<Integer>> providers = new HashMap<>(changes.size() * 2);
        Map<String, List<Integer>> updaters = new HashMap<>(changes.size() * 2);
        Map<String, List<Integer>> releasers = new HashMap<>(changes.size() * 2);
        Map<String, List<Integer>> freers = new HashMap<>(changes.size() * 2);
        for (int i = 0; i < changes.size(); i++) {
            ChangeDeps d = ChangeDeps.of(changes.get(i), keys);
            deps.add(d);
            for (String n : d.creates) {
                creators.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
                providers.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
            }
            for (String n : d.updates) {
                updaters.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
                providers.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
            }
            for (String n : d.releases) {
                releasers.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
                freers.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
            }
            for (String n : d.frees) freers.computeIfAbsent(n, k -> new ArrayList<>(1)).add(i);
        }
        for (int i = 0; i < changes.size(); i++) {
            ChangeDeps d = deps.get(i);
            for (String n : d.needs) {
                if (d.pureDrop && releasers.containsKey(n)) continue;
                for (int p : creators.getOrDefault(n, List.of())) g.addEdge(p, i, true);
            }
            for (String n : d.requires) for (int p : providers.getOrDefault(n, List.of())) g.addEdge(p, i, true);
            for (String n : d.requiresFk) for (int p : providers.getOrDefault(n, List.of())) g.addEdge(p, i, false);
            for (String n : d.stopsUsing) usedBy(g, i, d, n, releasers, updaters, true);
            for (String n : d.stopsUsingFk) usedBy(g, i, d, n, releasers, updaters, false);
            // A name must be released before it is taken again (a view replaced by a table).
            for (String n : d.creates) for (int r : freers.getOrDefault(n, List.of())) g.addEdge(r, i, true);
        }
        return g;
    }

    /** Change {@code i} stops using {@code name}: it runs before the name's drop, and a drop also before the name's update. */
    private static void usedBy(DependencyGraph g, int i, ChangeDeps d, String name, Map<String, List<Integer>> releasers,
                               Map<String, List<Integer>> updaters, boolean hard) {
        for (int r : releasers.getOrDefault(name, List.of())) g.addEdge(i, r, hard);
        if (d.pureDrop) for (int u : updaters.getOrDefault(name, List.of())) g.addEdge(i, u, hard);
    }

    private static Set<Integer> members(List<int[]> cycles) {
        Set<Integer> out = new HashSet<>();
        for (int[] c : cycles) for (int v : c) out.add(v);
        return out;
    }

    /** Replaces each changed view in a cycle by a drop and a create: views hold no rows, and the drop can go first. */
    private static List<Change> recreateViews(List<Change> changes, List<int[]> cycles) {
        Set<Integer> inCycle = members(cycles);
        List<Change> out = new ArrayList<>(changes.size() + 1);
        boolean split = false;
        for (int i = 0; i < changes.size(); i++) {
            if (inCycle.contains(i) && changes.get(i) instanceof ModifyView m) {
                out.add(new DropView(m.schema(), m.from()));
                out.add(new AddView(m.schema(), m.to()));
                split = true;
            } else {
                out.add(changes.get(i));
            }
        }
        return split ? out : changes;
    }

    /**
     * Splits cyclic foreign keys out: of created tables into later ModifyTables, of dropped tables
     * into earlier ones, and of altered tables into an earlier drop and a later add.
     */
    private static List<Change> detach(List<Change> changes, List<int[]> cycles, Keys keys) {
        Set<Integer> inCycle = members(cycles);
        Set<String> cycleTables = new HashSet<>();
        for (int i : inCycle) {
            Change c = changes.get(i);
            if (c instanceof AddTable a) cycleTables.add(keys.of(a.schema(), a.table().name()));
            if (c instanceof DropTable d) cycleTables.add(keys.of(d.schema(), d.table().name()));
            if (c instanceof ModifyTable m) cycleTables.add(keys.of(m.schema(), m.to().name()));
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
                    if (cycleTables.contains(keys.of(a.schema(), fk.refTable()))) later.add(new AddForeignKey(fk));
                    else keep.add(fk);
                }
                Table bare = a.table().withForeignKeys(keep);
                out.add(new AddTable(a.schema(), bare));
                if (!later.isEmpty()) after.add(new ModifyTable(a.schema(), bare, a.table(), later));
            } else if (inCycle.contains(i) && c instanceof DropTable d) {
                List<ForeignKey> keep = new ArrayList<>();
                List<TableChange> first = new ArrayList<>();
                for (ForeignKey fk : d.table().foreignKeys()) {
                    if (cycleTables.contains(keys.of(d.schema(), fk.refTable()))) first.add(new DropForeignKey(fk));
                    else keep.add(fk);
                }
                Table bare = d.table().withForeignKeys(keep);
                if (!first.isEmpty()) before.add(new ModifyTable(d.schema(), d.table(), bare, first));
                out.add(new DropTable(d.schema(), bare));
            } else if (inCycle.contains(i) && c instanceof ModifyTable m) {
                split(m, cycleTables, keys, before, out, after);
            } else {
                out.add(c);
            }
        }
        List<Change> result = new ArrayList<>(before);
        result.addAll(out);
        result.addAll(after);
        return result;
    }

    /** Splits a ModifyTable's foreign-key changes on cycle tables into a drop part first and an add part last. */
    private static void split(ModifyTable m, Set<String> cycleTables, Keys keys, List<Change> before, List<Change> out, List<Change> after) {
        List<TableChange> drops = new ArrayList<>();
        List<TableChange> adds = new ArrayList<>();
        List<TableChange> rest = new ArrayList<>();
        List<ForeignKey> dropped = new ArrayList<>();
        List<ForeignKey> added = new ArrayList<>();
        for (TableChange tc : m.changes()) {
            if (tc instanceof AddForeignKey a && cycleTables.contains(keys.of(m.schema(), a.foreignKey().refTable()))) {
                adds.add(tc);
                added.add(a.foreignKey());
            } else if (tc instanceof DropForeignKey x && cycleTables.contains(keys.of(m.schema(), x.foreignKey().refTable()))) {
                drops.add(tc);
                dropped.add(x.foreignKey());
            } else if (tc instanceof ModifyForeignKey f && (cycleTables.contains(keys.of(m.schema(), f.from().refTable()))
                    || cycleTables.contains(keys.of(m.schema(), f.to().refTable())))) {
                drops.add(new DropForeignKey(f.from()));
                dropped.add(f.from());
                adds.add(new AddForeignKey(f.to()));
                added.add(f.to());
            } else {
                rest.add(tc);
            }
        }
        if (drops.isEmpty() && adds.isEmpty()) {
            out.add(m);
            return;
        }
        Table from = without(m.from(), dropped);
        Table to = without(m.to(), added);
        if (!drops.isEmpty()) before.add(new ModifyTable(m.schema(), m.from(), from, drops));
        if (!rest.isEmpty()) out.add(new ModifyTable(m.schema(), from, to, rest));
        if (!adds.isEmpty()) after.add(new ModifyTable(m.schema(), to, m.to(), adds));
    }

    private static Table without(Table t, List<ForeignKey> fks) {
        List<ForeignKey> keep = new ArrayList<>(t.foreignKeys());
        keep.removeAll(fks);
        return t.withForeignKeys(keep);
    }

    /** The error for a cycle that cannot be broken: the changes in it, in the order each waits for the next. */
    private static UnsupportedChangeException unorderable(List<Change> changes, DependencyGraph g, int[] cycle, boolean hardOnly) {
        List<Integer> path = g.cycleThrough(cycle, hardOnly);
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i + 1 < path.size(); i++) {
            if (i > 0) chain.append(i + 2 == path.size() ? (i > 1 ? ", and " : " and ") : ", ");
            chain.append(describe(changes.get(path.get(i)))).append(" must run before ").append(describe(changes.get(path.get(i + 1))));
        }
        return new UnsupportedChangeException(changes.get(path.get(0)), "cannot order the plan: its changes depend on each other in a cycle: "
                + chain + ": change the desired schema so that one of these objects no longer depends on the other, "
                + "or apply it in two steps (first without the dependency, then with it)");
    }

    private static String describe(Change c) {
        return c.accept(DESCRIBE);
    }

    private static final Change.Visitor<String> DESCRIBE = new Change.Visitor<>() {
        public String addSchema(AddSchema c) { return "create schema " + c.schema().name(); }
        public String dropSchema(DropSchema c) { return "drop schema " + c.schema().name(); }
        public String modifySchema(ModifySchema c) { return "alter schema " + c.to().name(); }
        public String addTable(AddTable c) { return "create table " + c.schema() + "." + c.table().name(); }
        public String dropTable(DropTable c) { return "drop table " + c.schema() + "." + c.table().name(); }
        public String modifyTable(ModifyTable c) { return "alter table " + c.schema() + "." + c.to().name(); }
        public String renameTable(RenameTable c) { return "rename table " + c.schema() + "." + c.from().name() + " to " + c.to().name(); }
        public String addView(AddView c) { return "create view " + c.schema() + "." + c.view().name(); }
        public String dropView(DropView c) { return "drop view " + c.schema() + "." + c.view().name(); }
        public String modifyView(ModifyView c) { return "alter view " + c.schema() + "." + c.to().name(); }
        public String addObject(AddObject c) { return "create " + c.object().kind() + " " + c.schema() + "." + c.object().name(); }
        public String dropObject(DropObject c) { return "drop " + c.object().kind() + " " + c.schema() + "." + c.object().name(); }
        public String modifyObject(ModifyObject c) { return "alter " + c.to().kind() + " " + c.schema() + "." + c.to().name(); }
    };
}

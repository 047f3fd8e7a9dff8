package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropView;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What PostgreSQL considers equal: type aliases ({@code int4} = {@code integer}), names the
 * server generates for constraints and indexes, and the views that must be re-created around a
 * change to a table they read (PostgreSQL refuses to alter a column a view depends on).
 */
public final class PgDiffHooks implements DiffHooks {
    private static final Pattern GENERATED = Pattern.compile("^.*_(pkey|key|fkey|check|idx|excl)\\d*$");
    private final PgTypes types = PgTypes.builtIn();
    // few distinct types per schema: canonicalize each once, not once per column and diff
    private final java.util.Map<io.atlas4j.schema.type.ColumnType, io.atlas4j.schema.type.ColumnType> canonical =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Schema normalizeSchema(Schema schema) {
        List<Table> tables = new ArrayList<>(schema.tables().size());
        boolean changed = false;
        for (Table t : schema.tables()) {
            List<Column> cols = new ArrayList<>(t.columns().size());
            boolean tc = false;
            for (Column c : t.columns()) {
                var canon = canonical.computeIfAbsent(c.type(), types::canonical);
                if (canon.equals(c.type())) {
                    cols.add(c);
                } else {
                    cols.add(c.withType(canon));
                    tc = true;
                }
            }
            tables.add(tc ? t.withColumns(cols) : t);
            changed |= tc;
        }
        return changed ? schema.withTables(tables) : schema;
    }

    /**
     * Whether a column of both sides is declared on the table or only inherited is not something
     * DDL can always change, so it is left out of the comparison; it stays on added columns,
     * which the parent's change brings along. Constraints and indexes that the differ will pair by
     * shape although their names differ (one was named by the user) are marked to be renamed.
     */
    @Override
    public io.atlas4j.diff.TablePair normalize(Table current, Table desired) {
        Table have = current;
        Table want = desired;
        if (current.attrs().has(io.atlas4j.postgres.PgInherits.class) || desired.attrs().has(io.atlas4j.postgres.PgInherits.class)
                || current.attrs().has(io.atlas4j.postgres.PgPartitionOf.class)) {
            java.util.Set<String> both = new java.util.HashSet<>();
            for (Column c : current.columns()) if (desired.column(c.name()).isPresent()) both.add(c.name());
            have = local(current, both);
            want = local(desired, both);
        }
        return new io.atlas4j.diff.TablePair(renames(have, want), want);
    }

    /**
     * Marks with {@link PgRenamedTo} what the generic differ would pair by shape under different
     * names where the user chose at least one of them ({@code CHECK (a > 0)} that becomes
     * {@code CONSTRAINT a_positive CHECK (a > 0)}), and a primary key named otherwise: the
     * database should end with the desired name, as it would when created from the desired schema.
     */
    Table renames(Table have, Table want) {
        Table out = have;
        List<Check> checks = marked(have.checks(), want.checks(), Check::name, c -> generated(have, c.name()), c -> generated(want, c.name()),
                (a, b) -> !checkChanged(a, b.withName(a.name())), (c, n) -> new Check(c.name(), c.expr(), c.attrs().with(new PgRenamedTo(n))));
        if (checks != null) out = out.withChecks(checks);
        List<ForeignKey> fks = marked(have.foreignKeys(), want.foreignKeys(), ForeignKey::name, f -> generated(have, f.name()),
                f -> generated(want, f.name()), (a, b) -> !foreignKeyChanged(a, b.withName(a.name())),
                (f, n) -> f.withAttrs(f.attrs().with(new PgRenamedTo(n))));
        if (fks != null) out = out.withForeignKeys(fks);
        List<Index> idxs = marked(have.indexes(), want.indexes(), Index::name, i -> generated(have, i.name()), i -> generated(want, i.name()),
                (a, b) -> !indexChanged(a, b.withName(a.name())), (i, n) -> i.withAttrs(i.attrs().with(new PgRenamedTo(n))));
        if (idxs != null) out = out.withIndexes(idxs);
        if (have.primaryKey().isPresent() && want.primaryKey().isPresent()) {
            Index a = have.primaryKey().get();
            Index b = want.primaryKey().get();
            if (!a.name().equals(b.name()) && !(generated(have, a.name()) && generated(want, b.name())) && !a.name().isEmpty() && !b.name().isEmpty()) {
                out = out.withPrimaryKey(Optional.of(a.withAttrs(a.attrs().with(new PgRenamedTo(b.name())))));
            }
        }
        return out;
    }

    /**
     * The differ's pairing (by name, then unnamed ones by shape), replayed: {@return the current
     * elements with those paired by shape under another name marked, or null when there are none}
     */
    private static <T> List<T> marked(List<T> from, List<T> to, java.util.function.Function<T, String> name,
                                      java.util.function.Predicate<T> generatedFrom, java.util.function.Predicate<T> generatedTo,
                                      java.util.function.BiPredicate<T, T> sameShape, java.util.function.BiFunction<T, String, T> mark) {
        if (from.isEmpty() || to.isEmpty()) return null;
        Map<String, T> named = new java.util.LinkedHashMap<>();
        List<T> leftovers = new ArrayList<>();
        for (T f : from) {
            if (generatedFrom.test(f)) leftovers.add(f);
            else named.put(name.apply(f), f);
        }
        List<T> unmatched = new ArrayList<>();
        for (T t : to) {
            T f = generatedTo.test(t) ? null : named.remove(name.apply(t));
            if (f == null) unmatched.add(t);
        }
        leftovers.addAll(named.values());
        Map<T, String> renames = new java.util.IdentityHashMap<>();
        for (T t : unmatched) {
            for (T f : leftovers) {
                if ((generatedFrom.test(f) || generatedTo.test(t)) && sameShape.test(f, t)) {
                    leftovers.remove(f);
                    boolean bothGenerated = generatedFrom.test(f) && generatedTo.test(t);
                    if (!name.apply(f).equals(name.apply(t)) && !bothGenerated && !name.apply(t).isEmpty()) renames.put(f, name.apply(t));
                    break;
                }
            }
        }
        if (renames.isEmpty()) return null;
        List<T> out = new ArrayList<>(from.size());
        for (T f : from) out.add(renames.containsKey(f) ? mark.apply(f, renames.get(f)) : f);
        return out;
    }

    private static Table local(Table t, java.util.Set<String> names) {
        List<Column> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            cols.add(names.contains(c.name()) ? c.withAttrs(c.attrs().without(io.atlas4j.postgres.PgInheritedColumn.class)) : c);
        }
        return t.withColumns(cols);
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        return generated(table, index.name());
    }

    @Override
    public boolean isGeneratedForeignKeyName(Table table, ForeignKey fk) {
        return generated(table, fk.name());
    }

    @Override
    public boolean isGeneratedCheckName(Table table, Check check) {
        return generated(table, check.name());
    }

    /** PostgreSQL names unnamed constraints {@code <table>_<columns>_<suffix>[n]}, cut to 63 bytes. */
    static boolean generated(Table table, String name) {
        if (name.isEmpty()) return true;
        String t = table.name();
        String head = t.substring(0, Math.min(t.length(), 20));
        return name.startsWith(head + (t.length() <= 20 ? "_" : "")) && GENERATED.matcher(name).matches();
    }

    /**
     * Views that read a table whose columns change type or disappear, views whose definition
     * changes, and every view built on those, are dropped before and re-created after the change.
     */
    @Override
    public List<Change> objectChanges(Schema current, Schema desired) {
        if (current.views().isEmpty()) return List.of();
        Map<String, Table> desiredTables = new HashMap<>();
        for (Table t : desired.tables()) desiredTables.put(t.name(), t);
        Map<String, View> desiredViews = new HashMap<>();
        for (View v : desired.views()) desiredViews.put(v.name(), v);
        Set<String> start = new LinkedHashSet<>();
        for (Table have : current.tables()) {
            Optional<Table> want = Optional.ofNullable(desiredTables.get(have.name()));
            if (want.isPresent() && !columnsShrinkOrRetype(have, want.get())) continue;
            start.addAll(readersOf(current).getOrDefault(have.name(), List.of()));
        }
        for (View v : current.views()) {
            Optional<View> w = Optional.ofNullable(desiredViews.get(v.name()));
            if (w.isEmpty() || viewChanged(v, w.get()) && !PgPlanner.onlyCommentsDiffer(v, w.get())) start.add(v.name());
        }
        if (start.isEmpty()) return List.of();
        Map<String, List<String>> readers = readersOf(current);
        Set<String> affected = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            if (!affected.add(v)) continue;
            queue.addAll(readers.getOrDefault(v, List.of()));
        }
        List<Change> out = new ArrayList<>();
        // DROP VIEW takes the view's triggers with it: unchanged ones are created again after the view
        for (SchemaObject o : current.objects()) {
            if (o instanceof Trigger t && affected.contains(t.table()) && desired.objects().contains(t)) {
                out.add(new AddObject(current.name(), t));
            }
        }
        for (String name : affected) {
            Optional<View> have = current.view(name);
            Optional<View> want = Optional.ofNullable(desiredViews.get(name));
            if (have.isPresent() && want.isPresent() && !viewChanged(have.get(), want.get())) {
                out.add(new DropView(current.name(), have.get()));
                out.add(new AddView(current.name(), want.get()));
            } else if (have.isPresent() && want.isPresent() && PgPlanner.onlyCommentsDiffer(have.get(), want.get())) {
                // re-created all the same: the planner creates it from its ModifyView, which alone would only comment
                out.add(new DropView(current.name(), have.get()));
            }
        }
        return out;
    }

    /**
     * Checks compare by their deparsed text, but PostgreSQL does not deparse a re-parsed check to
     * the same text ({@code IN (...)} over varchar gains casts each round), so casts, parentheses
     * and spacing are left out of the comparison.
     */
    @Override
    public boolean checkChanged(Check from, Check to) {
        return !from.name().equals(to.name()) || !from.attrs().equals(to.attrs()) || !looseExpr(from.expr()).equals(looseExpr(to.expr()));
    }

    static String looseExpr(String expr) {
        return expr.replaceAll("::[a-z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?", "").replaceAll("[()\\s]", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return for each table or view name, the views of the schema that read it} */
    private static Map<String, List<String>> readersOf(Schema schema) {
        Map<String, List<String>> readers = new HashMap<>();
        for (View v : schema.views()) {
            for (QualifiedName d : v.dependsOn()) {
                if (d.schema().isEmpty()) readers.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(v.name());
            }
        }
        return readers;
    }

    private boolean columnsShrinkOrRetype(Table have, Table want) {
        if (have.columns().equals(want.columns())) return false; // the no-op case: no per-column canonicalization
        for (Column c : have.columns()) {
            Optional<Column> w = want.column(c.name());
            if (w.isEmpty() || !canonical.computeIfAbsent(w.get().type(), types::canonical)
                    .equals(canonical.computeIfAbsent(c.type(), types::canonical))
                    || !c.attrs().get(io.atlas4j.schema.Collation.class).equals(w.get().attrs().get(io.atlas4j.schema.Collation.class))) {
                return true;
            }
        }
        return false;
    }
}

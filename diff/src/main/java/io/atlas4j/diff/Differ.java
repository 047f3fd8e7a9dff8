package io.atlas4j.diff;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropAttr;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropPrimaryKey;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyAttr;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The generic differ. It indexes each side by name once and walks both in one pass, so it is
 * linear in schema size; unchanged tables are skipped by record equality before any hook runs.
 * Dialect knowledge comes only from {@link DiffHooks}.
 */
public final class Differ {
    private final DiffHooks hooks;
    private final DiffOptions options;

    private Differ(DiffHooks hooks, DiffOptions options) {
        this.hooks = hooks;
        this.options = options;
    }

    public static List<Change> diff(Schema current, Schema desired, DiffHooks hooks, DiffOptions options) {
        return new Differ(hooks, options).schema(current, desired);
    }

    public static List<Change> diff(Realm current, Realm desired, DiffHooks hooks, DiffOptions options) {
        Differ d = new Differ(hooks, options);
        List<Change> changes = new ArrayList<>();
        Map<String, Schema> from = byName(current.schemas(), Schema::name, hooks);
        Map<String, Schema> to = byName(desired.schemas(), Schema::name, hooks);
        for (var e : from.entrySet()) {
            if (!to.containsKey(e.getKey())) d.add(changes, new DropSchema(e.getValue()));
        }
        for (var e : to.entrySet()) {
            Schema f = from.get(e.getKey());
            if (f == null) d.add(changes, new AddSchema(e.getValue()));
            else changes.addAll(d.schema(f, e.getValue()));
        }
        return changes;
    }

    private List<Change> schema(Schema current, Schema desired) {
        current = hooks.normalizeSchema(current);
        desired = hooks.normalizeSchema(desired);
        String schema = current.name();
        List<Change> changes = new ArrayList<>();
        if (!current.attrs().equals(desired.attrs())) {
            add(changes, new ModifySchema(current, desired.withName(current.name())));
        }
        tables(schema, current, desired, changes);
        views(schema, current, desired, changes);
        objects(schema, current, desired, changes);
        for (Change c : hooks.objectChanges(current, desired)) add(changes, c);
        return changes;
    }

    private void tables(String schema, Schema current, Schema desired, List<Change> changes) {
        Map<String, Table> from = byName(current.tables(), Table::name, hooks);
        Map<String, Table> to = byName(desired.tables(), Table::name, hooks);
        // Renamed tables first: foreign keys that point at a renamed table follow it (as they do in the
        // database), so they are compared under the new name and do not show up as changed.
        Map<String, String> renames = new HashMap<>();
        for (var e : to.entrySet()) {
            if (from.containsKey(e.getKey())) continue;
            Optional<String> old = options.renamedTableFrom(e.getValue().name()).map(hooks::nameKey);
            if (old.isPresent() && from.containsKey(old.get()) && !to.containsKey(old.get())) renames.put(old.get(), e.getValue().name());
        }
        Set<String> renamedAway = new HashSet<>();
        List<Change> adds = new ArrayList<>();
        for (var e : to.entrySet()) {
            Table want = e.getValue();
            Table have = from.get(e.getKey());
            Optional<String> hinted = options.renamedTableFrom(want.name()).map(hooks::nameKey);
            if (have != null && hinted.isPresent() && from.containsKey(hinted.get()) && !to.containsKey(hinted.get())) {
                throw new InvalidInputException("rename hint for table \"" + want.name() + "\" (renamed from \"" + hinted.get()
                        + "\") cannot apply: both tables exist: drop the hint, or drop one of the tables first");
            }
            if (have == null) {
                Optional<String> old = hinted;
                if (old.isPresent() && renames.containsKey(old.get())) {
                    Table renamed = from.get(old.get());
                    renamedAway.add(old.get());
                    add(adds, new RenameTable(schema, renamed, renamed.withName(want.name())));
                    modifyTable(schema, followRenames(renamed.withName(want.name()), renames), want, adds);
                } else {
                    add(adds, new AddTable(schema, want));
                }
            } else {
                modifyTable(schema, followRenames(have, renames), want, adds);
            }
        }
        for (var e : from.entrySet()) {
            if (!to.containsKey(e.getKey()) && !renamedAway.contains(e.getKey())) add(changes, new DropTable(schema, e.getValue()));
        }
        changes.addAll(adds);
    }

    /** {@return the table with foreign keys to renamed tables (same schema) pointing at the new names} */
    private Table followRenames(Table t, Map<String, String> renames) {
        if (renames.isEmpty()) return t;
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys().size());
        boolean changed = false;
        for (ForeignKey fk : t.foreignKeys()) {
            String to = fk.refTable().schema().isEmpty() ? renames.get(hooks.nameKey(fk.refTable().name())) : null;
            if (to != null) {
                fk = fk.withRefTable(new io.atlas4j.schema.QualifiedName(fk.refTable().schema(), to));
                changed = true;
            }
            fks.add(fk);
        }
        return changed ? t.withForeignKeys(fks) : t;
    }

    private void modifyTable(String schema, Table have, Table want, List<Change> changes) {
        if (have.equals(want)) return;
        TablePair pair = hooks.normalize(have, want);
        Table from = pair.current();
        Table to = pair.desired();
        if (from.equals(to)) return;
        List<TableChange> tc = new ArrayList<>();
        columns(from, to, tc);
        primaryKey(from, to, tc);
        matchNamed(from.indexes(), to.indexes(), Index::name, i -> hooks.isGeneratedIndexName(from, i),
                i -> hooks.isGeneratedIndexName(to, i), (a, b) -> !hooks.indexChanged(a, b.withName(a.name())),
                hooks::indexChanged, DropIndex::new, AddIndex::new, ModifyIndex::new, tc);
        matchNamed(from.foreignKeys(), to.foreignKeys(), ForeignKey::name, f -> hooks.isGeneratedForeignKeyName(from, f),
                f -> hooks.isGeneratedForeignKeyName(to, f), (a, b) -> !hooks.foreignKeyChanged(a, b.withName(a.name())),
                hooks::foreignKeyChanged, DropForeignKey::new, AddForeignKey::new, ModifyForeignKey::new, tc);
        matchNamed(from.checks(), to.checks(), Check::name, c -> hooks.isGeneratedCheckName(from, c),
                c -> hooks.isGeneratedCheckName(to, c), (a, b) -> !hooks.checkChanged(a, b.withName(a.name())),
                hooks::checkChanged, DropCheck::new, AddCheck::new, ModifyCheck::new, tc);
        attrs(from.attrs().stated(), to.attrs().stated(), tc);
        tc.removeIf(options::skips);
        if (!tc.isEmpty()) add(changes, new ModifyTable(schema, from, to, tc));
    }

    private void columns(Table from, Table to, List<TableChange> tc) {
        Map<String, Column> have = byName(from.columns(), Column::name, hooks);
        Map<String, Column> want = byName(to.columns(), Column::name, hooks);
        Set<String> renamedAway = new HashSet<>();
        for (var e : want.entrySet()) {
            Column w = e.getValue();
            Column h = have.get(e.getKey());
            Optional<String> hinted = options.renamedColumnFrom(to.name(), w.name()).map(hooks::nameKey);
            if (h != null && hinted.isPresent() && have.containsKey(hinted.get()) && !want.containsKey(hinted.get())) {
                throw new InvalidInputException("rename hint for column \"" + to.name() + "." + w.name() + "\" (renamed from \""
                        + hinted.get() + "\") cannot apply: the table has both columns: drop the hint, or drop one of the columns first");
            }
            if (h == null) {
                Optional<String> old = options.renamedColumnFrom(to.name(), w.name()).map(hooks::nameKey);
                if (old.isPresent() && have.containsKey(old.get()) && !want.containsKey(old.get())) {
                    Column prev = have.get(old.get());
                    renamedAway.add(old.get());
                    tc.add(new RenameColumn(prev, prev.withName(w.name())));
                    modifyColumn(prev.withName(w.name()), w, tc);
                } else {
                    tc.add(new AddColumn(w));
                }
            } else {
                modifyColumn(h, w, tc);
            }
        }
        List<TableChange> drops = new ArrayList<>();
        for (var e : have.entrySet()) {
            if (!want.containsKey(e.getKey()) && !renamedAway.contains(e.getKey())) drops.add(new DropColumn(e.getValue()));
        }
        tc.addAll(0, drops);
    }

    private void modifyColumn(Column h, Column w, List<TableChange> tc) {
        if (h.equals(w)) return;
        Set<ColumnAspect> aspects = hooks.columnAspects(h, w);
        if (!aspects.isEmpty()) tc.add(new ModifyColumn(h, w, aspects));
    }

    private void primaryKey(Table from, Table to, List<TableChange> tc) {
        Optional<Index> a = from.primaryKey();
        Optional<Index> b = to.primaryKey();
        if (a.isPresent() && b.isEmpty()) tc.add(new DropPrimaryKey(a.get()));
        else if (a.isEmpty() && b.isPresent()) tc.add(new AddPrimaryKey(b.get()));
        else if (a.isPresent() && hooks.primaryKeyChanged(a.get(), b.get())) tc.add(new ModifyPrimaryKey(a.get(), b.get()));
    }

    private void attrs(List<Attr> from, List<Attr> to, List<TableChange> tc) {
        Map<Class<?>, Attr> have = new LinkedHashMap<>();
        for (Attr a : from) if (hooks.comparesAttr(a)) have.put(a.getClass(), a);
        Map<Class<?>, Attr> want = new LinkedHashMap<>();
        for (Attr a : to) if (hooks.comparesAttr(a)) want.put(a.getClass(), a);
        for (var e : have.entrySet()) if (!want.containsKey(e.getKey())) tc.add(new DropAttr(e.getValue()));
        for (var e : want.entrySet()) {
            Attr h = have.get(e.getKey());
            if (h == null) tc.add(new AddAttr(e.getValue()));
            else if (!h.equals(e.getValue())) tc.add(new ModifyAttr(h, e.getValue()));
        }
    }

    /**
     * Matches named elements by name; elements whose name the database generated are matched by
     * structure instead, so an unnamed constraint never shows up as a drop and an add.
     */
    private <T> void matchNamed(List<T> from, List<T> to, Function<T, String> name, Predicate<T> generatedFrom,
                                Predicate<T> generatedTo, BiPredicate<T, T> sameShape, BiPredicate<T, T> changed,
                                Function<T, TableChange> drop, Function<T, TableChange> add,
                                java.util.function.BiFunction<T, T, TableChange> modify, List<TableChange> tc) {
        Map<String, T> named = new LinkedHashMap<>();
        List<T> anonymousFrom = new ArrayList<>();
        for (T f : from) {
            if (generatedFrom.test(f)) anonymousFrom.add(f);
            else named.put(hooks.nameKey(name.apply(f)), f);
        }
        List<T> unmatchedTo = new ArrayList<>();
        List<TableChange> drops = new ArrayList<>();
        List<TableChange> rest = new ArrayList<>();
        for (T t : to) {
            T f = generatedTo.test(t) ? null : named.remove(hooks.nameKey(name.apply(t)));
            if (f == null) {
                unmatchedTo.add(t);
            } else if (changed.test(f, t)) {
                rest.add(modify.apply(f, t));
            }
        }
        // Structural matching: unnamed on either side pairs with an equal shape on the other.
        List<T> leftovers = new ArrayList<>(anonymousFrom);
        leftovers.addAll(named.values());
        for (T t : unmatchedTo) {
            T match = null;
            for (T f : leftovers) {
                boolean eitherGenerated = generatedFrom.test(f) || generatedTo.test(t);
                if (eitherGenerated && sameShape.test(f, t)) {
                    match = f;
                    break;
                }
            }
            if (match != null) leftovers.remove(match);
            else rest.add(add.apply(t));
        }
        for (T f : leftovers) drops.add(drop.apply(f));
        tc.addAll(drops);
        tc.addAll(rest);
    }

    private void views(String schema, Schema current, Schema desired, List<Change> changes) {
        Map<String, View> from = byName(current.views(), View::name, hooks);
        Map<String, View> to = byName(desired.views(), View::name, hooks);
        for (var e : from.entrySet()) if (!to.containsKey(e.getKey())) add(changes, new DropView(schema, e.getValue()));
        for (var e : to.entrySet()) {
            View f = from.get(e.getKey());
            if (f == null) add(changes, new AddView(schema, e.getValue()));
            else if (hooks.viewChanged(f, e.getValue())) add(changes, new ModifyView(schema, f, e.getValue()));
        }
    }

    private void objects(String schema, Schema current, Schema desired, List<Change> changes) {
        Function<SchemaObject, String> key = o -> o.kind() + "\u0000" + o.name();
        Map<String, SchemaObject> from = byName(current.objects(), key, hooks);
        Map<String, SchemaObject> to = byName(desired.objects(), key, hooks);
        for (var e : from.entrySet()) if (!to.containsKey(e.getKey())) add(changes, new DropObject(schema, e.getValue()));
        for (var e : to.entrySet()) {
            SchemaObject f = from.get(e.getKey());
            if (f == null) add(changes, new AddObject(schema, e.getValue()));
            else if (hooks.objectChanged(f, e.getValue())) add(changes, new ModifyObject(schema, f, e.getValue()));
        }
    }

    private void add(List<Change> changes, Change c) {
        if (!options.skips(c)) changes.add(c);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name, DiffHooks hooks) {
        Map<String, T> m = new LinkedHashMap<>(Math.max(16, items.size() * 2));
        for (T t : items) m.put(hooks.nameKey(name.apply(t)), t);
        return m;
    }
}

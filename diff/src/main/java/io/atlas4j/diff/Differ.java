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
        List<Table> haveList = current.tables();
        List<Table> wantList = desired.tables();
        NameIndex from = NameIndex.of(haveList, Table::name, hooks);
        NameIndex to = NameIndex.of(wantList, Table::name, hooks);
        boolean hints = !options.tableRenames().isEmpty();
        // Renamed tables first: foreign keys that point at a renamed table follow it (as they do in the
        // database), so they are compared under the new name and do not show up as changed.
        Map<String, String> renames = new HashMap<>();
        if (hints) {
            for (int i = 0; i < to.size(); i++) {
                if (!to.holdsEntry(i) || from.contains(to.key(i))) continue;
                Table want = wantList.get(to.itemOf(i));
                String old = hintedTableFrom(want);
                if (old != null && from.contains(old) && !to.contains(old)) renames.put(old, want.name());
            }
        }
        // matched[p]: the current table at entry p is kept (same name) or renamed away; the rest are dropped
        boolean[] matched = new boolean[from.size()];
        List<Change> adds = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            if (!to.holdsEntry(i)) continue;
            Table want = wantList.get(to.itemOf(i));
            int at = from.entryFor(to.key(i), i);
            Table have = at < 0 ? null : haveList.get(from.itemOf(at));
            if (at >= 0) matched[at] = true;
            String hinted = hints ? hintedTableFrom(want) : null;
            if (hinted != null && from.contains(hinted) && (have != null || to.contains(hinted))) {
                throw new InvalidInputException("rename hint for table \"" + want.name() + "\" (renamed from \"" + hinted
                        + "\") cannot apply: " + (have != null ? "both tables exist" : "the desired schema still has \"" + hinted + "\"")
                        + ": drop the hint, or the table it names");
            }
            if (have == null) {
                if (hinted != null && renames.containsKey(hinted)) {
                    int old = from.find(hinted);
                    Table renamed = haveList.get(from.itemOf(old));
                    matched[old] = true;
                    add(adds, new RenameTable(schema, renamed, renamed.withName(want.name())));
                    modifyTable(schema, followRenames(renamed.withName(want.name()), renames), want, adds);
                } else {
                    add(adds, new AddTable(schema, want));
                }
            } else {
                modifyTable(schema, followRenames(have, renames), want, adds);
            }
        }
        for (int p = 0; p < from.size(); p++) {
            if (from.holdsEntry(p) && !matched[p]) add(changes, new DropTable(schema, haveList.get(from.itemOf(p))));
        }
        changes.addAll(adds);
    }

    /** {@return the name key of the current table that a rename hint says {@code want} was, or null} */
    private String hintedTableFrom(Table want) {
        String old = options.tableRenames().get(want.name());
        return old == null ? null : hooks.nameKey(old);
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
        // Equal tables need nothing, unless a column rename hint names them: it must still be checked.
        boolean hinted = !options.columnRenames().isEmpty() && options.columnRenames().containsKey(want.name());
        if (!hinted && have.equals(want)) return;
        TablePair pair = hooks.normalize(have, want);
        Table from = pair.current();
        Table to = pair.desired();
        if (!hinted && from.equals(to)) return;
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
        List<Column> haveList = from.columns();
        List<Column> wantList = to.columns();
        NameIndex have = NameIndex.of(haveList, Column::name, hooks);
        NameIndex want = NameIndex.of(wantList, Column::name, hooks);
        Map<String, String> hints = options.columnRenames().isEmpty() ? Map.of() : options.columnRenames().getOrDefault(to.name(), Map.of());
        // matched[p]: the current column at entry p is kept (same name) or renamed away; the rest are dropped
        boolean[] matched = new boolean[have.size()];
        List<TableChange> changed = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            if (!want.holdsEntry(i)) continue;
            Column w = wantList.get(want.itemOf(i));
            int at = have.entryFor(want.key(i), i);
            if (at >= 0) matched[at] = true;
            String old = hints.isEmpty() ? null : hintedColumnFrom(hints, w);
            if (old != null && have.contains(old) && (at >= 0 || want.contains(old))) {
                // Renaming needs the old column gone from the desired table and the new one absent from the current.
                throw new InvalidInputException("rename hint for column \"" + to.name() + "." + w.name() + "\" (renamed from \""
                        + old + "\") cannot apply: " + (at >= 0 ? "the table already has both columns" : "the desired table still has \""
                        + old + "\"") + ": drop the hint, or the column it names");
            }
            if (at < 0) {
                int prevAt = old == null || want.contains(old) ? -1 : have.find(old);
                if (prevAt >= 0) {
                    Column prev = haveList.get(have.itemOf(prevAt));
                    matched[prevAt] = true;
                    changed.add(new RenameColumn(prev, prev.withName(w.name())));
                    modifyColumn(prev.withName(w.name()), w, changed);
                } else {
                    changed.add(new AddColumn(w));
                }
            } else {
                modifyColumn(haveList.get(have.itemOf(at)), w, changed);
            }
        }
        for (int p = 0; p < have.size(); p++) {
            if (have.holdsEntry(p) && !matched[p]) tc.add(new DropColumn(haveList.get(have.itemOf(p))));
        }
        tc.addAll(changed);
    }

    private String hintedColumnFrom(Map<String, String> hints, Column want) {
        String old = hints.get(want.name());
        return old == null ? null : hooks.nameKey(old);
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
        if (from.isEmpty() && to.isEmpty()) return;
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
        if (from.isEmpty() && to.isEmpty()) return;
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

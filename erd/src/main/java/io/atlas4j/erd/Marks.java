package io.atlas4j.erd;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diff diagram colours: marks of tables, views, columns and foreign keys, plus the dropped
 * objects (taken from the current schema) that the desired schema no longer has but the picture
 * still shows. Built from a change list (what the differ decided, renames included) or by comparing
 * the two realms by name when no change list is at hand.
 */
final class Marks {
    static final Marks NONE = new Marks();

    final Map<String, ErdMark> tables = new HashMap<>();
    final Map<String, ErdMark> columns = new HashMap<>();
    final Map<String, ErdMark> foreignKeys = new HashMap<>();
    final Map<String, Table> droppedTables = new LinkedHashMap<>();
    final Map<String, View> droppedViews = new LinkedHashMap<>();
    final Map<String, List<Column>> droppedColumns = new HashMap<>();
    final Map<String, List<ForeignKey>> droppedForeignKeys = new HashMap<>();

    static String key(String schema, String name) {
        return schema + '\0' + name;
    }

    static String fkKey(ForeignKey fk) {
        return fk.columns() + "->" + fk.refTable().name() + fk.refColumns();
    }

    ErdMark table(String schema, String name) {
        return tables.getOrDefault(key(schema, name), ErdMark.UNCHANGED);
    }

    /** Compares by name: tables, views and columns by name, foreign keys by columns and target. */
    static Marks compare(Realm current, Realm desired) {
        Marks m = new Marks();
        for (Schema d : desired.schemas()) {
            Schema c = current.schema(d.name()).orElse(Schema.empty(d.name()));
            for (Table t : d.tables()) {
                c.table(t.name()).ifPresentOrElse(ct -> m.compareTable(d.name(), ct, t), () -> m.added(d.name(), t));
            }
            for (View v : d.views()) {
                String k = key(d.name(), v.name());
                c.view(v.name()).ifPresentOrElse(
                        cv -> { if (!cv.definition().equals(v.definition())) m.tables.put(k, ErdMark.CHANGED); },
                        () -> m.tables.put(k, ErdMark.ADDED));
            }
        }
        for (Schema c : current.schemas()) {
            Schema d = desired.schema(c.name()).orElse(Schema.empty(c.name()));
            for (Table t : c.tables()) if (d.table(t.name()).isEmpty()) m.dropped(c.name(), t);
            for (View v : c.views()) if (d.view(v.name()).isEmpty()) m.droppedView(c.name(), v);
        }
        return m;
    }

    /** Marks what {@code changes} (a differ's output, current to desired) touch. */
    static Marks of(List<? extends Change> changes) {
        Marks m = new Marks();
        for (Change ch : changes) {
            if (ch instanceof AddSchema a) {
                for (Table t : a.schema().tables()) m.added(a.schema().name(), t);
                for (View v : a.schema().views()) m.tables.put(key(a.schema().name(), v.name()), ErdMark.ADDED);
            } else if (ch instanceof DropSchema d) {
                for (Table t : d.schema().tables()) m.dropped(d.schema().name(), t);
                for (View v : d.schema().views()) m.droppedView(d.schema().name(), v);
            } else if (ch instanceof AddTable a) {
                m.added(a.schema(), a.table());
            } else if (ch instanceof DropTable d) {
                m.dropped(d.schema(), d.table());
            } else if (ch instanceof RenameTable r) {
                m.tables.put(key(r.schema(), r.to().name()), ErdMark.CHANGED);
            } else if (ch instanceof ModifyTable mt) {
                m.modified(mt);
            } else if (ch instanceof AddView a) {
                m.tables.put(key(a.schema(), a.view().name()), ErdMark.ADDED);
            } else if (ch instanceof DropView d) {
                m.droppedView(d.schema(), d.view());
            } else if (ch instanceof ModifyView mv) {
                m.tables.put(key(mv.schema(), mv.to().name()), ErdMark.CHANGED);
            }
            // Schema attributes and other objects (sequences, triggers, ...) have no box to colour.
        }
        return m;
    }

    private void added(String schema, Table t) {
        String k = key(schema, t.name());
        tables.put(k, ErdMark.ADDED);
        for (Column c : t.columns()) columns.put(k + '\0' + c.name(), ErdMark.ADDED);
        for (ForeignKey fk : t.foreignKeys()) foreignKeys.put(k + '\0' + fkKey(fk), ErdMark.ADDED);
    }

    private void dropped(String schema, Table t) {
        String k = key(schema, t.name());
        tables.put(k, ErdMark.DROPPED);
        droppedTables.put(k, t);
    }

    private void droppedView(String schema, View v) {
        String k = key(schema, v.name());
        tables.put(k, ErdMark.DROPPED);
        droppedViews.put(k, v);
    }

    private void compareTable(String schema, Table cur, Table des) {
        String k = key(schema, des.name());
        boolean changed = !Objects.equals(cur.primaryKey(), des.primaryKey()) || !cur.indexes().equals(des.indexes())
                || !cur.checks().equals(des.checks());
        for (Column c : des.columns()) {
            var was = cur.column(c.name());
            if (was.isEmpty()) {
                columns.put(k + '\0' + c.name(), ErdMark.ADDED);
                changed = true;
            } else if (!sameColumn(was.get(), c)) {
                columns.put(k + '\0' + c.name(), ErdMark.CHANGED);
                changed = true;
            }
        }
        for (Column c : cur.columns()) {
            if (des.column(c.name()).isEmpty()) {
                droppedColumns.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
                changed = true;
            }
        }
        Map<String, ForeignKey> before = new HashMap<>();
        for (ForeignKey fk : cur.foreignKeys()) before.put(fkKey(fk), fk);
        for (ForeignKey fk : des.foreignKeys()) {
            ForeignKey was = before.remove(fkKey(fk));
            if (was == null) foreignKeys.put(k + '\0' + fkKey(fk), ErdMark.ADDED);
            else if (was.onDelete() != fk.onDelete() || was.onUpdate() != fk.onUpdate()) {
                foreignKeys.put(k + '\0' + fkKey(fk), ErdMark.CHANGED);
            } else continue;
            changed = true;
        }
        for (ForeignKey fk : cur.foreignKeys()) {
            if (before.containsKey(fkKey(fk))) {
                droppedForeignKeys.computeIfAbsent(k, x -> new ArrayList<>()).add(fk);
                changed = true;
            }
        }
        if (changed) tables.put(k, ErdMark.CHANGED);
    }

    private static boolean sameColumn(Column a, Column b) {
        return a.nullable() == b.nullable() && TypeLabels.of(a.type()).equalsIgnoreCase(TypeLabels.of(b.type()))
                && a.defaultValue().equals(b.defaultValue());
    }

    private void modified(ModifyTable mt) {
        String k = key(mt.schema(), mt.to().name());
        tables.put(k, ErdMark.CHANGED);
        for (TableChange tc : mt.changes()) {
            if (tc instanceof AddColumn a) columns.put(k + '\0' + a.column().name(), ErdMark.ADDED);
            else if (tc instanceof DropColumn d) droppedColumns.computeIfAbsent(k, x -> new ArrayList<>()).add(d.column());
            else if (tc instanceof ModifyColumn mc) columns.put(k + '\0' + mc.to().name(), ErdMark.CHANGED);
            else if (tc instanceof RenameColumn rc) columns.put(k + '\0' + rc.to().name(), ErdMark.CHANGED);
            else if (tc instanceof AddForeignKey a) foreignKeys.put(k + '\0' + fkKey(a.foreignKey()), ErdMark.ADDED);
            else if (tc instanceof ModifyForeignKey f) foreignKeys.put(k + '\0' + fkKey(f.to()), ErdMark.CHANGED);
            else if (tc instanceof DropForeignKey d) {
                droppedForeignKeys.computeIfAbsent(k, x -> new ArrayList<>()).add(d.foreignKey());
            }
        }
    }
}

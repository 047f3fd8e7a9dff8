package io.atlas4j.plan;

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
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropPrimaryKey;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What one change does to names, as keys folded the way the database compares identifiers: the
 * names it creates, updates in place, releases (drops) or frees (renames away), and the names it
 * needs to exist first ({@code requires}) or stops using (so it must run before their drop).
 * Foreign-key needs are kept apart ({@code requiresFk}, {@code stopsUsingFk}): those are the only
 * ones a plan may break, by adding or dropping the key separately.
 */
final class ChangeDeps {
    final Set<String> creates = new LinkedHashSet<>(2);
    final Set<String> updates = new LinkedHashSet<>(2);
    final Set<String> releases = new LinkedHashSet<>(2);
    final Set<String> frees = new LinkedHashSet<>(2);
    /**
     * Names that must have been created (not merely updated) first: the table a ModifyTable alters,
     * under its name after a rename. A drop of foreign keys of a table that is also dropped acts on
     * the old table, so it does not wait for a new one of the same name.
     */
    final Set<String> needs = new LinkedHashSet<>(2);
    final Set<String> requires = new LinkedHashSet<>();
    final Set<String> requiresFk = new LinkedHashSet<>();
    final Set<String> stopsUsing = new LinkedHashSet<>();
    final Set<String> stopsUsingFk = new LinkedHashSet<>();
    /** A drop (of an object, or only of foreign keys): it also runs before updates of what it used. */
    boolean pureDrop;

    private ChangeDeps() {
    }

    /** Builds name keys: schema and name each folded by the dialect's rule, joined so they cannot collide. */
    record Keys(UnaryOperator<String> fold) {
        String of(String schema, String name) {
            return fold.apply(schema) + '\u0000' + fold.apply(name);
        }

        String of(String schema, QualifiedName n) {
            return of(n.schema().orElse(schema), n.name());
        }

        String schema(String schema) {
            return "\u0001" + fold.apply(schema);
        }

        /** Triggers live in their table's namespace and nothing refers to them by name. */
        String trigger(String schema, Trigger t) {
            return "\u0002" + of(schema, t.table()) + '\u0000' + fold.apply(t.name());
        }

        String object(String schema, SchemaObject o) {
            return o instanceof Trigger t ? trigger(schema, t) : of(schema, o.name());
        }
    }

    static ChangeDeps of(Change change, Keys keys) {
        ChangeDeps d = new ChangeDeps();
        change.accept(new Change.Visitor<Void>() {
            public Void addSchema(AddSchema c) {
                d.creates.add(keys.schema(c.schema().name()));
                return null;
            }

            public Void dropSchema(DropSchema c) {
                d.releases.add(keys.schema(c.schema().name()));
                d.pureDrop = true;
                return null;
            }

            public Void modifySchema(ModifySchema c) {
                return null;
            }

            public Void addTable(AddTable c) {
                String self = keys.of(c.schema(), c.table().name());
                d.creates.add(self);
                d.requires.add(keys.schema(c.schema()));
                tableNeeds(c.schema(), c.table(), d.requires);
                for (ForeignKey fk : c.table().foreignKeys()) addRef(d.requiresFk, keys.of(c.schema(), fk.refTable()), self);
                return null;
            }

            public Void dropTable(DropTable c) {
                String self = keys.of(c.schema(), c.table().name());
                d.releases.add(self);
                d.pureDrop = true;
                d.stopsUsing.add(keys.schema(c.schema()));
                tableNeeds(c.schema(), c.table(), d.stopsUsing);
                for (ForeignKey fk : c.table().foreignKeys()) addRef(d.stopsUsingFk, keys.of(c.schema(), fk.refTable()), self);
                return null;
            }

            public Void modifyTable(ModifyTable c) {
                modify(c, keys, d);
                return null;
            }

            public Void renameTable(RenameTable c) {
                d.frees.add(keys.of(c.schema(), c.from().name()));
                d.creates.add(keys.of(c.schema(), c.to().name()));
                return null;
            }

            public Void addView(AddView c) {
                d.creates.add(keys.of(c.schema(), c.view().name()));
                d.requires.add(keys.schema(c.schema()));
                viewNeeds(c.schema(), c.view(), d.requires);
                return null;
            }

            public Void dropView(DropView c) {
                d.releases.add(keys.of(c.schema(), c.view().name()));
                d.pureDrop = true;
                d.stopsUsing.add(keys.schema(c.schema()));
                viewNeeds(c.schema(), c.view(), d.stopsUsing);
                return null;
            }

            public Void modifyView(ModifyView c) {
                d.updates.add(keys.of(c.schema(), c.to().name()));
                viewNeeds(c.schema(), c.to(), d.requires);
                viewNeeds(c.schema(), c.from(), d.stopsUsing);
                return null;
            }

            public Void addObject(AddObject c) {
                d.creates.add(keys.object(c.schema(), c.object()));
                d.requires.add(keys.schema(c.schema()));
                objectNeeds(c.schema(), c.object(), d.requires);
                return null;
            }

            public Void dropObject(DropObject c) {
                d.releases.add(keys.object(c.schema(), c.object()));
                d.pureDrop = true;
                d.stopsUsing.add(keys.schema(c.schema()));
                objectNeeds(c.schema(), c.object(), d.stopsUsing);
                return null;
            }

            public Void modifyObject(ModifyObject c) {
                d.updates.add(keys.object(c.schema(), c.to()));
                objectNeeds(c.schema(), c.to(), d.requires);
                objectNeeds(c.schema(), c.from(), d.stopsUsing);
                return null;
            }

            private void tableNeeds(String schema, Table t, Set<String> out) {
                attrNeeds(schema, t.attrs(), out);
                for (Column col : t.columns()) attrNeeds(schema, col.attrs(), out);
                for (Check ck : t.checks()) attrNeeds(schema, ck.attrs(), out);
                t.primaryKey().ifPresent(pk -> attrNeeds(schema, pk.attrs(), out));
                for (Index i : t.indexes()) attrNeeds(schema, i.attrs(), out);
                out.remove(keys.of(schema, t.name()));
            }

            private void viewNeeds(String schema, View v, Set<String> out) {
                for (QualifiedName n : v.dependsOn()) out.add(keys.of(schema, n));
                attrNeeds(schema, v.attrs(), out);
            }

            private void objectNeeds(String schema, SchemaObject o, Set<String> out) {
                for (QualifiedName n : o.dependsOn()) out.add(keys.of(schema, n));
                attrNeeds(schema, o.attrs(), out);
            }

            private void attrNeeds(String schema, Attrs attrs, Set<String> out) {
                DependsOn dep = attrs.get(DependsOn.class).orElse(null);
                if (dep != null) for (QualifiedName n : dep.names()) out.add(keys.of(schema, n));
            }
        });
        // A change never waits for itself (a recursive view, a trigger named like its function's table).
        d.requires.removeAll(d.creates);
        d.requires.removeAll(d.updates);
        d.stopsUsing.removeAll(d.releases);
        return d;
    }

    private static void addRef(Set<String> out, String ref, String self) {
        if (!ref.equals(self)) out.add(ref);
    }

    /**
     * A ModifyTable: needs its table created (under its name, after a rename) and updates it, except
     * when it only drops foreign keys (then it is a drop: before the table's other changes and its
     * drop) or only adds them (then it runs after the table's other changes). Types and functions
     * are needed by the parts it adds or redefines, and no longer used by the parts it drops or replaces.
     */
    private static void modify(ModifyTable c, Keys keys, ChangeDeps d) {
        String schema = c.schema();
        String self = keys.of(schema, c.to().name());
        boolean fkDrops = false;
        boolean fkAdds = false;
        boolean other = false;
        List<Attrs> added = new ArrayList<>();
        List<Attrs> removed = new ArrayList<>();
        for (TableChange tc : c.changes()) {
            if (tc instanceof AddForeignKey a) {
                fkAdds = true;
                addRef(d.requiresFk, keys.of(schema, a.foreignKey().refTable()), self);
            } else if (tc instanceof DropForeignKey x) {
                fkDrops = true;
                addRef(d.stopsUsingFk, keys.of(schema, x.foreignKey().refTable()), self);
            } else if (tc instanceof ModifyForeignKey m) {
                fkAdds = true;
                fkDrops = true;
                addRef(d.requiresFk, keys.of(schema, m.to().refTable()), self);
                addRef(d.stopsUsingFk, keys.of(schema, m.from().refTable()), self);
            } else {
                other = true;
                if (tc instanceof AddColumn a) added.add(a.column().attrs());
                else if (tc instanceof ModifyColumn m) {
                    added.add(m.to().attrs());
                    removed.add(m.from().attrs());
                } else if (tc instanceof DropColumn x) removed.add(x.column().attrs());
                else if (tc instanceof AddCheck a) added.add(a.check().attrs());
                else if (tc instanceof ModifyCheck m) {
                    added.add(m.to().attrs());
                    removed.add(m.from().attrs());
                } else if (tc instanceof DropCheck x) removed.add(x.check().attrs());
                else if (tc instanceof AddIndex a) added.add(a.index().attrs());
                else if (tc instanceof ModifyIndex m) {
                    added.add(m.to().attrs());
                    removed.add(m.from().attrs());
                } else if (tc instanceof DropIndex x) removed.add(x.index().attrs());
                else if (tc instanceof AddPrimaryKey a) added.add(a.primaryKey().attrs());
                else if (tc instanceof ModifyPrimaryKey m) {
                    added.add(m.to().attrs());
                    removed.add(m.from().attrs());
                } else if (tc instanceof DropPrimaryKey x) removed.add(x.primaryKey().attrs());
            }
        }
        for (Attrs a : added) names(schema, a, keys, d.requires);
        for (Attrs a : removed) names(schema, a, keys, d.stopsUsing);
        // Table-level needs count where they change: a new one is needed, a former one is released.
        Set<String> before = new LinkedHashSet<>();
        Set<String> after = new LinkedHashSet<>();
        names(schema, c.from().attrs(), keys, before);
        names(schema, c.to().attrs(), keys, after);
        for (String n : after) if (!before.contains(n)) d.requires.add(n);
        for (String n : before) if (!after.contains(n)) d.stopsUsing.add(n);
        d.requires.remove(self);
        d.stopsUsing.remove(self);
        d.needs.add(keys.of(schema, c.from().name()));
        if (!other && !fkAdds && fkDrops) {
            d.pureDrop = true;
            d.stopsUsing.add(self);
        } else if (!other && fkAdds && !fkDrops) {
            d.requires.add(self);
        } else {
            d.updates.add(self);
        }
    }

    private static void names(String schema, Attrs attrs, Keys keys, Set<String> out) {
        DependsOn dep = attrs.get(DependsOn.class).orElse(null);
        if (dep != null) for (QualifiedName n : dep.names()) out.add(keys.of(schema, n));
    }
}

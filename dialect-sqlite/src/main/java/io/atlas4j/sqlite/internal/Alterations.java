package io.atlas4j.sqlite.internal;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameIndex;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.sqlite.SqliteTableTriggers;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The table changes SQLite's ALTER TABLE can make in place, and their statements. */
final class Alterations {
    private Alterations() {
    }

    /** {@return whether every change of {@code m} is an ALTER TABLE or CREATE/DROP INDEX SQLite allows} */
    static boolean alterable(ModifyTable m) {
        for (TableChange c : m.changes()) {
            if (SqlitePlanner.isRebuildOnly(c)) return false;
            if (SqlitePlanner.isIndexChange(c) && touchesConstraint(c)) return false;
            if (c instanceof AddColumn a && !canAdd(m.to(), a.column())) return false;
            if (c instanceof DropColumn d && !canDrop(m.from(), m.to(), d.column())) return false;
        }
        return keepsColumnOrder(m);
    }

    /** {@return whether renaming, dropping and appending columns gives the desired column order} */
    static boolean keepsColumnOrder(ModifyTable m) {
        Map<String, String> renamed = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        List<String> added = new ArrayList<>();
        for (TableChange c : m.changes()) {
            if (c instanceof RenameColumn r) renamed.put(fold(r.from().name()), fold(r.to().name()));
            if (c instanceof DropColumn d) dropped.add(fold(d.column().name()));
            if (c instanceof AddColumn a) added.add(fold(a.column().name()));
        }
        List<String> after = new ArrayList<>();
        for (Column c : m.from().columns()) {
            String n = fold(c.name());
            if (!dropped.contains(n)) after.add(renamed.getOrDefault(n, n));
        }
        after.addAll(added);
        List<String> desired = new ArrayList<>();
        for (Column c : m.to().columns()) desired.add(fold(c.name()));
        return after.equals(desired);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean touchesConstraint(TableChange c) {
        List<Index> idx = new ArrayList<>();
        if (c instanceof AddIndex a) idx.add(a.index());
        if (c instanceof DropIndex d) idx.add(d.index());
        if (c instanceof ModifyIndex m) {
            idx.add(m.from());
            idx.add(m.to());
        }
        if (c instanceof RenameIndex r) {
            idx.add(r.from());
            idx.add(r.to());
        }
        return idx.stream().anyMatch(i -> i.attrs().has(SqliteUniqueConstraint.class));
    }

    /** ADD COLUMN: not a key column, a constant default (non-NULL when NOT NULL), not STORED. */
    static boolean canAdd(Table to, Column c) {
        if (to.primaryKey().map(pk -> mentions(pk, c.name())).orElse(false)) return false;
        if (c.generated().isPresent()) return !c.generated().get().stored() && c.nullable();
        if (c.defaultValue().isPresent()) {
            if (!(c.defaultValue().get() instanceof Literal l)) return false;
            if (!c.nullable() && l.sql().equalsIgnoreCase("NULL")) return false;
        } else if (!c.nullable()) {
            return false;
        }
        for (ForeignKey fk : to.foreignKeys()) if (containsIgnoreCase(fk.columns(), c.name())) return false;
        return true;
    }

    /** DROP COLUMN: not a key, unique or foreign-key column, and nothing else in the table reads it. */
    static boolean canDrop(Table from, Table to, Column c) {
        String col = c.name();
        if (from.columns().size() <= 1) return false;
        if (from.primaryKey().map(pk -> mentions(pk, col)).orElse(false)) return false;
        for (Index i : from.indexes()) {
            if (mentions(i, col) && (i.attrs().has(SqliteUniqueConstraint.class) || to.indexes().stream()
                    .anyMatch(x -> x.name().equalsIgnoreCase(i.name())))) {
                return false;
            }
        }
        for (ForeignKey fk : from.foreignKeys()) if (containsIgnoreCase(fk.columns(), col)) return false;
        for (Check k : from.checks()) if (mentions(k.expr(), col)) return false;
        for (Column other : from.columns()) {
            if (other.generated().isPresent() && mentions(other.generated().get().expr(), col)) return false;
        }
        for (Trigger t : from.attrs().get(SqliteTableTriggers.class).map(SqliteTableTriggers::triggers).orElse(List.of())) {
            if (mentions(t.definition(), col)) return false;
        }
        return true;
    }

    static boolean mentions(Index i, String col) {
        for (IndexPart p : i.parts()) {
            if (p instanceof IndexPart.OfColumn c && c.column().equalsIgnoreCase(col)) return true;
            if (p instanceof IndexPart.OfExpr e && mentions(e.sql(), col)) return true;
        }
        return i.attrs().get(IndexPredicate.class).map(p -> mentions(p.sql(), col)).orElse(false);
    }

    static boolean mentions(String sql, String identifier) {
        String id = identifier.toLowerCase(Locale.ROOT);
        for (Token t : SqlTokens.tokenize(sql)) if (t.isIdentifier() && t.value().toLowerCase(Locale.ROOT).equals(id)) return true;
        return false;
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /** Index drops, column renames, drops and additions, then index creations. */
    static List<Statement> plan(ModifyTable m) {
        String table = m.from().name();
        String qt = SqliteSql.q(table);
        List<Statement> drops = new ArrayList<>();
        List<Statement> renames = new ArrayList<>();
        List<Statement> dropCols = new ArrayList<>();
        List<Statement> adds = new ArrayList<>();
        List<Statement> creates = new ArrayList<>();
        for (TableChange c : m.changes()) {
            if (c instanceof DropIndex d) drops.add(dropIndex(d.index(), table, m));
            if (c instanceof ModifyIndex x) {
                drops.add(dropIndex(x.from(), table, m));
                creates.add(createIndex(x.to(), table, m));
            }
            if (c instanceof RenameIndex r) {
                drops.add(dropIndex(r.from(), table, m));
                creates.add(createIndex(r.to(), table, m));
            }
            if (c instanceof AddIndex a) creates.add(createIndex(a.index(), table, m));
            if (c instanceof RenameColumn r) {
                String f = SqliteSql.q(r.from().name());
                String t = SqliteSql.q(r.to().name());
                renames.add(Statement.of("ALTER TABLE " + qt + " RENAME COLUMN " + f + " TO " + t,
                        "rename column " + r.from().name() + " of " + table + " to " + r.to().name(),
                        "ALTER TABLE " + qt + " RENAME COLUMN " + t + " TO " + f, m));
            }
            if (c instanceof DropColumn d) {
                dropCols.add(Statement.of("ALTER TABLE " + qt + " DROP COLUMN " + SqliteSql.q(d.column().name()),
                        "drop column " + d.column().name() + " of " + table, m));
            }
            if (c instanceof AddColumn a) {
                adds.add(Statement.of("ALTER TABLE " + qt + " ADD COLUMN " + SqliteSql.column(a.column()),
                        "add column " + a.column().name() + " to " + table,
                        "ALTER TABLE " + qt + " DROP COLUMN " + SqliteSql.q(a.column().name()), m));
            }
        }
        List<Statement> out = new ArrayList<>(drops);
        out.addAll(renames);
        out.addAll(dropCols);
        out.addAll(adds);
        out.addAll(creates);
        return out;
    }

    private static Statement dropIndex(Index i, String table, ModifyTable m) {
        return Statement.of(SqliteSql.dropIndex(i), "drop index " + i.name() + " of " + table, SqliteSql.createIndex(i, table), m);
    }

    private static Statement createIndex(Index i, String table, ModifyTable m) {
        Index named = TableRebuild.named(i, table);
        return Statement.of(SqliteSql.createIndex(named, table), "create index " + named.name() + " on " + table,
                SqliteSql.dropIndex(named), m);
    }
}

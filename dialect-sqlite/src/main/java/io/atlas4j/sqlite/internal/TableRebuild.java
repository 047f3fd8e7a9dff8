package io.atlas4j.sqlite.internal;

import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteTableTriggers;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import io.atlas4j.sqlite.SqliteWithoutRowId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's table rebuild for changes ALTER TABLE cannot make: create {@code new_<t>} with the
 * desired definition, copy the rows, drop the old table, rename the new one, then re-create its
 * indexes and triggers. Runs inside the plan's transaction with foreign keys off (see
 * {@code SqliteApplyHooks}), so no ON DELETE action fires; {@code legacy_alter_table} keeps the
 * rename from re-checking views that read the table.
 */
final class TableRebuild {
    private TableRebuild() {
    }

    private static boolean autoincrement(Table t) {
        return t.attrs().has(SqliteAutoincrement.class)
                || t.primaryKey().map(pk -> pk.attrs().has(SqliteAutoincrement.class)).orElse(false);
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * @param fillNulls            {@link io.atlas4j.plan.PlanOptions#fillNullsWithDefault()}: copy NULLs of a column that
     *                             becomes NOT NULL as the column's default; otherwise they are copied as they are, so
     *                             the copy fails and the plan's transaction rolls back with every row intact
     * @param triggersCreatedLater triggers the plan creates anyway (added or replaced ones)
     * @param triggers             where to put the statements re-creating the table's other triggers;
     *                             they run at the end of the plan, when every table their bodies use exists
     */
    static List<Statement> plan(ModifyTable m, boolean fillNulls, Set<String> triggersCreatedLater, List<Statement> triggers) {
        Table from = m.from();
        Table to = m.to();
        String tmp = "new_" + to.name();
        List<Statement> out = new ArrayList<>();
        out.add(Statement.of(SqliteSql.createTable(to, tmp), "rebuild " + to.name() + ": create " + tmp + " with the desired definition", m));
        Map<String, String> renamed = new HashMap<>();
        for (TableChange c : m.changes()) {
            if (c instanceof RenameColumn r) renamed.put(fold(r.to().name()), r.from().name());
        }
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column c : to.columns()) {
            if (c.generated().isPresent()) continue;
            String src = renamed.get(fold(c.name()));
            if (src == null) src = from.columns().stream().map(Column::name).filter(n -> n.equalsIgnoreCase(c.name())).findFirst().orElse(null);
            if (src == null) continue;
            String source = src;
            Column old = from.columns().stream().filter(x -> x.name().equalsIgnoreCase(source)).findFirst().orElseThrow();
            String expr = SqliteSql.q(src);
            if (fillNulls && !c.nullable() && mayHoldNull(old)) {
                if (c.defaultValue().isEmpty()) {
                    throw new UnsupportedChangeException(m, "column \"" + to.name() + "\".\"" + c.name() + "\" becomes NOT NULL and NULLs "
                            + "were asked to be filled with its default, but it has no DEFAULT: give the column a DEFAULT in the desired "
                            + "schema, or set its NULL values (UPDATE \"" + from.name() + "\" SET \"" + src + "\" = ... WHERE \"" + src
                            + "\" IS NULL) before applying");
                }
                expr = "IFNULL(" + expr + ", " + SqliteSql.defaultSql(c.defaultValue().get()) + ")";
            }
            targets.add(SqliteSql.q(c.name()));
            sources.add(expr);
        }
        if (!targets.isEmpty() && keepsRowIds(from, to)) {
            // Implicit rowids are kept, so rows keep their identity (and foreign_key_check reports stay comparable).
            targets.add(0, "rowid");
            sources.add(0, "rowid");
        }
        if (!targets.isEmpty()) {
            out.add(Statement.of("INSERT INTO " + SqliteSql.q(tmp) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + SqliteSql.q(from.name()), "rebuild " + to.name() + ": copy rows", m));
        }
        if (autoincrement(from) && autoincrement(to)) {
            // Keep the AUTOINCREMENT high-water mark: ids handed out before (even of deleted rows) are never reused.
            out.add(Statement.of("DELETE FROM sqlite_sequence WHERE name = " + literal(tmp),
                    "rebuild " + to.name() + ": clear the copy's AUTOINCREMENT counter", m));
            out.add(Statement.of("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(tmp) + ", seq FROM sqlite_sequence WHERE name = "
                    + literal(from.name()), "rebuild " + to.name() + ": carry over the AUTOINCREMENT counter", m));
        }
        out.add(Statement.of("DROP TABLE " + SqliteSql.q(from.name()), "rebuild " + to.name() + ": drop the old table", m));
        out.add(Statement.of("PRAGMA legacy_alter_table = ON", "rebuild " + to.name() + ": rename without re-checking dependent views", m));
        out.add(Statement.of("ALTER TABLE " + SqliteSql.q(tmp) + " RENAME TO " + SqliteSql.q(to.name()),
                "rebuild " + to.name() + ": rename " + tmp + " to " + to.name(), m));
        out.add(Statement.of("PRAGMA legacy_alter_table = OFF", "rebuild " + to.name() + ": restore ALTER TABLE checks", m));
        for (Index i : userIndexes(to)) {
            Index named = named(i, to.name());
            out.add(Statement.of(SqliteSql.createIndex(named, to.name()), "rebuild " + to.name() + ": re-create index " + named.name(), m));
        }
        for (Trigger t : to.attrs().get(SqliteTableTriggers.class).map(SqliteTableTriggers::triggers).orElse(List.of())) {
            if (triggersCreatedLater.contains(fold(t.name()))) continue;
            triggers.add(Statement.of(triggerSql(t), "rebuild " + to.name() + ": re-create trigger " + t.name(), m));
        }
        return out;
    }

    /** A rowid alias and a NOT NULL column never hold NULL (WITHOUT ROWID keys are normalized to NOT NULL). */
    private static boolean mayHoldNull(Column c) {
        return c.nullable() && !c.attrs().has(RowIdAlias.class);
    }

    /** {@return whether both tables have rowids and the new one has no INTEGER PRIMARY KEY to carry them} */
    static boolean keepsRowIds(Table from, Table to) {
        return !from.attrs().has(SqliteWithoutRowId.class) && !to.attrs().has(SqliteWithoutRowId.class) && !hasRowIdAlias(to);
    }

    private static boolean hasRowIdAlias(Table t) {
        return t.primaryKey().filter(pk -> pk.parts().size() == 1 && !pk.parts().get(0).descending()).flatMap(Index::columnNames)
                .flatMap(c -> t.columns().stream().filter(x -> x.name().equalsIgnoreCase(c.get(0))).findFirst())
                .map(c -> SqliteTypes.INSTANCE.format(c.type()).equalsIgnoreCase("INTEGER")).orElse(false);
    }

    /** {@return the indexes made by CREATE INDEX, not by UNIQUE constraints} */
    static List<Index> userIndexes(Table t) {
        return t.indexes().stream().filter(i -> !i.attrs().has(SqliteUniqueConstraint.class)).toList();
    }

    /** {@return the index, named {@code <table>_<columns>_idx} when the user gave it no name} */
    static Index named(Index i, String table) {
        if (!i.name().isEmpty() && !i.name().toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_")) return i;
        StringBuilder sb = new StringBuilder(table);
        int k = 0;
        for (IndexPart p : i.parts()) sb.append('_').append(p instanceof IndexPart.OfColumn c ? c.column() : "expr" + k++);
        return i.withName(sb.append(i.unique() ? "_key" : "_idx").toString());
    }

    static String triggerSql(Trigger t) {
        return t.definition().strip();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package io.atlas4j.mysql.internal;

import io.atlas4j.change.Change;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column renames of one plan, by table (under its desired name). {@code RENAME COLUMN} carries
 * the column's references along on the server: indexes, the primary key and foreign keys on both
 * servers, and on MariaDB checks and generated columns too. An index, key or check that differs
 * only by a renamed column therefore needs no statement of its own; dropping and re-adding it
 * would rebuild the table, and dropping a primary key fails while a key outside the plan still
 * references it.
 */
final class MySqlRenames {
    static final MySqlRenames NONE = new MySqlRenames(Map.of());

    private final Map<String, Map<String, String>> byTable;

    private MySqlRenames(Map<String, Map<String, String>> byTable) {
        this.byTable = byTable;
    }

    static MySqlRenames of(List<Change> changes) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) continue;
            for (TableChange tc : m.changes()) {
                if (tc instanceof RenameColumn r) out.computeIfAbsent(m.to().name(), k -> new HashMap<>()).put(r.from().name(), r.to().name());
            }
        }
        return out.isEmpty() ? NONE : new MySqlRenames(out);
    }

    /** {@return the renames the other way round, for a plan's reverse} */
    MySqlRenames inverse(List<Change> forward) {
        if (byTable.isEmpty()) return NONE;
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Change c : forward) {
            if (!(c instanceof ModifyTable m) || !byTable.containsKey(m.to().name())) continue;
            Map<String, String> back = new HashMap<>();
            byTable.get(m.to().name()).forEach((from, to) -> back.put(to, from));
            out.put(m.from().name(), back);
        }
        return new MySqlRenames(out);
    }

    boolean isEmpty() {
        return byTable.isEmpty();
    }

    private String column(String table, String column) {
        Map<String, String> m = byTable.get(table);
        return m == null ? column : m.getOrDefault(column, column);
    }

    /** {@return the index with the table's renamed columns under their new names} */
    Index apply(String table, Index i) {
        if (!byTable.containsKey(table)) return i;
        List<IndexPart> parts = new ArrayList<>(i.parts().size());
        for (IndexPart p : i.parts()) {
            parts.add(p instanceof IndexPart.OfColumn c ? new IndexPart.OfColumn(column(table, c.column()), c.descending(), c.attrs()) : p);
        }
        return new Index(i.name(), i.unique(), parts, i.attrs());
    }

    /** {@return the foreign key with renamed columns under their new names, on both ends (the referenced table in this schema)} */
    ForeignKey apply(String table, ForeignKey fk) {
        String ref = fk.refTable().schema().isEmpty() ? fk.refTable().name() : null;
        return new ForeignKey(fk.name(), fk.columns().stream().map(c -> column(table, c)).toList(), fk.refTable(),
                fk.refColumns().stream().map(c -> ref == null ? c : column(ref, c)).toList(), fk.onUpdate(), fk.onDelete(), fk.attrs());
    }

    /** {@return an expression as the server prints it ({@code `a` > 0}) with the table's renamed columns under their new names} */
    String apply(String table, String expr) {
        Map<String, String> m = byTable.get(table);
        if (m == null) return expr;
        String out = expr;
        for (var e : m.entrySet()) out = out.replace(Sql.id(e.getKey()), "\u0000" + e.getValue() + "\u0000");
        return out.replace("\u0000", "`");
    }
}

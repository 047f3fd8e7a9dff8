package io.atlas4j.plan.lint;

import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One table-level change of a table that exists before the plan runs (tables created by the same
 * plan hold no data yet, so data and lock checks skip them). Analyzers, the dialects' too, walk these.
 */
public record TableEdits(String schema, ModifyTable table, TableChange change) {
    /** {@return the table-level changes of existing tables, in plan order} */
    public static List<TableEdits> of(List<Change> changes) {
        Set<String> created = new HashSet<>();
        for (Change c : changes) if (c instanceof AddTable a) created.add(a.schema() + "." + a.table().name());
        List<TableEdits> out = new ArrayList<>();
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m) || created.contains(m.schema() + "." + m.to().name())) continue;
            for (TableChange tc : m.changes()) out.add(new TableEdits(m.schema(), m, tc));
        }
        return out;
    }

    /** {@return the table's current name: data-aware queries run before the plan} */
    public String currentTable() {
        return table.from().name();
    }

    /** {@return {@code table.column}, for a finding's object} */
    public String object(String column) {
        return table.to().name() + "." + column;
    }
}

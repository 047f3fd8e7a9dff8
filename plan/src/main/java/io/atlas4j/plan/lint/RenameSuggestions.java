package io.atlas4j.plan.lint;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds drop + add pairs of the same shape: the tables with equal columns, the columns with equal type and nullability. */
public final class RenameSuggestions {
    private RenameSuggestions() {
    }

    public static List<RenameSuggestion> find(List<Change> changes) {
        List<RenameSuggestion> out = new ArrayList<>();
        List<DropTable> drops = new ArrayList<>();
        List<AddTable> adds = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof DropTable d) drops.add(d);
            if (c instanceof AddTable a) adds.add(a);
        }
        for (DropTable d : drops) {
            for (AddTable a : adds) {
                if (sameColumns(d.table(), a.table())) {
                    out.add(new RenameSuggestion(RenameSuggestion.Kind.TABLE, a.table().name(), d.table().name(), a.table().name()));
                    adds.remove(a);
                    break;
                }
            }
        }
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) continue;
            List<Column> added = new ArrayList<>();
            for (TableChange tc : m.changes()) if (tc instanceof AddColumn a) added.add(a.column());
            for (TableChange tc : m.changes()) {
                if (!(tc instanceof DropColumn d)) continue;
                for (Column a : added) {
                    if (sameShape(d.column(), a)) {
                        out.add(new RenameSuggestion(RenameSuggestion.Kind.COLUMN, m.to().name(), d.column().name(), a.name()));
                        added.remove(a);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameShape(Column a, Column b) {
        return a.type().equals(b.type()) && a.nullable() == b.nullable();
    }

    private static boolean sameColumns(Table a, Table b) {
        if (a.columns().size() != b.columns().size() || a.columns().isEmpty()) return false;
        Map<String, Column> byName = new HashMap<>();
        for (Column c : a.columns()) byName.put(c.name().toLowerCase(java.util.Locale.ROOT), c);
        for (Column c : b.columns()) {
            Column o = byName.get(c.name().toLowerCase(java.util.Locale.ROOT));
            if (o == null || !sameShape(o, c)) return false;
        }
        return true;
    }
}

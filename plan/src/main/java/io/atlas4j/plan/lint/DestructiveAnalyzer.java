package io.atlas4j.plan.lint;

import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import java.util.ArrayList;
import java.util.List;

/** DS101 drop schema, DS102 drop table, DS103 drop column: each loses stored data. */
public final class DestructiveAnalyzer implements Analyzer {
    @Override
    public String name() {
        return "destructive";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof DropSchema d) {
                out.add(Diagnostic.of("DS101", Severity.ERROR, d.schema().name(),
                        "drops schema \"" + d.schema().name() + "\" with its " + d.schema().tables().size() + " table(s) and their rows", c));
            } else if (c instanceof DropTable d) {
                out.add(Diagnostic.of("DS102", Severity.ERROR, d.table().name(),
                        "drops table \"" + d.table().name() + "\" and all its rows", c));
            }
        }
        for (TableEdits e : TableEdits.of(changes)) {
            if (e.change() instanceof DropColumn d) {
                out.add(Diagnostic.of("DS103", Severity.ERROR, e.object(d.column().name()),
                        "drops column \"" + d.column().name() + "\" of \"" + e.currentTable() + "\" and its values"
                                + " (if it was renamed, declare the rename so it is kept)", d));
            }
        }
        return out;
    }
}

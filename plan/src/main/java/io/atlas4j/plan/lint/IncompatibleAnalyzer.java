package io.atlas4j.plan.lint;

import io.atlas4j.change.Change;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameTable;
import java.util.ArrayList;
import java.util.List;

/** BC101 table rename, BC102 column rename: applications still using the old name break. */
public final class IncompatibleAnalyzer implements Analyzer {
    @Override
    public String name() {
        return "backward-incompatible";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof RenameTable r) {
                out.add(Diagnostic.of("BC101", Severity.WARNING, r.to().name(), "renames table \"" + r.from().name()
                        + "\" to \"" + r.to().name() + "\": code still using the old name breaks", c));
            }
        }
        for (TableEdits e : TableEdits.of(changes)) {
            if (e.change() instanceof RenameColumn r) {
                out.add(Diagnostic.of("BC102", Severity.WARNING, e.object(r.to().name()), "renames column \"" + r.from().name()
                        + "\" to \"" + r.to().name() + "\": code still using the old name breaks", r));
            }
        }
        return out;
    }
}

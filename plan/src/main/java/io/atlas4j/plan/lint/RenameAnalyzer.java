package io.atlas4j.plan.lint;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import java.util.ArrayList;
import java.util.List;

/** RN101: a drop + add that looks like a rename (see {@link RenameSuggestions}); it is never acted on. */
public final class RenameAnalyzer implements Analyzer {
    @Override
    public String name() {
        return "rename-suggestion";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (RenameSuggestion s : RenameSuggestions.find(changes)) {
            String object = s.kind() == RenameSuggestion.Kind.TABLE ? s.to() : s.table() + "." + s.to();
            out.add(Diagnostic.of("RN101", Severity.WARNING, object, s.message(), source(changes, s)));
        }
        return out;
    }

    private static Edit source(List<Change> changes, RenameSuggestion s) {
        for (Change c : changes) {
            if (s.kind() == RenameSuggestion.Kind.TABLE && c instanceof AddTable a && a.table().name().equals(s.to())) return c;
            if (s.kind() == RenameSuggestion.Kind.COLUMN && c instanceof ModifyTable m && m.to().name().equals(s.table())) {
                for (TableChange tc : m.changes()) if (tc instanceof AddColumn a && a.column().name().equals(s.to())) return tc;
            }
        }
        throw new IllegalStateException("no change for " + s);
    }
}

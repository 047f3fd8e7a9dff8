package io.atlas4j.plan.lint;

import io.atlas4j.change.Change;
import io.atlas4j.change.DropForeignKey;
import java.util.ArrayList;
import java.util.List;

/** CD101 dropped foreign key: the database stops enforcing the relation. */
public final class ConstraintAnalyzer implements Analyzer {
    @Override
    public String name() {
        return "constraint-dropped";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) {
            if (e.change() instanceof DropForeignKey d) {
                String name = d.foreignKey().name().isEmpty() ? String.join(",", d.foreignKey().columns()) : d.foreignKey().name();
                out.add(Diagnostic.of("CD101", Severity.WARNING, e.table().to().name(), "drops foreign key " + name
                        + " referencing \"" + d.foreignKey().refTable() + "\": rows may now point at nothing", d));
            }
        }
        return out;
    }
}

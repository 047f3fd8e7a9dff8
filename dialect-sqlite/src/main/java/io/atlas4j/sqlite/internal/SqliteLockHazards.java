package io.atlas4j.sqlite.internal;

import io.atlas4j.change.Change;
import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LockHazards;
import io.atlas4j.plan.lint.TableEdits;
import java.util.ArrayList;
import java.util.List;

/** LK102 on SQLite: a column's type changes only by copying the whole table into a new one, under the write lock. */
public final class SqliteLockHazards implements Analyzer {
    @Override
    public String name() {
        return "lock-hazard";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) LockHazards.typeChange(e, m -> true, "(copies) ").ifPresent(out::add);
        return out;
    }
}

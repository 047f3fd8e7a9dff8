package io.atlas4j.mssql.internal;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.mssql.Identity;
import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LockHazards;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.plan.lint.TableEdits;
import io.atlas4j.schema.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server's lock and rewrite hazards: LK106 adding a NOT NULL column without a default (fails on
 * a table with rows), LK102 changing a column's type (a size-of-data rewrite under a schema-modification
 * lock) or its identity (a rebuild), LK107 changing a column that an index uses (the index is dropped
 * and built again while the table is locked).
 */
public final class MssqlLockHazards implements Analyzer {
    @Override
    public String name() {
        return "lock-hazard";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) {
            if (e.change() instanceof AddColumn a && !a.column().nullable() && a.column().defaultValue().isEmpty()
                    && !a.column().attrs().has(Identity.class) && a.column().generated().isEmpty()) {
                out.add(Diagnostic.of("LK106", Severity.WARNING, e.object(a.column().name()), "adds NOT NULL column \"" + a.column().name()
                        + "\" without a default: SQL Server refuses it when \"" + e.table().to().name() + "\" has rows; add a DEFAULT", a));
            }
            LockHazards.typeChange(e, m -> true, "(size-of-data, Sch-M lock) ").ifPresent(out::add);
            if (e.change() instanceof ModifyColumn m) {
                if (!m.from().attrs().get(Identity.class).equals(m.to().attrs().get(Identity.class))) {
                    out.add(Diagnostic.of("LK102", Severity.WARNING, e.object(m.to().name()), "changing IDENTITY of \"" + m.to().name()
                            + "\" copies table \"" + e.table().to().name() + "\" into a new one", m));
                }
                boolean alters = m.aspects().contains(ColumnAspect.TYPE) || m.aspects().contains(ColumnAspect.NULLABILITY)
                        || m.aspects().contains(ColumnAspect.COLLATION);
                if (alters) {
                    for (Index i : e.table().from().indexes()) {
                        if (i.covers(m.from().name())) {
                            out.add(Diagnostic.of("LK107", Severity.WARNING, e.object(m.to().name()), "changing \"" + m.to().name()
                                    + "\" drops and rebuilds index \"" + i.name() + "\" while \"" + e.table().to().name() + "\" is locked", m));
                        }
                    }
                }
            }
        }
        return out;
    }
}

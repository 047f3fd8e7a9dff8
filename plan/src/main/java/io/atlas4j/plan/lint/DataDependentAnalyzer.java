package io.atlas4j.plan.lint;

import io.atlas4j.plan.TypeChanges;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Changes that succeed or fail depending on the rows already stored: MF101 new UNIQUE (or primary
 * key) over existing rows, MF102 new NOT NULL column without a default, MF103 NOT NULL on an
 * existing column, MF104 narrowing type change. With a connection in the context, MF101-MF103
 * count the rows that would fail: zero means the change is safe and nothing is reported, more
 * than zero is an error. Without a connection they are warnings.
 */
public final class DataDependentAnalyzer implements Analyzer {
    @Override
    public String name() {
        return "data-dependent";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) {
            TableChange tc = e.change();
            if (tc instanceof AddIndex a && a.index().unique()) unique(e, a.index(), tc, ctx, out);
            else if (tc instanceof ModifyIndex m && m.to().unique() && !m.from().unique()) unique(e, m.to(), tc, ctx, out);
            else if (tc instanceof AddPrimaryKey p) unique(e, p.primaryKey(), tc, ctx, out);
            else if (tc instanceof ModifyPrimaryKey p) unique(e, p.to(), tc, ctx, out);
            else if (tc instanceof AddColumn a) addColumn(e, a.column(), tc, ctx, out);
            else if (tc instanceof ModifyColumn m) modifyColumn(e, m, ctx, out);
        }
        return out;
    }

    private static void unique(TableEdits e, Index index, Edit source, LintContext ctx, List<Diagnostic> out) {
        String what = index.name().isEmpty() ? "a unique key" : "unique key \"" + index.name() + "\"";
        Optional<List<String>> cols = index.columnNames().flatMap(c -> currentColumns(e, c));
        OptionalLong dups = cols.map(c -> ctx.duplicates(e.schema(), e.currentTable(), c)).orElse(OptionalLong.empty());
        String on = e.table().to().name() + "(" + index.columnNames().map(c -> String.join(", ", c)).orElse("expressions") + ")";
        report(out, "MF101", e.object(index.columnNames().map(c -> String.join(",", c)).orElse(index.name())), dups,
                "adds " + what + " on " + on, "duplicate row(s) would violate it", "fails if existing rows hold duplicates", source);
    }

    private static void addColumn(TableEdits e, Column c, Edit source, LintContext ctx, List<Diagnostic> out) {
        if (c.nullable() || c.defaultValue().isPresent() || c.generated().isPresent()) return;
        OptionalLong rows = ctx.rows(e.schema(), e.currentTable());
        report(out, "MF102", e.object(c.name()), rows, "adds NOT NULL column \"" + c.name() + "\" without a default",
                "existing row(s) would have no value", "fails if the table holds rows", source);
    }

    private static void modifyColumn(TableEdits e, ModifyColumn m, LintContext ctx, List<Diagnostic> out) {
        if (m.aspects().contains(ColumnAspect.NULLABILITY) && m.from().nullable() && !m.to().nullable()) {
            OptionalLong nulls = ctx.nulls(e.schema(), e.currentTable(), currentName(e, m.from().name()));
            report(out, "MF103", e.object(m.to().name()), nulls, "sets NOT NULL on \"" + m.to().name() + "\"",
                    "existing row(s) hold NULL", "fails if existing rows hold NULL", m);
        }
        if (m.aspects().contains(ColumnAspect.TYPE) && TypeChanges.isNarrowing(m.from().type(), m.to().type())) {
            out.add(Diagnostic.of("MF104", Severity.WARNING, e.object(m.to().name()), "changes the type of \"" + m.to().name()
                    + "\" from " + m.from().type() + " to " + m.to().type() + ": existing values may be truncated or rejected", m));
        }
    }

    private static void report(List<Diagnostic> out, String code, String object, OptionalLong count, String what,
                               String failing, String unknown, Edit source) {
        if (count.isPresent() && count.getAsLong() == 0) return;
        if (count.isPresent()) {
            out.add(new Diagnostic(code, Severity.ERROR, object, what + ": " + count.getAsLong() + " " + failing, count, source));
        } else {
            out.add(Diagnostic.of(code, Severity.WARNING, object, what + ": " + unknown, source));
        }
    }

    /** Maps desired column names to current ones; empty when a column is new in this plan (it holds no data to count). */
    private static Optional<List<String>> currentColumns(TableEdits e, List<String> desired) {
        Set<String> added = new HashSet<>();
        for (TableChange tc : e.table().changes()) if (tc instanceof AddColumn a) added.add(a.column().name());
        List<String> out = new ArrayList<>();
        for (String c : desired) {
            if (added.contains(c)) return Optional.empty();
            out.add(currentName(e, c));
        }
        return Optional.of(out);
    }

    private static String currentName(TableEdits e, String desired) {
        Map<String, String> renames = new HashMap<>();
        for (TableChange tc : e.table().changes()) if (tc instanceof RenameColumn r) renames.put(r.to().name(), r.from().name());
        return renames.getOrDefault(desired, desired);
    }
}

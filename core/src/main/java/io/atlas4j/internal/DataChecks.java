package io.atlas4j.internal;

import io.atlas4j.change.Change;
import io.atlas4j.error.StoredDataException;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.lint.DataDependentAnalyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a plan that stored rows would make fail, before anything runs: on a database whose DDL is
 * not transactional (MySQL) such a plan would stop halfway, and where it is, the refusal comes with
 * the count and a remedy instead of a constraint error. Counts come from the dialect's SQL.
 */
public final class DataChecks {
    private DataChecks() {
    }

    public static void refuse(Connection c, Dialect d, List<Change> changes, PlanOptions options) {
        LintContext ctx = LintContext.of(d.name()).withPlanOptions(options).withConnection(c, d.lint().rowCounter());
        List<String> problems = new ArrayList<>();
        for (Diagnostic x : new DataDependentAnalyzer().analyze(changes, ctx)) {
            if (x.affectedRows().isEmpty() || x.affectedRows().getAsLong() == 0) continue;
            long n = x.affectedRows().getAsLong();
            switch (x.code()) {
                case "MF103" -> {
                    if (!options.fillNullsWithDefault()) {
                        problems.add("column \"" + x.object() + "\" holds NULL in " + n + " row(s), so it cannot become NOT NULL:"
                                + " set those rows first, or plan with fillNullsWithDefault (CLI: --fill-nulls) to give them the column's default");
                    }
                }
                case "MF101" -> problems.add(x.message() + ": remove the duplicates first");
                case "MF102" -> problems.add(x.message() + ": give the new column a default, or add it nullable and fill it first");
                default -> { }
            }
        }
        if (!problems.isEmpty()) throw new StoredDataException(problems);
    }
}

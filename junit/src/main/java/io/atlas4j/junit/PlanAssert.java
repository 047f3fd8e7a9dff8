package io.atlas4j.junit;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.Dialects;
import io.atlas4j.change.Change;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Plan}: no destructive statements, lint as a test, golden plan files.
 * Golden files are (re)written instead of compared when the system property
 * {@value #UPDATE_PROPERTY} is {@code true}.
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, Plan> {
    public static final String UPDATE_PROPERTY = "atlas4j.golden.update";

    private final Optional<List<Change>> changes;
    private final Optional<Dialect> dialect;

    PlanAssert(Plan actual, Optional<List<Change>> changes, Optional<Dialect> dialect) {
        super(actual, PlanAssert.class);
        this.changes = changes.or(() -> actual == null ? Optional.empty() : actual.basis().map(b -> b.changes()));
        this.dialect = dialect;
    }

    /** {@return the same assertions, linting with the lock and rewrite rules of this dialect as well} */
    public PlanAssert forDialect(Dialect dialect) {
        return new PlanAssert(actual, changes, Optional.of(dialect));
    }

    /** {@return the same assertions, linting with the rules of the dialect of this name ({@code postgres}, {@code mysql}, {@code sqlite})} */
    public PlanAssert forDialect(String name) {
        return forDialect(Dialects.byName(name));
    }

    public PlanAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) failWithMessage("%s", "Expected an empty plan, but it has " + actual.statements().size() + " statement(s):\n"
                + DatabaseAssert.indent(actual.sql()));
        return this;
    }

    public PlanAssert hasStatementCount(int n) {
        isNotNull();
        if (actual.statements().size() != n) {
            failWithMessage("%s", "Expected " + n + " statement(s), but the plan has " + actual.statements().size() + ":\n"
                    + DatabaseAssert.indent(actual.sql()));
        }
        return this;
    }

    /** Asserts that some statement's SQL matches the regular expression (found anywhere in it). */
    public PlanAssert containsStatementMatching(String regex) {
        isNotNull();
        Pattern p = Pattern.compile(regex);
        for (Statement s : actual.statements()) if (p.matcher(s.sql()).find()) return this;
        failWithMessage("%s", "Expected a statement matching /" + regex + "/, but the plan is:\n" + DatabaseAssert.indent(actual.sql()));
        return this;
    }

    public PlanAssert hasNoDestructiveChanges() {
        isNotNull();
        List<Statement> d = actual.destructive();
        if (!d.isEmpty()) {
            StringBuilder sb = new StringBuilder("Expected no destructive changes, but the plan has " + d.size() + ":\n");
            for (Statement s : d) sb.append("  ").append(s.sql()).append(s.comment().isEmpty() ? "" : "  -- " + s.comment()).append('\n');
            failWithMessage("%s", sb.toString().stripTrailing());
        }
        return this;
    }

    /** Lints the plan and fails on any finding of WARNING or above, listing them. */
    public PlanAssert passesLint(LintConfig config) {
        return passesLint(config, Severity.WARNING);
    }

    public PlanAssert passesLint(LintConfig config, Severity failOn) {
        isNotNull();
        Linter linter = dialect.map(d -> Linter.defaults().with(d.lint().analyzers())).orElse(Linter.defaults());
        LintReport r = linter.lint(changes.orElseGet(this::changesFromStatements),
                LintContext.of(dialect.map(Dialect::name).orElse("generic")).withPlan(actual), config);
        if (r.hasAtLeast(failOn)) {
            failWithMessage("%s", "Expected the plan to pass lint at " + failOn + ", but it has " + r.atLeast(failOn).size()
                    + " finding(s):\n" + DatabaseAssert.indent(new LintReport(r.atLeast(failOn)).format()));
        }
        return this;
    }

    /**
     * Compares the plan's SQL script with a golden file. With {@code -D}{@value #UPDATE_PROPERTY}{@code =true}
     * the file is written instead, and the assertion passes.
     */
    public PlanAssert matchesGolden(Path golden) {
        isNotNull();
        String sql = normalize(actual.sql());
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                if (golden.getParent() != null) Files.createDirectories(golden.getParent());
                Files.writeString(golden, sql, StandardCharsets.UTF_8);
                return this;
            }
            if (!Files.exists(golden)) {
                failWithMessage("%s", "Golden plan file " + golden + " does not exist; run with -D" + UPDATE_PROPERTY
                        + "=true to write it. The plan is:\n" + DatabaseAssert.indent(sql));
            }
            String want = normalize(Files.readString(golden, StandardCharsets.UTF_8));
            if (!want.equals(sql)) {
                failWithMessage("%s", "Expected the plan to match golden file " + golden + ", but " + firstDifference(want, sql)
                        + "\nThe plan is:\n" + DatabaseAssert.indent(sql) + "\nrun with -D" + UPDATE_PROPERTY + "=true to accept it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String normalize(String s) {
        return s.replace("\r\n", "\n").lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    private static String firstDifference(String want, String have) {
        List<String> a = want.lines().toList(), b = have.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end of file>", y = i < b.size() ? b.get(i) : "<end of plan>";
            if (!x.equals(y)) return "line " + (i + 1) + " differs:\n  expected: " + x + "\n  actual:   " + y;
        }
        return "they differ";
    }

    /**
     * The changes behind the statements. Table-level sources whose table the plan does not name are
     * linted in a table called {@code ?}; assert on an {@link ApprovedPlan} for exact names.
     */
    private List<Change> changesFromStatements() {
        Map<Edit, Boolean> seen = new IdentityHashMap<>();
        List<Change> out = new ArrayList<>();
        List<TableChange> loose = new ArrayList<>();
        for (Statement s : actual.statements()) {
            if (seen.put(s.source(), Boolean.TRUE) != null) continue;
            if (s.source() instanceof Change c) out.add(c);
            else if (s.source() instanceof TableChange t) loose.add(t);
        }
        List<TableChange> orphans = loose.stream().filter(t -> out.stream().noneMatch(c -> c instanceof ModifyTable m && m.changes().contains(t))).toList();
        if (!orphans.isEmpty()) {
            Table unknown = Table.builder("?").build();
            out.add(new ModifyTable("", unknown, unknown, orphans));
        }
        return out;
    }
}

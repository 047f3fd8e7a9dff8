package io.atlas4j.plan.lint;

import io.atlas4j.change.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs analyzers over planned changes and applies a {@link LintConfig}. Immutable and shareable.
 *
 * <pre>{@code
 * LintReport r = Linter.defaults().with(dialect.lint().analyzers())
 *         .lint(changes, LintContext.of("postgres").withConnection(c, dialect.lint().rowCounter()), LintConfig.defaults().off("LK101"));
 * if (r.hasAtLeast(Severity.ERROR)) ...
 * }</pre>
 */
public final class Linter {
    private final List<Analyzer> analyzers;

    private Linter(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(analyzers);
    }

    /**
     * {@return the built-in analyzers that hold for every dialect: destructive, data-dependent,
     * backward-incompatible, dropped constraints, rename suggestions} Lock and rewrite hazards depend
     * on the database and come from the dialect ({@code dialect.lint().analyzers()}).
     */
    public static Linter defaults() {
        return new Linter(List.of(new DestructiveAnalyzer(), new DataDependentAnalyzer(), new IncompatibleAnalyzer(),
                new ConstraintAnalyzer(), new RenameAnalyzer()));
    }

    public static Linter of(List<Analyzer> analyzers) {
        return new Linter(analyzers);
    }

    /** {@return a linter with one more analyzer} */
    public Linter with(Analyzer analyzer) {
        List<Analyzer> next = new ArrayList<>(analyzers);
        next.add(analyzer);
        return new Linter(next);
    }

    /** {@return a linter with more analyzers, such as a dialect's own} */
    public Linter with(List<? extends Analyzer> more) {
        List<Analyzer> next = new ArrayList<>(analyzers);
        next.addAll(more);
        return new Linter(next);
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }

    public LintReport lint(List<Change> changes, LintContext context, LintConfig config) {
        List<Diagnostic> out = new ArrayList<>();
        for (Analyzer a : analyzers) {
            for (Diagnostic d : a.analyze(changes, context)) {
                Optional<Severity> s = config.effective(d.code(), d.severity());
                s.ifPresent(sev -> out.add(d.withSeverity(sev)));
            }
        }
        return new LintReport(out);
    }

    public LintReport lint(List<Change> changes, LintContext context) {
        return lint(changes, context, LintConfig.defaults());
    }
}

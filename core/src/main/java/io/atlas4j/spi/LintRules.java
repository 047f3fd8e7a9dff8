package io.atlas4j.spi;

import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.RowCounter;
import java.util.List;
import java.util.Objects;

/**
 * A dialect's lint: the analyzers that depend on its database (lock and rewrite hazards, LK codes)
 * and the SQL that counts the rows a change would fail on.
 *
 * @param analyzers  run after the generic ones ({@link io.atlas4j.plan.lint.Linter#defaults()})
 * @param rowCounter counts NULLs, rows and duplicates for data-aware checks
 */
public record LintRules(List<Analyzer> analyzers, RowCounter rowCounter) {
    public LintRules {
        analyzers = List.copyOf(analyzers);
        Objects.requireNonNull(rowCounter, "rowCounter");
    }

    /** {@return no analyzers of its own, and standard SQL for counting, quoted per {@code syntax}} */
    public static LintRules standard(SqlSyntax syntax) {
        return new LintRules(List.of(), new StandardRowCounter(syntax));
    }

    /** {@return these rules with the dialect's analyzers} */
    public LintRules withAnalyzers(List<? extends Analyzer> analyzers) {
        return new LintRules(List.copyOf(analyzers), rowCounter);
    }
}

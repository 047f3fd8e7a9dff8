package io.atlas4j.plan.lint;

import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What analyzers may know besides the changes: the dialect's name ({@code postgres}, {@code mysql},
 * {@code mariadb}, {@code sqlite}), the planning options and plan, and optionally a connection to
 * the database the changes would be applied to, for data-aware checks. {@code quote} quotes one
 * identifier the way the dialect does; data-aware checks build their queries with it.
 */
public record LintContext(String dialect, PlanOptions planOptions, Optional<Plan> plan,
                          Optional<Connection> connection, UnaryOperator<String> quote) {
    public LintContext {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(planOptions, "planOptions");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(quote, "quote");
    }

    /** {@return a context without database access, quoting identifiers with double quotes} */
    public static LintContext of(String dialect) {
        return new LintContext(dialect, PlanOptions.defaults(), Optional.empty(), Optional.empty(), LintContext::ansiQuote);
    }

    public LintContext withPlanOptions(PlanOptions options) {
        return new LintContext(dialect, options, plan, connection, quote);
    }

    public LintContext withPlan(Plan plan) {
        return new LintContext(dialect, planOptions, Optional.of(plan), connection, quote);
    }

    /** {@return a context whose data-aware checks count rows through {@code connection}} */
    public LintContext withConnection(Connection connection, UnaryOperator<String> quote) {
        return new LintContext(dialect, planOptions, plan, Optional.of(connection), quote);
    }

    public boolean isDialect(String... names) {
        for (String n : names) if (dialect.equalsIgnoreCase(n)) return true;
        return false;
    }

    /** Double-quote quoting (SQL standard, PostgreSQL, SQLite). */
    public static String ansiQuote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Backtick quoting (MySQL, MariaDB). */
    public static String backtickQuote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}

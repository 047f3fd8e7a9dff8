package io.atlas4j.plan.lint;

import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What analyzers may know besides the changes: the dialect's name (for messages), the planning
 * options and plan, and optionally a connection to the database the changes would be applied to,
 * with the dialect's {@link RowCounter}, for data-aware checks.
 */
public record LintContext(String dialect, PlanOptions planOptions, Optional<Plan> plan,
                          Optional<Connection> connection, RowCounter rowCounter) {
    public LintContext {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(planOptions, "planOptions");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(rowCounter, "rowCounter");
    }

    /** {@return a context without database access} */
    public static LintContext of(String dialect) {
        return new LintContext(dialect, PlanOptions.defaults(), Optional.empty(), Optional.empty(), RowCounter.NONE);
    }

    public LintContext withPlanOptions(PlanOptions options) {
        return new LintContext(dialect, options, plan, connection, rowCounter);
    }

    public LintContext withPlan(Plan plan) {
        return new LintContext(dialect, planOptions, Optional.of(plan), connection, rowCounter);
    }

    /** {@return a context whose data-aware checks count rows through {@code connection} with the dialect's counter} */
    public LintContext withConnection(Connection connection, RowCounter rowCounter) {
        return new LintContext(dialect, planOptions, plan, Optional.of(connection), rowCounter);
    }

    OptionalLong nulls(String schema, String table, String column) {
        return connection.map(c -> rowCounter.nulls(c, schema, table, column)).orElse(OptionalLong.empty());
    }

    OptionalLong rows(String schema, String table) {
        return connection.map(c -> rowCounter.rows(c, schema, table)).orElse(OptionalLong.empty());
    }

    OptionalLong duplicates(String schema, String table, java.util.List<String> columns) {
        return connection.map(c -> rowCounter.duplicates(c, schema, table, columns)).orElse(OptionalLong.empty());
    }
}

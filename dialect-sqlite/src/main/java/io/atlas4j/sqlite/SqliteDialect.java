package io.atlas4j.sqlite;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Execution;
import io.atlas4j.spi.LintRules;
import io.atlas4j.spi.SqlSyntax;
import io.atlas4j.spi.TypeCodec;
import io.atlas4j.sqlite.internal.SqliteConnector;
import io.atlas4j.sqlite.internal.SqliteDevDatabases;
import io.atlas4j.sqlite.internal.SqliteDiffHooks;
import io.atlas4j.sqlite.internal.SqliteExecution;
import io.atlas4j.sqlite.internal.SqliteInspector;
import io.atlas4j.sqlite.internal.SqliteLockHazards;
import io.atlas4j.sqlite.internal.SqlitePlanner;
import io.atlas4j.sqlite.internal.SqliteTypes;
import java.util.List;

/**
 * The SQLite dialect. URLs are {@code sqlite://path/to/file.db} (or {@code sqlite://:memory:});
 * desired SQL is loaded into an in-memory SQLite database, so no dev URL is ever needed. Plans run
 * in one transaction with foreign keys off and a foreign-key check before commit.
 */
public final class SqliteDialect implements Dialect {
    private static final SqliteDialect INSTANCE = new SqliteDialect();
    /** Statements end at {@code ;}, except inside a CREATE TRIGGER's BEGIN ... END body. */
    private static final SqlSyntax SYNTAX = SqlSyntax.ansi(ScriptSplitter.sqlite());
    private static final LintRules LINT = LintRules.standard(SYNTAX).withAnalyzers(List.of(new SqliteLockHazards()));

    /** Public for {@link java.util.ServiceLoader}; prefer {@link #create()}. */
    public SqliteDialect() {
    }

    public static SqliteDialect create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Connector connector() {
        return SqliteConnector.INSTANCE;
    }

    @Override
    public Inspector inspector() {
        return SqliteInspector.INSTANCE;
    }

    @Override
    public DiffHooks diffHooks() {
        return SqliteDiffHooks.INSTANCE;
    }

    @Override
    public Planner planner() {
        return SqlitePlanner.INSTANCE;
    }

    @Override
    public TypeCodec types() {
        return SqliteTypes.INSTANCE;
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public Execution execution() {
        return SqliteExecution.INSTANCE;
    }

    @Override
    public DevDatabases devDatabases() {
        return SqliteDevDatabases.INSTANCE;
    }

    @Override
    public LintRules lint() {
        return LINT;
    }

    @Override
    public String toString() {
        return "SqliteDialect";
    }
}

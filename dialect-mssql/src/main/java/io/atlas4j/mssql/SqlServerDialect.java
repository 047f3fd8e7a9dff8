package io.atlas4j.mssql;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.mssql.internal.MssqlConnector;
import io.atlas4j.mssql.internal.MssqlDevDatabases;
import io.atlas4j.mssql.internal.MssqlDiffHooks;
import io.atlas4j.mssql.internal.MssqlExecution;
import io.atlas4j.mssql.internal.MssqlInspector;
import io.atlas4j.mssql.internal.MssqlLockHazards;
import io.atlas4j.mssql.internal.MssqlPlanner;
import io.atlas4j.mssql.internal.MssqlTypes;
import io.atlas4j.mssql.internal.Tsql;
import io.atlas4j.plan.Planner;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Execution;
import io.atlas4j.spi.LintRules;
import io.atlas4j.spi.SqlSyntax;
import io.atlas4j.spi.TypeCodec;
import java.util.List;

/**
 * The SQL Server dialect. URLs are {@code sqlserver://user:pass@host:1433?database=db} (as in Atlas)
 * or plain {@code jdbc:sqlserver:} URLs; every schema of the database is managed unless
 * {@code mode=schema}. Scripts split at {@code GO} lines; identifiers are bracketed. Plans run in
 * one transaction under an {@code sp_getapplock} lock; desired SQL loads into a scratch database on
 * the target's server, or offline through the T-SQL loader.
 */
public final class SqlServerDialect implements Dialect {
    private static final SqlServerDialect INSTANCE = new SqlServerDialect();
    private static final SqlSyntax SYNTAX = new SqlSyntax(ScriptSplitter.sqlServer(), Tsql::id);
    private static final LintRules LINT = LintRules.standard(SYNTAX).withAnalyzers(List.of(new MssqlLockHazards()));

    /** Public for {@link java.util.ServiceLoader}; prefer {@link #create()}. */
    public SqlServerDialect() {
    }

    public static SqlServerDialect create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "mssql";
    }

    @Override
    public Connector connector() {
        return MssqlConnector.INSTANCE;
    }

    @Override
    public Inspector inspector() {
        return MssqlInspector.INSTANCE;
    }

    @Override
    public DiffHooks diffHooks() {
        return MssqlDiffHooks.INSTANCE;
    }

    @Override
    public Planner planner() {
        return MssqlPlanner.INSTANCE;
    }

    @Override
    public TypeCodec types() {
        return MssqlTypes.INSTANCE;
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public Execution execution() {
        return MssqlExecution.INSTANCE;
    }

    @Override
    public DevDatabases devDatabases() {
        return MssqlDevDatabases.INSTANCE;
    }

    @Override
    public LintRules lint() {
        return LINT;
    }

    @Override
    public String toString() {
        return "SqlServerDialect";
    }
}

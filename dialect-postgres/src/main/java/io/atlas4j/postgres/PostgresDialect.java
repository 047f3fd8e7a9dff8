package io.atlas4j.postgres;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import io.atlas4j.postgres.internal.PgConnector;
import io.atlas4j.postgres.internal.PgDevDatabases;
import io.atlas4j.postgres.internal.PgDiffHooks;
import io.atlas4j.postgres.internal.PgExecution;
import io.atlas4j.postgres.internal.PgInspector;
import io.atlas4j.postgres.internal.PgLockHazards;
import io.atlas4j.postgres.internal.PgPlanner;
import io.atlas4j.postgres.internal.PgTypes;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Execution;
import io.atlas4j.spi.LintRules;
import io.atlas4j.spi.SqlSyntax;
import io.atlas4j.spi.TypeCodec;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL dialect (12 and later). {@link #create()} assumes the newest supported server;
 * {@link #forConnection} reads the server version once and tunes the catalog queries to it.
 * URLs: {@code postgres://user:pass@host:5432/db?search_path=app} (also {@code postgresql://}).
 */
public final class PostgresDialect implements Dialect {
    private static final int DEFAULT_VERSION = 150000;
    private static final SqlSyntax SYNTAX = SqlSyntax.ansi(ScriptSplitter.postgres());
    private static final LintRules LINT = LintRules.standard(SYNTAX).withAnalyzers(List.of(new PgLockHazards()));
    private final int serverVersion;
    private final PgInspector inspector;
    private final PgDiffHooks hooks = new PgDiffHooks();
    private final PgPlanner planner = new PgPlanner();

    /** For {@link java.util.ServiceLoader}; prefer {@link #create()}. */
    public PostgresDialect() {
        this(DEFAULT_VERSION);
    }

    private PostgresDialect(int serverVersion) {
        this.serverVersion = serverVersion;
        this.inspector = new PgInspector(serverVersion);
    }

    public static PostgresDialect create() {
        return new PostgresDialect();
    }

    /** {@return the dialect for a server version number as {@code server_version_num} prints it (150004)} */
    public static PostgresDialect forVersion(int serverVersionNum) {
        return new PostgresDialect(serverVersionNum);
    }

    public int serverVersion() {
        return serverVersion;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        int v = md.getDatabaseMajorVersion() * 10000 + md.getDatabaseMinorVersion();
        return v == serverVersion ? this : new PostgresDialect(v);
    }

    @Override
    public Connector connector() {
        return PgConnector.INSTANCE;
    }

    @Override
    public Inspector inspector() {
        return inspector;
    }

    @Override
    public DiffHooks diffHooks() {
        return hooks;
    }

    @Override
    public Planner planner() {
        return planner;
    }

    @Override
    public TypeCodec types() {
        return PgTypes.builtIn();
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public Execution execution() {
        return PgExecution.INSTANCE;
    }

    /**
     * A scratch database created on the target's server and dropped on close, opened with the
     * target's credentials when they are known, else with its user name alone (trust, peer or a
     * ~/.pgpass entry).
     */
    @Override
    public DevDatabases devDatabases() {
        return PgDevDatabases.INSTANCE;
    }

    @Override
    public LintRules lint() {
        return LINT;
    }

    @Override
    public String toString() {
        return "PostgresDialect[" + serverVersion + "]";
    }
}

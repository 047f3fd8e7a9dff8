package io.atlas4j.mysql;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.mysql.internal.MySqlConnector;
import io.atlas4j.mysql.internal.MySqlDevDatabases;
import io.atlas4j.mysql.internal.MySqlDiffHooks;
import io.atlas4j.mysql.internal.MySqlExecution;
import io.atlas4j.mysql.internal.MySqlInspector;
import io.atlas4j.mysql.internal.MySqlLockHazards;
import io.atlas4j.mysql.internal.MySqlPlanner;
import io.atlas4j.mysql.internal.MySqlTypes;
import io.atlas4j.plan.Planner;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Execution;
import io.atlas4j.spi.LintRules;
import io.atlas4j.spi.SqlSyntax;
import io.atlas4j.spi.TypeCodec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * MySQL and MariaDB. {@link #create()} assumes MySQL 8; {@link #forConnection} reads the server's
 * version, flavor and {@code lower_case_table_names} once and returns a dialect tuned to them.
 * DDL in MySQL is not transactional, so plans run statement by statement.
 */
public final class MySqlDialect implements Dialect {
    private static final SqlSyntax SYNTAX = new SqlSyntax(ScriptSplitter.mysql(), SqlSyntax::backtick);
    private static final LintRules LINT = LintRules.standard(SYNTAX).withAnalyzers(List.of(new MySqlLockHazards()));

    private final ServerInfo server;
    private final boolean onlineHints;
    private final MySqlTypes types;
    private final MySqlInspector inspector;
    private final MySqlDiffHooks hooks;
    private final MySqlPlanner planner;

    /** Public for {@link java.util.ServiceLoader}; prefer {@link #create()}. */
    public MySqlDialect() {
        this(ServerInfo.MYSQL_8);
    }

    private MySqlDialect(ServerInfo server) {
        this(server, false);
    }

    private MySqlDialect(ServerInfo server, boolean onlineHints) {
        this.server = server;
        this.onlineHints = onlineHints;
        this.types = new MySqlTypes();
        this.inspector = new MySqlInspector(server, types);
        this.hooks = new MySqlDiffHooks(server, types);
        this.planner = new MySqlPlanner(server, types, onlineHints);
    }

    /**
     * {@return a dialect whose plans ask for online DDL where the server supports it:
     * {@code ALGORITHM=INPLACE, LOCK=NONE} on index-only changes, {@code ALGORITHM=INSTANT} on
     * column additions. The server then refuses, rather than silently copying the table, when it cannot.}
     */
    public MySqlDialect withOnlineHints(boolean on) {
        return new MySqlDialect(server, on);
    }

    public boolean onlineHints() {
        return onlineHints;
    }

    /** {@return a dialect for MySQL 8} */
    public static MySqlDialect create() {
        return new MySqlDialect(ServerInfo.MYSQL_8);
    }

    /** {@return a dialect for the given server, without asking one} */
    public static MySqlDialect create(ServerInfo server) {
        return new MySqlDialect(server);
    }

    public ServerInfo server() {
        return server;
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public MySqlDialect forConnection(Connection connection) throws SQLException {
        try (var st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION(), @@lower_case_table_names")) {
            rs.next();
            return new MySqlDialect(ServerInfo.parse(rs.getString(1), rs.getInt(2)), onlineHints);
        }
    }

    @Override
    public Connector connector() {
        return MySqlConnector.INSTANCE;
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
        return types;
    }

    @Override
    public SqlSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public Execution execution() {
        return MySqlExecution.INSTANCE;
    }

    /** A scratch database on the target's server, created with the target's charset and dropped on close. */
    @Override
    public DevDatabases devDatabases() {
        return MySqlDevDatabases.INSTANCE;
    }

    @Override
    public LintRules lint() {
        return LINT;
    }

    @Override
    public String toString() {
        return "MySqlDialect[" + server + "]";
    }
}

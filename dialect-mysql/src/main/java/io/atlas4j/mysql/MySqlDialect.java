package io.atlas4j.mysql;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.mysql.internal.MySqlDevDatabase;
import io.atlas4j.mysql.internal.MySqlDiffHooks;
import io.atlas4j.mysql.internal.MySqlInspector;
import io.atlas4j.mysql.internal.MySqlPlanner;
import io.atlas4j.mysql.internal.MySqlSchemaLock;
import io.atlas4j.mysql.internal.MySqlTypes;
import io.atlas4j.plan.Planner;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.SchemaLock;
import io.atlas4j.spi.ScriptSplitter;
import io.atlas4j.spi.TypeCodec;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * MySQL and MariaDB. {@link #create()} assumes MySQL 8; {@link #forConnection} reads the server's
 * version, flavor and {@code lower_case_table_names} once and returns a dialect tuned to them.
 * DDL in MySQL is not transactional, so plans run statement by statement.
 */
public final class MySqlDialect implements Dialect {
    private static final ScriptSplitter SPLITTER = ScriptSplitter.standard().withBackticks().withBlocks().withDelimiterDirective();

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
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        String p = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return p.contains("mysql") || p.contains("mariadb");
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
    public ScriptSplitter splitter() {
        return SPLITTER;
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mysql", "mariadb");
    }

    /** Both servers are reached through the MariaDB driver, which speaks to MySQL as well. */
    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url) {
        if (!urlSchemes().contains(url.scheme())) return Optional.empty();
        StringBuilder jdbc = new StringBuilder("jdbc:mariadb://").append(url.host().orElse("127.0.0.1"));
        jdbc.append(':').append(url.port().orElse(3306)).append('/').append(url.path());
        Properties p = new Properties();
        url.user().ifPresent(u -> p.setProperty("user", u));
        url.password().ifPresent(pw -> p.setProperty("password", pw));
        url.params().forEach(p::setProperty);
        return Optional.of(new JdbcTarget(jdbc.toString(), p));
    }

    /** A scratch database on the target's server, created with the target's charset and dropped on close. */
    @Override
    public Optional<DevDatabase> openDevDatabase(Optional<Connection> target) {
        if (target.isEmpty()) return Optional.empty();
        try {
            return Optional.of(MySqlDevDatabase.open(target.get()));
        } catch (SQLException e) {
            throw new ConnectionException("cannot create a dev database on the target's server: " + e.getMessage()
                    + ": the user needs the CREATE and DROP privileges, or pass a dev database URL", e);
        }
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** TEXT holds only 64 KiB here; a large plan's statements need LONGTEXT. */
    @Override
    public String unboundedTextType() {
        return "LONGTEXT";
    }

    /** A named session lock ({@code GET_LOCK}), released by the server when the session ends. */
    @Override
    public Optional<SchemaLock> schemaLock() {
        return Optional.of(MySqlSchemaLock.INSTANCE);
    }

    @Override
    public String toString() {
        return "MySqlDialect[" + server + "]";
    }
}

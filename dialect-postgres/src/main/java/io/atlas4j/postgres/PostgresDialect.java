package io.atlas4j.postgres;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import io.atlas4j.postgres.internal.PgDevDatabase;
import io.atlas4j.postgres.internal.PgDiffHooks;
import io.atlas4j.postgres.internal.PgInspector;
import io.atlas4j.postgres.internal.PgPlanner;
import io.atlas4j.postgres.internal.PgTypes;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.ScriptSplitter;
import io.atlas4j.spi.TypeCodec;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL dialect (12 and later). {@link #create()} assumes the newest supported server;
 * {@link #forConnection} reads the server version once and tunes the catalog queries to it.
 * URLs: {@code postgres://user:pass@host:5432/db?search_path=app} (also {@code postgresql://}).
 */
public final class PostgresDialect implements Dialect {
    private static final int DEFAULT_VERSION = 150000;
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
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
    }

    @Override
    public Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        int v = md.getDatabaseMajorVersion() * 10000 + md.getDatabaseMinorVersion();
        return v == serverVersion ? this : new PostgresDialect(v);
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
    public ScriptSplitter splitter() {
        return ScriptSplitter.standard().withDollarQuotes().withBlocks();
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("postgres", "postgresql");
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url) {
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(url.host().orElse("localhost"));
        url.port().ifPresent(p -> jdbc.append(':').append(p));
        jdbc.append('/').append(url.path());
        Properties props = new Properties();
        url.user().ifPresent(u -> props.setProperty("user", u));
        url.password().ifPresent(p -> props.setProperty("password", p));
        for (Map.Entry<String, String> e : url.params().entrySet()) {
            String key = e.getKey().equals("search_path") ? "currentSchema" : e.getKey();
            props.setProperty(key, e.getValue());
        }
        return Optional.of(new JdbcTarget(jdbc.toString(), props));
    }

    /**
     * {@return a scratch database created on the target's server and dropped on close, when a
     * target connection is given} It connects with the target's URL and user name, so it needs a
     * server that lets that user in without the password (trust, peer, a ~/.pgpass entry) or a
     * {@code PGPASSWORD}-style driver setting; otherwise pass an explicit dev database.
     */
    @Override
    public Optional<DevDatabase> openDevDatabase(Optional<Connection> target) {
        return target.map(PgDevDatabase::create);
    }

    @Override
    public Optional<io.atlas4j.spi.SchemaLock> schemaLock() {
        return Optional.of(io.atlas4j.postgres.internal.PostgresSchemaLock.INSTANCE);
    }

    @Override
    public String toString() {
        return "PostgresDialect[" + serverVersion + "]";
    }
}

package io.atlas4j.spi;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database dialect: a small set of focused components. Found by {@link java.util.ServiceLoader}
 * or created explicitly ({@code SqliteDialect.create()}). Version and flavor are decided once, at
 * construction, never re-checked inside a component.
 */
public interface Dialect {
    /** {@return a short lower-case name, such as {@code "sqlite"} or {@code "postgres"}} */
    String name();

    /** {@return whether this dialect handles the database behind the metadata} */
    boolean accepts(DatabaseMetaData metaData) throws SQLException;

    /** {@return a dialect tuned to the server behind the connection (version, flavor); this one by default} */
    default Dialect forConnection(Connection connection) throws SQLException {
        return this;
    }

    Inspector inspector();

    DiffHooks diffHooks();

    Planner planner();

    TypeCodec types();

    /** {@return how this dialect's SQL scripts split into statements} */
    ScriptSplitter splitter();

    /** {@return the URL schemes this dialect understands, such as {@code "sqlite"}} */
    default java.util.List<String> urlSchemes() {
        return java.util.List.of();
    }

    /** {@return the JDBC URL and connection properties for an atlas4j URL of one of {@link #urlSchemes()}} */
    default Optional<JdbcTarget> jdbcTarget(DatabaseUrl url) {
        return Optional.empty();
    }

    /** {@return an identifier quoted for this dialect's SQL; ANSI double quotes by default} */
    default String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** {@return the column type for unbounded text in tables atlas4j keeps itself (the history table)} */
    default String unboundedTextType() {
        return "TEXT";
    }

    /** {@return what the executor does around a plan; nothing by default} */
    default ApplyHooks applyHooks() {
        return ApplyHooks.NONE;
    }

    /**
     * Opens a dev database to load desired SQL into: an embedded one (SQLite in memory) or a scratch
     * database on the target's server. Empty when this dialect needs an explicit dev URL.
     */
    default Optional<DevDatabase> openDevDatabase(Optional<Connection> target) {
        return Optional.empty();
    }

    /**
     * {@return the lock that serializes schema changes on this database (see {@link SchemaLock}); empty
     * when the dialect has none, in which case a start-up apply refuses to run unlocked unless asked to}
     */
    default Optional<SchemaLock> schemaLock() {
        return Optional.empty();
    }
}

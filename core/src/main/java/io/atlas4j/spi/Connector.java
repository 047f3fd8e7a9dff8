package io.atlas4j.spi;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The connection part of a dialect: its URL schemes, how they map to JDBC, and which databases it handles. */
public interface Connector {
    /** {@return the URL schemes this dialect understands, such as {@code "sqlite"}} */
    List<String> urlSchemes();

    /** {@return whether this dialect handles the database behind the metadata} */
    boolean accepts(DatabaseMetaData metaData) throws SQLException;

    /** {@return the URL parsed; {@code scheme://user:pass@host:port/path?k=v} by default} */
    default DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url);
    }

    /**
     * {@return the JDBC URL and connection properties for a URL of one of {@link #urlSchemes()}}
     *
     * @param access {@link Access#READ} when the database must already exist (inspect, diff, a dry run):
     *               a dialect whose driver would create it (an SQLite file) must refuse instead
     */
    Optional<JdbcTarget> jdbcTarget(DatabaseUrl url, Access access);

    /**
     * {@return the schemas a URL names: {@link Scope#SCHEMA} for one (the connection's current
     * schema), {@link Scope#DATABASE} for every schema of the database} One schema by default.
     */
    default Scope scope(DatabaseUrl url) {
        return Scope.SCHEMA;
    }

    /** What a connection is opened for. */
    enum Access {
        /** Reading: the database must exist, and opening it must not create it. */
        READ,
        /** Changing: a dialect may create the database (a new SQLite file). */
        WRITE
    }
}

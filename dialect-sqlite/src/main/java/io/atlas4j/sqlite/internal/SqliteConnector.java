package io.atlas4j.sqlite.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * SQLite URLs: {@code sqlite://path/to/file.db} or {@code sqlite://:memory:}. Reading a file that
 * does not exist is an error, never a new empty database: the driver would create one, and an
 * inspect or a dry run would then describe, and leave behind, an empty file.
 */
public final class SqliteConnector implements Connector {
    public static final SqliteConnector INSTANCE = new SqliteConnector();
    /** sqlite-jdbc's open_mode flag for read-write without create (SQLITE_OPEN_READWRITE). */
    private static final String READ_WRITE_NO_CREATE = "2";

    private SqliteConnector() {
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlite");
    }

    @Override
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        return "SQLite".equalsIgnoreCase(metaData.getDatabaseProductName());
    }

    /** The path is everything after {@code sqlite://}, relative to the working directory unless absolute. */
    @Override
    public DatabaseUrl parse(String url) {
        return DatabaseUrl.parseFile(url);
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url, Access access) {
        Properties props = new Properties();
        String path = url.path();
        if (access == Access.READ && !path.equals(":memory:") && !path.isEmpty()) {
            if (!Files.exists(Path.of(path))) {
                throw new InvalidInputException("SQLite database file \"" + path + "\" does not exist (" + Path.of(path).toAbsolutePath()
                        + "): check the path in \"" + url + "\"; only schema apply creates a new database file");
            }
            // Belt and braces: should the file vanish in between, the driver fails rather than creating it.
            props.setProperty("open_mode", READ_WRITE_NO_CREATE);
        }
        return Optional.of(new JdbcTarget("jdbc:sqlite:" + path, props));
    }
}

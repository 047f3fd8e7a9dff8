package io.atlas4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A fresh database for one migrate test: an SQLite file that does not exist yet, or a uniquely
 * named PostgreSQL or MariaDB database, dropped on close. Read with plain JDBC, independent of the
 * code under test. A server that is down skips the test locally and fails it under CI=true.
 */
final class MigrateTarget implements AutoCloseable {
    /** The database engines the migrate tests run on. */
    enum Kind { SQLITE, POSTGRES, MARIADB }

    private final Kind kind;
    private final Path sqliteFile;
    private final Servers.TestDb server;

    private MigrateTarget(Kind kind, Path sqliteFile, Servers.TestDb server) {
        this.kind = kind;
        this.sqliteFile = sqliteFile;
        this.server = server;
    }

    static MigrateTarget open(Kind kind, Path work) throws SQLException {
        return switch (kind) {
            case SQLITE -> new MigrateTarget(kind, work.resolve("app.db"), null);
            case POSTGRES -> new MigrateTarget(kind, null, Servers.postgres());
            case MARIADB -> new MigrateTarget(kind, null, Servers.mariadb());
        };
    }

    Kind kind() {
        return kind;
    }

    /** {@return whether a failed file's statements are rolled back (DDL in transactions)} */
    boolean transactionalDdl() {
        return kind != Kind.MARIADB;
    }

    /** {@return the atlas4j URL of the database} */
    String url() {
        return kind == Kind.SQLITE ? "sqlite://" + sqliteFile.toAbsolutePath() : server.url();
    }

    Connection connect() throws SQLException {
        return kind == Kind.SQLITE ? DriverManager.getConnection("jdbc:sqlite:" + sqliteFile.toAbsolutePath()) : server.connect();
    }

    /** {@return whether the SQLite file exists; always true on a server} */
    boolean exists() {
        return kind != Kind.SQLITE || Files.exists(sqliteFile);
    }

    /** {@return every table of the database (revision tables included), lower case, sorted; for other schemas {@code schema.table}} */
    List<String> tables() throws SQLException {
        if (!exists()) return List.of(); // never create an SQLite file just to look into it
        String sql = switch (kind) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            case POSTGRES -> "SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END"
                    + " FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1";
            case MARIADB -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1";
        };
        return rows(sql).stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList(); // sorted here: server collations differ
    }

    /** {@return the rows of a query, columns joined with {@code |}, NULL as {@code null}} */
    List<String> rows(String sql) throws SQLException {
        try (Connection c = connect()) {
            return Servers.strings(c, sql);
        }
    }

    void exec(String... sql) throws SQLException {
        try (Connection c = connect()) {
            Servers.exec(c, sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (server != null) server.close();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}

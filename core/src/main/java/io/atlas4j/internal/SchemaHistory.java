package io.atlas4j.internal;

import io.atlas4j.HistoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The history table: one row per apply. Its DDL is plain SQL that SQLite, PostgreSQL and
 * MySQL/MariaDB all accept; ids are assigned while the schema lock is held, so they need no
 * sequence. It is written only under the lock.
 */
public final class SchemaHistory {
    public static final String DEFAULT_TABLE = "atlas4j_schema_history";
    private static final String SEPARATOR = "\n;\n";

    private final String table;

    public SchemaHistory(String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new io.atlas4j.error.InvalidInputException("history table name \"" + table
                    + "\" must be a plain identifier (letters, digits, underscores)");
        }
        this.table = table;
    }

    public String table() {
        return table;
    }

    public void ensure(Connection c, String textType) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                    + "id BIGINT NOT NULL PRIMARY KEY, "
                    + "applied_at TIMESTAMP NOT NULL, "
                    + "fingerprint_before VARCHAR(64) NOT NULL, "
                    + "fingerprint_after VARCHAR(64) NOT NULL, "
                    + "statements " + textType + " NOT NULL, "
                    + "duration_ms BIGINT NOT NULL, "
                    + "success BOOLEAN NOT NULL, "
                    + "error " + textType + ")");
        }
    }

    public void record(Connection c, String before, String after, List<String> statements, Duration took,
                       boolean success, Optional<String> error) throws SQLException {
        long id;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            id = rs.getLong(1) + 1;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, applied_at, fingerprint_before,"
                + " fingerprint_after, statements, duration_ms, success, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setString(3, before);
            ps.setString(4, after);
            ps.setString(5, String.join(SEPARATOR, statements));
            ps.setLong(6, took.toMillis());
            ps.setBoolean(7, success);
            ps.setString(8, error.orElse(null));
            ps.executeUpdate();
        }
    }

    /** {@return whether the history table exists in the connection's current schema} */
    public boolean exists(Connection c) throws SQLException {
        var md = c.getMetaData();
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) return true;
            }
        }
        return false;
    }

    /** {@return every entry, oldest first; empty when nothing was ever applied} */
    public List<HistoryEntry> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        List<HistoryEntry> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, applied_at, fingerprint_before,"
                + " fingerprint_after, statements, duration_ms, success, error FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                String stmts = rs.getString(5);
                out.add(new HistoryEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        stmts.isEmpty() ? List.of() : Arrays.asList(stmts.split(SEPARATOR)), Duration.ofMillis(rs.getLong(6)),
                        rs.getBoolean(7), Optional.ofNullable(rs.getString(8))));
            }
        }
        return out;
    }
}

package io.atlas4j.migrate.internal;

import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flyway's {@code flyway_schema_history}, read and written as Flyway does, so a directory Flyway
 * started can be continued by atlas4j and then by Flyway again: rows carry Flyway's version
 * spelling, description, script name and checksum, and ranks continue Flyway's.
 */
public final class FlywayRevisions implements RevisionStore {
    public static final String TABLE = "flyway_schema_history";

    private final Tables table;

    public FlywayRevisions(Dialect dialect, Optional<String> schema) {
        this.table = new Tables(dialect, schema, TABLE);
    }

    @Override
    public String tableName() {
        return TABLE;
    }

    @Override
    public boolean exists(Connection c) throws SQLException {
        return table.exists(c);
    }

    @Override
    public void ensure(Connection c) throws SQLException {
        if (exists(c)) return;
        table.ensureSchema(c);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table.qualified() + " ("
                    + "installed_rank INT NOT NULL PRIMARY KEY, "
                    + "version VARCHAR(50), "
                    + "description VARCHAR(200) NOT NULL, "
                    + "type VARCHAR(20) NOT NULL, "
                    + "script VARCHAR(1000) NOT NULL, "
                    + "checksum INT, "
                    + "installed_by VARCHAR(100) NOT NULL, "
                    + "installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                    + "execution_time INT NOT NULL, "
                    + "success BOOLEAN NOT NULL)");
            st.execute("CREATE INDEX flyway_schema_history_s_idx ON " + table.qualified() + " (success)");
        }
    }

    /**
     * {@inheritDoc} One revision per version (the latest row), and per repeatable migration the
     * latest row, under an empty version; Flyway's schema-creation markers are left out.
     */
    @Override
    public List<Revision> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        Map<String, Revision> byKey = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, description, type, checksum,"
                + " installed_on, execution_time, success FROM " + table.qualified() + " ORDER BY installed_rank")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String description = rs.getString(2);
                String type = rs.getString(3);
                int checksum = rs.getInt(4);
                boolean noChecksum = rs.wasNull();
                Timestamp on = rs.getTimestamp(5);
                long millis = rs.getLong(6);
                boolean success = rs.getBoolean(7);
                String key = version == null ? "R:" + description : "V:" + version;
                switch (type) {
                    case "SCHEMA" -> { }
                    case "DELETE", "UNDO_SQL" -> byKey.remove(key);
                    default -> byKey.put(key, new Revision(version == null ? "" : version, description,
                            type.equals("BASELINE") ? Revision.BASELINE : Revision.EXECUTE, 0, 0,
                            on == null ? Instant.EPOCH : on.toInstant(), Duration.ofMillis(millis),
                            success ? Optional.empty() : Optional.of("Flyway recorded this migration as failed"),
                            Optional.empty(), noChecksum ? "" : Integer.toString(checksum), List.of(), "flyway"));
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public void write(Connection c, Revision r, MigrationFile file) throws SQLException {
        boolean repeatable = file.kind() == MigrationKind.REPEATABLE;
        if (!repeatable) remove(c, r.version());
        insert(c, repeatable ? null : r.version(), r.description(), file.kind() == MigrationKind.BASELINE ? "SQL_BASELINE" : "SQL",
                file.name(), FlywayChecksum.of(file.bytes()), r.executionTime(), r.error().isEmpty());
    }

    @Override
    public void writeBaseline(Connection c, Revision r) throws SQLException {
        remove(c, r.version());
        insert(c, r.version(), "<< Flyway Baseline >>", "BASELINE", "<< Flyway Baseline >>", null, Duration.ZERO, true);
    }

    @Override
    public void remove(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.qualified() + " WHERE version = ?")) {
            ps.setString(1, version);
            ps.executeUpdate();
        }
    }

    @Override
    public String hashOf(MigrationFile file) {
        return Integer.toString(FlywayChecksum.of(file.bytes()));
    }

    /** {@return Flyway's spelling of a file's version: {@code 1_2} is {@code 1.2}} */
    @Override
    public String versionOf(MigrationFile file) {
        return file.version().replace('_', '.');
    }

    /** {@return Flyway's description of a file: its name's description with underscores as spaces} */
    @Override
    public String descriptionOf(MigrationFile file) {
        return file.description().replace('_', ' ');
    }

    private void insert(Connection c, String version, String description, String type, String script, Integer checksum,
                        Duration took, boolean success) throws SQLException {
        int rank;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(installed_rank) FROM " + table.qualified())) {
            rs.next();
            rank = rs.getInt(1) + 1;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table.qualified() + " (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, rank);
            ps.setString(2, version);
            ps.setString(3, description);
            ps.setString(4, type);
            ps.setString(5, script);
            if (checksum == null) ps.setNull(6, Types.INTEGER);
            else ps.setInt(6, checksum);
            ps.setString(7, user(c));
            // installed_on takes the column's default: each database (and Flyway's reader) agrees on its own spelling of now.
            ps.setInt(8, (int) Math.min(Integer.MAX_VALUE, took.toMillis()));
            ps.setBoolean(9, success);
            ps.executeUpdate();
        }
    }

    private static String user(Connection c) {
        try {
            String u = c.getMetaData().getUserName();
            if (u == null || u.isBlank()) return "atlas4j";
            int at = u.indexOf('@');
            return at > 0 ? u.substring(0, at) : u;
        } catch (SQLException e) {
            return "atlas4j";
        }
    }
}

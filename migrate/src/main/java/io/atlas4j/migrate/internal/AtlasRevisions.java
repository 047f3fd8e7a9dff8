package io.atlas4j.migrate.internal;

import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Atlas's revision table, {@code atlas_schema_revisions}, with Atlas's columns. Types are ones every
 * supported database accepts; {@code partial_hashes} is a JSON array kept as text.
 */
public final class AtlasRevisions implements RevisionStore {
    public static final String TABLE = "atlas_schema_revisions";

    private final Dialect dialect;
    private final Tables table;

    public AtlasRevisions(Dialect dialect, Optional<String> schema) {
        this.dialect = dialect;
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
        String text = dialect.execution().unboundedTextType();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table.qualified() + " ("
                    + "version VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(255) NOT NULL, "
                    + "type BIGINT NOT NULL DEFAULT 2, "
                    + "applied BIGINT NOT NULL DEFAULT 0, "
                    + "total BIGINT NOT NULL DEFAULT 0, "
                    + "executed_at TIMESTAMP NOT NULL, "
                    + "execution_time BIGINT NOT NULL, "
                    + "error " + text + " NULL, "
                    + "error_stmt " + text + " NULL, "
                    + "hash VARCHAR(255) NOT NULL, "
                    + "partial_hashes " + text + " NULL, "
                    + "operator_version VARCHAR(255) NOT NULL)");
        }
    }

    @Override
    public List<Revision> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        List<Revision> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, description, type, applied, total,"
                + " executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version FROM " + table.qualified())) {
            while (rs.next()) {
                out.add(new Revision(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), Duration.ofNanos(rs.getLong(7)), Optional.ofNullable(rs.getString(8)),
                        Optional.ofNullable(rs.getString(9)), rs.getString(10), JsonStrings.parse(rs.getString(11)), rs.getString(12)));
            }
        }
        return out;
    }

    @Override
    public void write(Connection c, Revision r, MigrationFile file) throws SQLException {
        upsert(c, r);
    }

    @Override
    public void writeBaseline(Connection c, Revision r) throws SQLException {
        upsert(c, r);
    }

    @Override
    public void remove(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table.qualified() + " WHERE version = ?")) {
            ps.setString(1, version);
            ps.executeUpdate();
        }
    }

    @Override
    public String versionOf(MigrationFile file) {
        return file.version();
    }

    @Override
    public String descriptionOf(MigrationFile file) {
        return file.description();
    }

    @Override
    public String hashOf(MigrationFile file) {
        return Hashes.of(file.bytes());
    }

    private void upsert(Connection c, Revision r) throws SQLException {
        remove(c, r.version());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table.qualified() + " (version, description, type, applied,"
                + " total, executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.version());
            ps.setString(2, r.description());
            ps.setInt(3, r.type());
            ps.setInt(4, r.applied());
            ps.setInt(5, r.total());
            ps.setTimestamp(6, Timestamp.from(r.executedAt()));
            ps.setLong(7, r.executionTime().toNanos());
            ps.setString(8, r.error().orElse(null));
            ps.setString(9, r.errorStatement().orElse(null));
            ps.setString(10, r.hash());
            ps.setString(11, r.partialHashes().isEmpty() ? null : JsonStrings.format(r.partialHashes()));
            ps.setString(12, r.operatorVersion());
            ps.executeUpdate();
        }
    }
}

package io.atlas4j.migrate.internal;

import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.dir.MigrationFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a database records which migration files ran: Atlas's {@code atlas_schema_revisions}, or
 * Flyway's {@code flyway_schema_history} for a Flyway directory (so Flyway and atlas4j can take
 * turns on one database). Written only under the schema lock.
 */
public sealed interface RevisionStore permits AtlasRevisions, FlywayRevisions {
    /** {@return the table's unqualified name, to leave out of inspections} */
    String tableName();

    boolean exists(Connection c) throws SQLException;

    /** Creates the table when it is missing. */
    void ensure(Connection c) throws SQLException;

    /** {@return the recorded revisions, oldest first; empty when the table does not exist} */
    List<Revision> read(Connection c) throws SQLException;

    /** Records (or replaces) the revision of {@code file}. */
    void write(Connection c, Revision revision, MigrationFile file) throws SQLException;

    /** Records a baseline at {@code version}: files up to it count as applied. */
    void writeBaseline(Connection c, Revision revision) throws SQLException;

    /** Removes the revision of {@code version}. */
    void remove(Connection c, String version) throws SQLException;

    /** {@return the version this store records a file under} */
    String versionOf(MigrationFile file);

    /** {@return the description this store records for a file} */
    String descriptionOf(MigrationFile file);

    /** {@return the hash this store records for a file, to tell whether an applied file changed since} */
    String hashOf(MigrationFile file);
}

package io.atlas4j.migrate;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.internal.ClasspathDirectory;
import io.atlas4j.migrate.internal.MigrationRunner;
import io.atlas4j.script.TxMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A migration directory to run against databases: {@code migrate apply} and {@code migrate status}
 * as Java calls, for start-up code and tests. Immutable; every wither returns a copy.
 *
 * <pre>{@code
 * MigrateResult r = Migrations.fromClasspath("db/migration", DirectoryFormat.FLYWAY).apply(dataSource);
 * log.info("database at version {}", r.to().orElse("(none)"));
 * }</pre>
 *
 * Before anything touches the database the directory is checked: against its {@code atlas.sum}
 * (required for the atlas format, checked for the others when present), and for files out of
 * order, changed after they ran, or missing. Files run under the same schema lock as a start-up
 * apply, so replicas starting at once run each file once.
 */
public final class Migrations {
    private final MigrationDirectory directory;
    private final TxMode txMode;
    private final Optional<String> baseline;
    private final boolean allowDirty;
    private final Duration lockTimeout;
    private final Optional<String> revisionsSchema;
    private final MigrationListener listener;

    private Migrations(MigrationDirectory directory, TxMode txMode, Optional<String> baseline, boolean allowDirty,
                       Duration lockTimeout, Optional<String> revisionsSchema, MigrationListener listener) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.txMode = Objects.requireNonNull(txMode, "txMode");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.allowDirty = allowDirty;
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
        this.revisionsSchema = Objects.requireNonNull(revisionsSchema, "revisionsSchema");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** {@return the directory, run file by file in transactions, waiting up to five minutes for the schema lock} */
    public static Migrations of(MigrationDirectory directory) {
        return new Migrations(directory, TxMode.FILE, Optional.empty(), false, Duration.ofMinutes(5), Optional.empty(), MigrationListener.NONE);
    }

    /** {@return the directory at {@code dir} read in {@code format}} */
    public static Migrations of(Path dir, DirectoryFormat format) {
        return of(MigrationDirectory.open(dir, format));
    }

    /**
     * {@return the directory at a class-path location ({@code db/migration}), from a folder or a jar}
     * Read with this class's class loader.
     */
    public static Migrations fromClasspath(String location, DirectoryFormat format) {
        return of(ClasspathDirectory.read(location, format, Migrations.class.getClassLoader()));
    }

    /** {@return the directory at a class-path location, read with {@code loader}} */
    public static Migrations fromClasspath(String location, DirectoryFormat format, ClassLoader loader) {
        return of(ClasspathDirectory.read(location, format, loader));
    }

    public MigrationDirectory directory() {
        return directory;
    }

    /** {@return a copy running files in {@code mode}} */
    public Migrations txMode(TxMode mode) {
        return new Migrations(directory, mode, baseline, allowDirty, lockTimeout, revisionsSchema, listener);
    }

    /**
     * {@return a copy that, on a database with no revisions yet, records {@code version} as its
     * baseline: that file and those before it count as applied and do not run}
     */
    public Migrations baseline(String version) {
        return new Migrations(directory, txMode, Optional.of(version), allowDirty, lockTimeout, revisionsSchema, listener);
    }

    /** {@return a copy that runs the files on a database holding tables but no revisions} */
    public Migrations allowDirty(boolean allow) {
        return new Migrations(directory, txMode, baseline, allow, lockTimeout, revisionsSchema, listener);
    }

    /** {@return a copy that waits at most {@code timeout} for the schema lock} */
    public Migrations lockTimeout(Duration timeout) {
        return new Migrations(directory, txMode, baseline, allowDirty, timeout, revisionsSchema, listener);
    }

    /** {@return a copy that keeps the revision table in {@code schema} instead of the connection's own} */
    public Migrations revisionsSchema(String schema) {
        return new Migrations(directory, txMode, baseline, allowDirty, lockTimeout, Optional.of(schema), listener);
    }

    /** {@return a copy that tells {@code listener} about each statement and file as it runs (progress output)} */
    public Migrations listener(MigrationListener listener) {
        return new Migrations(directory, txMode, baseline, allowDirty, lockTimeout, revisionsSchema, listener);
    }

    /** Applies every pending file. */
    public MigrateResult apply(DataSource dataSource) {
        return apply(dataSource, 0);
    }

    /** Applies the next {@code count} pending files ({@code 0}: all). */
    public MigrateResult apply(DataSource dataSource, int count) {
        try (Connection c = dataSource.getConnection()) {
            return apply(c, count);
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to apply " + directory.source() + ": " + e.getMessage(), e);
        }
    }

    /** Applies the next {@code count} pending files ({@code 0}: all) on a connection in auto-commit mode. */
    public MigrateResult apply(Connection connection, int count) {
        checkDirectory();
        return runner().apply(connection, count, false);
    }

    /** {@return the files that would run and their statements, running nothing} */
    public MigrateResult dryRun(Connection connection, int count) {
        checkDirectory();
        return runner().apply(connection, count, true);
    }

    /** {@return where the database stands against the directory} */
    public MigrationStatus status(Connection connection) {
        checkDirectory();
        return runner().status(connection);
    }

    /** {@return where the database stands against the directory} */
    public MigrationStatus status(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return status(c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to read the status of " + directory.source() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reverts the last {@code count} applied files ({@code migrate down}): the schema is planned back
     * to the directory's earlier state, replayed on {@code replay}'s dev database, and the reverted
     * files' revisions are removed. Destructive steps (dropping a table a file created, with its
     * rows) are refused unless {@code allowDestructive}.
     */
    public DownResult down(Connection connection, int count, Replay replay, boolean allowDestructive) {
        checkDirectory();
        return runner().down(connection, count, replay, allowDestructive, false);
    }

    /** {@return what {@link #down} would run, running nothing} */
    public DownResult downDryRun(Connection connection, int count, Replay replay) {
        checkDirectory();
        return runner().down(connection, count, replay, true, true);
    }

    /** Marks the files up to {@code version} applied and forgets later ones, running nothing ({@code migrate set}). */
    public void set(Connection connection, String version) {
        checkDirectory();
        runner().set(connection, version);
    }

    /**
     * Checks the directory's integrity without a database: {@code atlas.sum} (which the atlas format
     * requires) and the files' names and contents.
     *
     * @throws io.atlas4j.migrate.dir.MigrationDirectoryException naming each changed, added or removed file
     */
    public void checkDirectory() {
        if (directory.format() == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
    }

    private MigrationRunner runner() {
        return new MigrationRunner(directory, new MigrationRunner.Settings(txMode, baseline, allowDirty, lockTimeout, revisionsSchema, listener));
    }
}

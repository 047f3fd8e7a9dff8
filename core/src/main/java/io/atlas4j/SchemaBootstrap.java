package io.atlas4j;

import io.atlas4j.error.ConflictException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.internal.BootstrapRun;
import io.atlas4j.internal.SchemaHistory;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Brings a database to the desired schema at application start-up, safely when many replicas
 * start at once.
 *
 * <pre>{@code
 * BootstrapResult r = SchemaBootstrap.of(dataSource)
 *         .desired(Path.of("schema.sql"))
 *         .policy(Policy.defaults().neverDrop("users"))
 *         .timeout(Duration.ofMinutes(2))
 *         .run();
 * }</pre>
 *
 * A run inspects the database and returns at once when it already matches. Otherwise it takes
 * the dialect's {@link io.atlas4j.spi.SchemaLock} (a session-level lock: a replica that dies
 * releases it with its session), inspects again under the lock (another replica may have applied
 * meanwhile), and when there is still something to do it lints, checks the {@link Policy}, plans,
 * applies and records the apply in the history table ({@value SchemaHistory#DEFAULT_TABLE}),
 * which inspection leaves out. Immutable: each setter returns a new bootstrap.
 *
 * <p>Connections: the run sets auto-commit on its connection while it works (restoring it after),
 * so a waiting replica never holds a transaction open. Dialects with a session lock (PostgreSQL,
 * MySQL) hold the lock on a second connection, so a pool must allow two per run.
 */
public final class SchemaBootstrap {
    private final DataSource dataSource;
    private final Optional<DesiredSchema> desired;
    private final Optional<Path> source;
    private final Optional<Dialect> dialect;
    private final Policy policy;
    private final PlanOptions planOptions;
    private final Linter linter;
    private final LintConfig lintConfig;
    private final Optional<Severity> lintFailOn;
    private final Duration timeout;
    private final String historyTable;
    private final boolean unlocked;

    private SchemaBootstrap(DataSource dataSource, Optional<DesiredSchema> desired, Optional<Path> source,
                            Optional<Dialect> dialect, Policy policy, PlanOptions planOptions, Linter linter,
                            LintConfig lintConfig, Optional<Severity> lintFailOn, Duration timeout, String historyTable,
                            boolean unlocked) {
        this.dataSource = dataSource;
        this.desired = desired;
        this.source = source;
        this.dialect = dialect;
        this.policy = policy;
        this.planOptions = planOptions;
        this.linter = linter;
        this.lintConfig = lintConfig;
        this.lintFailOn = lintFailOn;
        this.timeout = timeout;
        this.historyTable = historyTable;
        this.unlocked = unlocked;
    }

    /** {@return a bootstrap of the database behind {@code dataSource}: default policy, 5 minute lock timeout} */
    public static SchemaBootstrap of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new SchemaBootstrap(dataSource, Optional.empty(), Optional.empty(), Optional.empty(), Policy.defaults(),
                PlanOptions.defaults(), Linter.defaults(), LintConfig.defaults(), Optional.empty(), Duration.ofMinutes(5),
                SchemaHistory.DEFAULT_TABLE, false);
    }

    /**
     * {@return a bootstrap of the database at an atlas4j URL ({@code postgres://…}, {@code sqlite://…}) or a
     * {@code jdbc:} URL; each connection is opened anew, as a command-line apply does}
     */
    public static SchemaBootstrap of(String url) {
        return of(new io.atlas4j.internal.UrlConnections(url));
    }

    public SchemaBootstrap desired(Schema schema) {
        return desired(DesiredSchema.of(schema));
    }

    /** The desired schema with its rename hints. */
    public SchemaBootstrap desired(DesiredSchema schema) {
        return new SchemaBootstrap(dataSource, Optional.of(schema), Optional.empty(), dialect, policy, planOptions, linter,
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    /** Desired SQL (a file or a directory of .sql files), loaded through a dev database, with its {@code atlas:renamed-from} hints. */
    public SchemaBootstrap desired(Path sql) {
        return new SchemaBootstrap(dataSource, Optional.empty(), Optional.of(sql), dialect, policy, planOptions, linter,
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    /** Uses this dialect instead of the one discovered from the connection. */
    public SchemaBootstrap dialect(Dialect dialect) {
        return new SchemaBootstrap(dataSource, desired, source, Optional.of(dialect), policy, planOptions, linter,
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    public SchemaBootstrap policy(Policy policy) {
        return new SchemaBootstrap(dataSource, desired, source, dialect, Objects.requireNonNull(policy), planOptions, linter,
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    public SchemaBootstrap planOptions(PlanOptions options) {
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, Objects.requireNonNull(options), linter,
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    /** Lints every plan with {@code config}; a finding at {@code failOn} or above refuses the apply. */
    public SchemaBootstrap lint(LintConfig config, Severity failOn) {
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, planOptions, linter,
                Objects.requireNonNull(config), Optional.of(failOn), timeout, historyTable, unlocked);
    }

    public SchemaBootstrap linter(Linter linter) {
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, planOptions, Objects.requireNonNull(linter),
                lintConfig, lintFailOn, timeout, historyTable, unlocked);
    }

    /** How long to wait for the schema lock before giving up with a {@link ConflictException}. */
    public SchemaBootstrap timeout(Duration timeout) {
        if (timeout.isNegative()) throw new InvalidInputException("negative lock timeout " + timeout);
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, planOptions, linter, lintConfig,
                lintFailOn, timeout, historyTable, unlocked);
    }

    public SchemaBootstrap historyTable(String table) {
        new SchemaHistory(table);
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, planOptions, linter, lintConfig,
                lintFailOn, timeout, table, unlocked);
    }

    /**
     * Runs without a schema lock, for dialects that have none. Only safe when a single process
     * applies; concurrent runs may then both apply.
     */
    public SchemaBootstrap withoutLock() {
        return new SchemaBootstrap(dataSource, desired, source, dialect, policy, planOptions, linter, lintConfig,
                lintFailOn, timeout, historyTable, true);
    }

    /** Brings the database to the desired schema; see the class comment. */
    public BootstrapResult run() {
        return runner().run(Optional.empty());
    }

    /**
     * Plans without a lock and without changing anything: the plan, its lint and rename suggestions,
     * bound to the fingerprint of the schema it was computed from. Review it, then
     * {@link #apply(ApprovedPlan)} it.
     */
    public ApprovedPlan plan() {
        return runner().plan();
    }

    /**
     * Applies a reviewed plan under the lock, after checking the database still has the schema the
     * plan was computed from.
     *
     * @throws ConflictException when the schema changed since (nothing is applied)
     */
    public BootstrapResult apply(ApprovedPlan approved) {
        return runner().run(Optional.of(approved));
    }

    /** {@return the history table's entries, oldest first} */
    public List<HistoryEntry> history() {
        try (var c = dataSource.getConnection()) {
            return new SchemaHistory(historyTable).read(c);
        } catch (java.sql.SQLException e) {
            throw new ConnectionException("cannot read " + historyTable + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the key under which the schema lock of the connection's database and schema is taken}
     * Other tools that change the schema (the CLI's {@code schema apply}) take the same lock with it.
     */
    public static String lockName(java.sql.Connection connection) {
        return BootstrapRun.lockName(connection);
    }

    private BootstrapRun runner() {
        if (desired.isEmpty() && source.isEmpty()) {
            throw new InvalidInputException("no desired schema: call desired(Schema | DesiredSchema | Path) before run()");
        }
        return new BootstrapRun(new BootstrapRun.Settings(dataSource, desired, source, dialect, policy, planOptions,
                linter, lintConfig, lintFailOn, timeout, new SchemaHistory(historyTable), unlocked));
    }
}

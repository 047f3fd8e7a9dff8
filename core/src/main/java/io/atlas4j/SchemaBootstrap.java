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
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    private final BootstrapRun.Settings settings;

    private SchemaBootstrap(BootstrapRun.Settings settings) {
        this.settings = settings;
    }

    /** {@return a bootstrap of the database behind {@code dataSource}: default policy, 5 minute lock timeout} */
    public static SchemaBootstrap of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new SchemaBootstrap(new BootstrapRun.Settings(dataSource, Optional.empty(), Scope.SCHEMA, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Policy.defaults(), PlanOptions.defaults(), Linter.defaults(), LintConfig.defaults(),
                Optional.empty(), Duration.ofMinutes(5), new SchemaHistory(SchemaHistory.DEFAULT_TABLE), false, Map.of(), ApplyListener.NONE));
    }

    /**
     * {@return a bootstrap of the database at an atlas4j URL ({@code postgres://…}, {@code sqlite://…}) or a
     * {@code jdbc:} URL; each connection is opened anew, as a command-line apply does} A scratch dev
     * database on the same server is opened with the URL's credentials.
     */
    public static SchemaBootstrap of(String url) {
        return of(url, Connector.Access.WRITE);
    }

    /**
     * {@return a bootstrap of the database at a URL, opened for {@code access}} With
     * {@link Connector.Access#READ} a database that does not exist is an error and is never created
     * (an SQLite file), for runs that only plan.
     */
    public static SchemaBootstrap of(String url, Connector.Access access) {
        JdbcTarget target = Dialects.jdbcTarget(url, access);
        SchemaBootstrap b = of(new io.atlas4j.internal.UrlDataSource(url, target));
        return new SchemaBootstrap(b.settings.withAccess(Optional.of(target)).withScope(Dialects.scope(url)));
    }

    /**
     * {@return a bootstrap over this scope} {@link Scope#SCHEMA} (the default for a DataSource) compares
     * the connection's current schema; {@link Scope#DATABASE} every user schema of the database, creating
     * and dropping schemas as the desired SQL says. A URL chooses by itself: a PostgreSQL URL without
     * {@code search_path} names the whole database.
     */
    public SchemaBootstrap scope(Scope scope) {
        return new SchemaBootstrap(settings.withScope(Objects.requireNonNull(scope)));
    }

    public SchemaBootstrap desired(Schema schema) {
        return desired(DesiredSchema.of(schema));
    }

    /** The desired schema with its rename hints. */
    public SchemaBootstrap desired(DesiredSchema schema) {
        return new SchemaBootstrap(settings.withDesired(Optional.of(schema), Optional.empty()));
    }

    /**
     * Desired SQL (a file or a directory of .sql files), loaded through a dev database, with its
     * {@code atlas:renamed-from} hints: the one given to {@link #devDatabase}, else the dialect's
     * embedded one (SQLite), else a scratch database on the target's server. A {@code .hcl} file or
     * folder is read as Atlas HCL when atlas4j-hcl is on the class path.
     */
    public SchemaBootstrap desired(Path sql) {
        return desired(SchemaSources.url(sql));
    }

    /**
     * The desired schema a source URL names, loaded as {@link #desired(Path)} loads SQL: {@code file://path},
     * {@code ext://program arg ...} (a program printing the DDL), or a scheme of a {@link io.atlas4j.spi.SchemaSource}
     * on the class path such as {@code jpa://com.example.model} (module atlas4j-jpa). See {@link SchemaSources}.
     */
    public SchemaBootstrap desired(String source) {
        Objects.requireNonNull(source, "source");
        return new SchemaBootstrap(settings.withDesired(Optional.empty(), Optional.of(SchemaSources.requireDdl(source))));
    }

    /** Values for the input variables of a desired schema that has them (HCL's {@code variable} blocks, {@code var.x}). */
    public SchemaBootstrap variables(Map<String, String> variables) {
        return new SchemaBootstrap(settings.withVariables(variables));
    }

    /** Hears each statement as the apply runs (progress output). */
    public SchemaBootstrap listener(ApplyListener listener) {
        return new SchemaBootstrap(settings.withListener(Objects.requireNonNull(listener)));
    }

    /**
     * An empty database to load desired SQL into. It is locked while in use, so replicas sharing it take
     * turns, and left exactly as it was found.
     */
    public SchemaBootstrap devDatabase(DataSource dev) {
        return new SchemaBootstrap(settings.withDevDatabase(Optional.of(dev)));
    }

    /** Uses this dialect instead of the one discovered from the connection. */
    public SchemaBootstrap dialect(Dialect dialect) {
        return new SchemaBootstrap(settings.withDialect(Optional.of(dialect)));
    }

    public SchemaBootstrap policy(Policy policy) {
        return new SchemaBootstrap(settings.withPolicy(Objects.requireNonNull(policy)));
    }

    public SchemaBootstrap planOptions(PlanOptions options) {
        return new SchemaBootstrap(settings.withPlanOptions(Objects.requireNonNull(options)));
    }

    /** Lints every plan with {@code config}; a finding at {@code failOn} or above refuses the apply. */
    public SchemaBootstrap lint(LintConfig config, Severity failOn) {
        return new SchemaBootstrap(settings.withLint(Objects.requireNonNull(config), Optional.of(failOn)));
    }

    public SchemaBootstrap linter(Linter linter) {
        return new SchemaBootstrap(settings.withLinter(Objects.requireNonNull(linter)));
    }

    /** How long to wait for the schema lock before giving up with a {@link ConflictException}. */
    public SchemaBootstrap timeout(Duration timeout) {
        if (timeout.isNegative()) throw new InvalidInputException("negative lock timeout " + timeout);
        return new SchemaBootstrap(settings.withTimeout(timeout));
    }

    public SchemaBootstrap historyTable(String table) {
        return new SchemaBootstrap(settings.withHistory(new SchemaHistory(table)));
    }

    /**
     * Runs without a schema lock, for dialects that have none. Only safe when a single process
     * applies; concurrent runs may then both apply.
     */
    public SchemaBootstrap withoutLock() {
        return new SchemaBootstrap(settings.withUnlocked(true));
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
     * plan was computed from. When it changed meanwhile but now matches the desired schema (another
     * process applied the same change), nothing is applied and the result says the schema is up to date.
     *
     * @throws ConflictException when the schema changed otherwise (nothing is applied)
     */
    public BootstrapResult apply(ApprovedPlan approved) {
        return runner().run(Optional.of(approved));
    }

    /** {@return the history table's entries, oldest first} */
    public List<HistoryEntry> history() {
        try (var c = settings.dataSource().getConnection()) {
            return settings.history().read(c);
        } catch (java.sql.SQLException e) {
            throw new ConnectionException("cannot read " + settings.history().table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the key under which the schema lock of the connection's database and schema is taken}
     * Other tools that change the schema (the CLI's {@code schema apply}, {@link Atlas#apply}) take the same lock with it.
     */
    public static String lockName(java.sql.Connection connection) {
        return io.atlas4j.internal.Locks.name(connection);
    }

    private BootstrapRun runner() {
        if (settings.desired().isEmpty() && settings.source().isEmpty()) {
            throw new InvalidInputException("no desired schema: call desired(Schema | DesiredSchema | Path | String) before run()");
        }
        return new BootstrapRun(settings);
    }
}

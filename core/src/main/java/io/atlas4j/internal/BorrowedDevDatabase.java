package io.atlas4j.internal;

import io.atlas4j.ApplyOptions;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dev database the user named ({@code --dev-url}), borrowed for one load. It is locked first, so
 * processes sharing it take turns; it must be empty; and it is left exactly as it was found. Where
 * DDL is transactional (PostgreSQL, SQLite) the load runs in a transaction that is rolled back, so
 * nothing it did survives, not even a changed comment on {@code public}; elsewhere (MySQL) what the
 * load created is dropped again.
 */
public final class BorrowedDevDatabase implements DevDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(BorrowedDevDatabase.class);
    static final Duration LOCK_TIMEOUT = Duration.ofMinutes(5);

    private final Dialect dialect;
    private final Connection connection;
    private final String shown;
    private final Scope scope;
    private final Optional<SchemaLock.Held> held;
    private final boolean inTransaction;
    private final boolean autoCommit;
    private final Realm initial;

    private BorrowedDevDatabase(Dialect dialect, Connection connection, String shown, Scope scope, Optional<SchemaLock.Held> held,
                                boolean inTransaction, boolean autoCommit, Realm initial) {
        this.dialect = dialect;
        this.connection = connection;
        this.shown = shown;
        this.scope = scope;
        this.held = held;
        this.inTransaction = inTransaction;
        this.autoCommit = autoCommit;
        this.initial = initial;
    }

    /**
     * Locks the dev database, checks it is empty and opens the transaction the load runs in.
     *
     * @param shown the dev database as the user named it, for messages
     */
    public static BorrowedDevDatabase borrow(Dialect dialect, Connection connection, String shown, Scope scope) {
        return borrow(dialect, connection, shown, scope, true);
    }

    /**
     * {@return whether a load may run outside a transaction and be emptied by plan afterwards} True
     * where the load otherwise runs in a transaction of its own (PostgreSQL), not where the lock is
     * the transaction (SQLite).
     */
    public static boolean canLoadOutsideTransaction(Dialect dialect) {
        Optional<SchemaLock> lock = dialect.execution().schemaLock();
        return dialect.execution().transactionalDdl() && !(lock.isPresent() && lock.get().scope() == SchemaLock.Scope.TRANSACTION);
    }

    /**
     * Borrows the dev database; with {@code inTransaction} false the load runs in auto-commit and what
     * it created is dropped again afterwards, for SQL that cannot run in one transaction (PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}, or a new enum label used after {@code ALTER TYPE ... ADD VALUE}).
     */
    public static BorrowedDevDatabase borrow(Dialect dialect, Connection connection, String shown, Scope scope, boolean inTransaction) {
        Optional<SchemaLock> lock = dialect.execution().schemaLock();
        Optional<SchemaLock.Held> held = Optional.empty();
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            if (lock.isPresent()) {
                connection.setAutoCommit(true);
                held = Optional.of(lock.get().acquire(connection, Locks.devName(connection), LOCK_TIMEOUT));
            }
            boolean transactional = dialect.execution().transactionalDdl() && (inTransaction || !canLoadOutsideTransaction(dialect));
            boolean lockIsTransaction = lock.isPresent() && lock.get().scope() == SchemaLock.Scope.TRANSACTION;
            if (transactional && !lockIsTransaction) connection.setAutoCommit(false);
            Realm initial = Inspection.scope(dialect, connection, scope, Optional.empty(), List.of());
            if (!Inspection.isEmpty(initial)) {
                throw new InvalidInputException("dev database " + shown + " is not empty (" + Inspection.sample(initial)
                        + "): give an empty database; atlas4j uses it as scratch space to load desired SQL into, and leaves it as it found it");
            }
            return new BorrowedDevDatabase(dialect, connection, shown, scope, held, transactional, autoCommit, initial);
        } catch (SQLException | RuntimeException e) {
            release(connection, held, autoCommit, false);
            if (e instanceof ConflictException c) {
                throw new ConflictException("dev database " + shown + " stayed busy: " + c.getMessage());
            }
            if (e instanceof RuntimeException r) throw r;
            throw new ConnectionException("cannot prepare dev database " + shown + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /** Rolls the load back (or drops what it created), then lets the next process in. */
    @Override
    public void close() {
        try {
            if (!inTransaction) clean();
        } finally {
            release(connection, held, autoCommit, inTransaction);
        }
    }

    /** Drops what the load created, for dialects whose DDL cannot be rolled back. */
    private void clean() {
        Realm now = Inspection.scope(dialect, connection, scope, Optional.empty(), List.of());
        if (Inspection.isEmpty(now) && now.schemas().size() == initial.schemas().size()) return;
        List<io.atlas4j.change.Change> drops = scope == Scope.SCHEMA
                ? Differ.diff(now.schemas().get(0), Schema.empty(now.schemas().get(0).name()), dialect.diffHooks(), DiffOptions.defaults())
                : Differ.diff(now, initial, dialect.diffHooks(), DiffOptions.defaults());
        Plan plan = dialect.planner().plan(drops, PlanOptions.defaults().withQualifySchema(scope == Scope.DATABASE));
        Executor.apply(connection, dialect, plan, ApplyOptions.defaults().withAllowDestructive(true));
        LOG.debug("dev database {} emptied again: {} statement(s)", shown, plan.statements().size());
    }

    private static void release(Connection c, Optional<SchemaLock.Held> held, boolean autoCommit, boolean rollback) {
        try {
            if (rollback && !c.getAutoCommit()) c.rollback();
        } catch (SQLException e) {
            LOG.warn("could not roll the dev database back: {}", e.getMessage());
        }
        try {
            // A transaction lock (SQLite) is the open transaction itself: releasing it without commit rolls back.
            if (held.isPresent()) held.get().release(false);
        } catch (SQLException e) {
            LOG.warn("could not release the dev database lock: {}", e.getMessage());
        }
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.warn("could not restore auto-commit on the dev database: {}", e.getMessage());
        }
    }
}

package io.atlas4j.internal;

import io.atlas4j.ApplyListener;
import io.atlas4j.ApplyOptions;
import io.atlas4j.ApplyResult;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a plan. Runs of transactional statements share one transaction; a statement that
 * cannot run in a transaction runs on its own. On failure the error names the failed statement
 * and lists exactly which statements took effect.
 */
public final class Executor {
    private static final Logger LOG = LoggerFactory.getLogger(Executor.class);

    private Executor() {
    }

    /** Runs a plan without any lock or check; the caller serializes schema changes. */
    public static ApplyResult apply(Connection c, Dialect dialect, Plan plan, ApplyOptions options) {
        long start = System.nanoTime();
        if (!options.allowDestructive()) {
            List<String> destructive = plan.destructive().stream().map(Statement::sql).toList();
            if (!destructive.isEmpty()) throw new DestructiveChangeException(destructive);
        }
        if (options.dryRun() || plan.isEmpty()) {
            return new ApplyResult(List.of(), options.dryRun(), Duration.ofNanos(System.nanoTime() - start));
        }
        ApplyHooks hooks = dialect.execution().applyHooks();
        Progress progress = new Progress(options.listener(), plan.statements().size(), start);
        List<Statement> applied = new ArrayList<>();
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            hooks.beforeApply(c);
            List<Statement> all = plan.statements();
            int i = 0;
            while (i < all.size()) {
                if (plan.transactional() && all.get(i).transactional()) {
                    int j = i;
                    while (j < all.size() && all.get(j).transactional()) j++;
                    runInTransaction(c, hooks, all, i, j, applied, progress);
                    i = j;
                } else {
                    c.setAutoCommit(true);
                    run(c, all, i, applied, progress);
                    applied.add(all.get(i));
                    i++;
                }
            }
        } catch (SQLException e) {
            throw new ApplyException("apply failed: " + e.getMessage(), texts(applied), -1, "", e);
        } finally {
            try {
                c.setAutoCommit(autoCommit);
                hooks.afterApply(c);
            } catch (SQLException e) {
                LOG.warn("could not restore connection state after apply: {}", e.getMessage());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("applied {} statement(s) in {} ms", applied.size(), took.toMillis());
        return new ApplyResult(applied, false, took);
    }

    /**
     * Runs every statement on a connection whose transaction the caller opened and will end (SQLite's
     * schema lock is that transaction). A statement that cannot run in a transaction is refused first.
     *
     * @return the statements that ran
     */
    public static List<Statement> runInOpenTransaction(Connection c, Plan plan, ApplyListener listener) {
        for (Statement s : plan.statements()) {
            if (!s.transactional()) {
                throw new io.atlas4j.error.InvalidInputException("statement cannot run inside the lock's transaction: " + s.sql()
                        + ": plan without non-transactional statements for this database");
            }
        }
        List<Statement> applied = new ArrayList<>();
        List<Statement> all = plan.statements();
        Progress progress = new Progress(listener, all.size(), System.nanoTime());
        for (int k = 0; k < all.size(); k++) {
            Statement s = all.get(k);
            LOG.debug("executing: {}", s.sql());
            progress.starting(k, s);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(s.sql());
                progress.finished(k, s);
            } catch (SQLException e) {
                throw new ApplyException("statement " + (k + 1) + " of " + all.size() + " failed: " + e.getMessage() + " in \""
                        + s.sql() + "\"; rolled back, nothing was changed: fix the cause and apply again", List.of(), k, s.sql(), e);
            }
            applied.add(s);
        }
        return applied;
    }

    private static void runInTransaction(Connection c, ApplyHooks hooks, List<Statement> all, int from, int to,
                                         List<Statement> applied, Progress progress) throws SQLException {
        c.setAutoCommit(false);
        try {
            for (int k = from; k < to; k++) run(c, all, k, applied, progress);
            try {
                hooks.beforeCommit(c);
            } catch (SQLException e) {
                String kept = applied.isEmpty() ? "nothing was changed"
                        : "the " + applied.size() + " statement(s) committed before it remain: " + String.join("; ", texts(applied));
                throw new ApplyException("statements " + (from + 1) + " to " + to + " rolled back at commit: " + e.getMessage()
                        + "; " + kept, texts(applied), -1, "", e);
            }
            c.commit();
            applied.addAll(all.subList(from, to));
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    private static void run(Connection c, List<Statement> all, int k, List<Statement> applied, Progress progress) {
        Statement s = all.get(k);
        LOG.debug("executing: {}", s.sql());
        progress.starting(k, s);
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(s.sql());
            progress.finished(k, s);
        } catch (SQLException e) {
            String prefix = applied.isEmpty() ? "nothing was applied"
                    : applied.size() + " statement(s) were applied before it and remain: " + String.join("; ", texts(applied));
            throw new ApplyException("statement " + (k + 1) + " of " + all.size() + " failed: " + e.getMessage()
                    + " in \"" + s.sql() + "\"; " + prefix + ": fix the cause and apply again", texts(applied), k, s.sql(), e);
        }
    }

    /** Tells the listener about statement {@code k}; a listener that throws is logged, never fails the apply. */
    private record Progress(ApplyListener listener, int total, long start) {
        void starting(int k, Statement s) {
            tell(() -> listener.starting(k + 1, total, s, elapsed()));
        }

        void finished(int k, Statement s) {
            tell(() -> listener.finished(k + 1, total, s, elapsed()));
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        private static void tell(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.warn("apply listener failed, ignored: {}", e.toString());
            }
        }
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }
}

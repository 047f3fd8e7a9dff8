package io.atlas4j.internal;

import io.atlas4j.SchemaSources;
import io.atlas4j.SqlScript;
import io.atlas4j.ApplyListener;
import io.atlas4j.ApplyOptions;
import io.atlas4j.ApprovedPlan;
import io.atlas4j.BootstrapResult;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.PolicyViolation;
import io.atlas4j.SchemaFingerprint;
import io.atlas4j.change.Change;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.HistoryException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LintException;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.plan.lint.RenameSuggestion;
import io.atlas4j.plan.lint.RenameSuggestions;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.SchemaDiff;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of {@link io.atlas4j.SchemaBootstrap}: its steps, with the connections and the lock they use. */
public final class BootstrapRun {
    private static final Logger LOG = LoggerFactory.getLogger("io.atlas4j.bootstrap");

    /** Everything the run was configured with. */
    public record Settings(DataSource dataSource, Optional<JdbcTarget> access, Scope scope, Optional<DesiredSchema> desired,
                           Optional<String> source, Optional<DataSource> devDatabase, Optional<Dialect> dialect, Policy policy,
                           PlanOptions planOptions, Linter linter, LintConfig lintConfig, Optional<Severity> lintFailOn,
                           Duration timeout, SchemaHistory history, boolean unlocked, Map<String, String> variables,
                           ApplyListener listener) {
        public Settings withAccess(Optional<JdbcTarget> v) {
            return new Settings(dataSource, v, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withScope(Scope v) {
            return new Settings(dataSource, access, v, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        /** The desired schema given as a value, or as SQL to load: exactly one of the two. */
        public Settings withDesired(Optional<DesiredSchema> schema, Optional<String> sql) {
            return new Settings(dataSource, access, scope, schema, sql, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        /** Values for the input variables of a desired schema in a format that has them (HCL's {@code var.x}). */
        public Settings withVariables(Map<String, String> v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, Map.copyOf(v), listener);
        }

        public Settings withListener(ApplyListener v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, v);
        }

        public Settings withDevDatabase(Optional<DataSource> v) {
            return new Settings(dataSource, access, scope, desired, source, v, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withDialect(Optional<Dialect> v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, v, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withPolicy(Policy v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, v, planOptions, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withPlanOptions(PlanOptions v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, v, linter, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withLinter(Linter v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, v, lintConfig, lintFailOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withLint(LintConfig config, Optional<Severity> failOn) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, config, failOn, timeout, history, unlocked, variables, listener);
        }

        public Settings withTimeout(Duration v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, v, history, unlocked, variables, listener);
        }

        public Settings withHistory(SchemaHistory v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, v, unlocked, variables, listener);
        }

        public Settings withUnlocked(boolean v) {
            return new Settings(dataSource, access, scope, desired, source, devDatabase, dialect, policy, planOptions, linter, lintConfig, lintFailOn, timeout, history, v, variables, listener);
        }
    }

    /** What was decided from one inspection. */
    private record Decision(String fingerprint, List<Change> changes, Plan plan, LintReport lint,
                            List<RenameSuggestion> suggestions) {
    }

    private final Settings s;

    public BootstrapRun(Settings settings) {
        this.s = settings;
    }

    public ApprovedPlan plan() {
        try (Connection work = connect()) {
            Dialect d = dialect(work);
            lock(d).ifPresent(l -> prepare(l, work));
            DesiredSchema want = desired(d, work);
            Decision x = decide(work, d, want, true);
            LOG.info("planned {} statement(s) against schema {}: {}", x.plan().statements().size(), short12(x.fingerprint()),
                    x.plan().statements().stream().map(Statement::sql).toList());
            return new ApprovedPlan(x.fingerprint(), x.changes(), x.plan(), x.lint(), x.suggestions(), Optional.of(want));
        } catch (SQLException e) {
            throw new ConnectionException("cannot close connection: " + e.getMessage(), e);
        }
    }

    public BootstrapResult run(Optional<ApprovedPlan> approved) {
        long start = System.nanoTime();
        try (Connection work = connect()) {
            boolean autoCommit = work.getAutoCommit();
            // A waiting replica must hold no open transaction: PostgreSQL's CREATE INDEX CONCURRENTLY in the
            // lock holder waits for every open transaction to end, which would never happen.
            work.setAutoCommit(true);
            try {
                return run(work, approved, start);
            } finally {
                restore(work, autoCommit);
            }
        } catch (SQLException e) {
            throw new ConnectionException("bootstrap failed on connection: " + e.getMessage(), e);
        }
    }

    private BootstrapResult run(Connection work, Optional<ApprovedPlan> approved, long start) throws SQLException {
        Dialect d = dialect(work);
        Optional<SchemaLock> lock = lock(d);
        lock.ifPresent(l -> prepare(l, work));
        // An approved plan carries the desired schema it was computed against: loading it again would run a program
        // or an entity export twice, and could check the apply against something other than what was reviewed.
        Optional<DesiredSchema> carried = approved.flatMap(ApprovedPlan::desired);
        DesiredSchema want = carried.isPresent() ? carried.get() : desired(d, work);
        if (approved.isEmpty()) {
            // A quick look without the lock: most starts find nothing to do. Lint and planning wait for the lock.
            Decision first = decide(work, d, want, false);
            if (first.changes().isEmpty()) {
                Duration took = since(start);
                LOG.info("schema up to date ({}), nothing to apply, checked in {} ms", short12(first.fingerprint()), took.toMillis());
                return upToDate(first, Duration.ZERO, took);
            }
            LOG.info("schema {} differs from the desired one ({} change(s)); taking the schema lock", short12(first.fingerprint()),
                    first.changes().size());
        }
        ApplyHooks hooks = d.execution().applyHooks();
        if (lock.isEmpty()) return locked(work, d, hooks, want, approved, null, null, start, Duration.ZERO);
        SchemaLock l = lock.get();
        String name = Locks.name(work);
        long waitStart = System.nanoTime();
        if (l.scope() == SchemaLock.Scope.TRANSACTION) {
            hooks.beforeApply(work);
            try {
                SchemaLock.Held held = l.acquire(work, name, s.timeout());
                return locked(work, d, hooks, want, approved, held, null, start, since(waitStart));
            } finally {
                hooks.afterApply(work);
            }
        }
        try (Connection lockSession = connect()) {
            lockSession.setAutoCommit(true);
            SchemaLock.Held held = l.acquire(lockSession, name, s.timeout());
            return locked(work, d, hooks, want, approved, held, lockSession, start, since(waitStart));
        }
    }

    /** The part that runs while the lock is held; releases it. */
    private BootstrapResult locked(Connection work, Dialect d, ApplyHooks hooks, DesiredSchema want, Optional<ApprovedPlan> approved,
                                   SchemaLock.Held held, Connection lockSession, long start, Duration waited) throws SQLException {
        boolean inTransaction = held != null && lockSession == null;
        boolean commit = false;
        String before = "";
        List<Statement> applied = new ArrayList<>();
        long applyStart = System.nanoTime();
        try {
            if (held != null) LOG.debug("schema lock held after {} ms", waited.toMillis());
            Decision x = decide(work, d, want, true);
            before = x.fingerprint();
            if (approved.isPresent() && !approved.get().fingerprint().equals(x.fingerprint())) {
                if (x.changes().isEmpty()) {
                    // Another process applied while this one waited: the database holds what was approved, and more is not needed.
                    commit = true;
                    Duration took = since(start);
                    LOG.info("schema {} already matches the desired one once the lock was held (another process applied it)",
                            short12(x.fingerprint()));
                    return upToDate(x, waited, took);
                }
                throw new ConflictException("the database schema changed since the plan was approved: it was "
                        + short12(approved.get().fingerprint()) + ", it is now " + short12(x.fingerprint())
                        + ": nothing was applied; plan again and review the new plan");
            }
            if (approved.isPresent()) x = new Decision(x.fingerprint(), approved.get().changes(), approved.get().plan(), x.lint(),
                    approved.get().suggestions());
            if (x.plan().isEmpty()) {
                commit = true;
                Duration took = since(start);
                LOG.info("schema up to date ({}) once the lock was held (another process applied it), waited {} ms, done in {} ms",
                        short12(x.fingerprint()), waited.toMillis(), took.toMillis());
                return upToDate(x, waited, took);
            }
            refuse(x, work, d);
            LOG.info("applying {} statement(s) to schema {}:\n{}", x.plan().statements().size(), short12(x.fingerprint()), x.plan().sql());
            s.history().ensure(work, d.execution().unboundedTextType());
            if (inTransaction) {
                applied.addAll(Executor.runInOpenTransaction(work, x.plan(), s.listener()));
                hooks.beforeCommit(work);
            } else {
                applied.addAll(Executor.apply(work, d, x.plan(), ApplyOptions.defaults().withAllowDestructive(true).withListener(s.listener())).applied());
            }
            String after = SchemaFingerprint.of(inspect(work, d));
            Duration applyTook = since(applyStart);
            if (inTransaction) {
                s.history().record(work, before, after, texts(applied), applyTook, true, Optional.empty());
            } else {
                recordApplied(work, before, after, applied, applyTook);
            }
            commit = true;
            if (held != null) {
                held.release(true);
                held = null;
            }
            Duration took = since(start);
            LOG.info("applied {} statement(s) in {} ms (lock wait {} ms); schema {} -> {}", applied.size(), applyTook.toMillis(),
                    waited.toMillis(), short12(before), short12(after));
            return new BootstrapResult(BootstrapResult.Status.APPLIED, before, after, x.plan(), applied, x.lint(),
                    x.suggestions(), waited, took);
        } catch (ApplyException e) {
            recordFailure(work, d, inTransaction, held, before, e.applied(), since(applyStart), e.getMessage());
            held = null;
            throw e;
        } catch (SQLException e) {
            recordFailure(work, d, inTransaction, held, before, texts(applied), since(applyStart), e.getMessage());
            held = null;
            throw new ApplyException("apply failed: " + e.getMessage() + (inTransaction ? ": rolled back, nothing was changed" : ""),
                    inTransaction ? List.of() : texts(applied), -1, "", e);
        } finally {
            if (held != null) {
                try {
                    held.release(commit);
                } catch (SQLException e) {
                    LOG.warn("could not release the schema lock: {}", e.getMessage());
                }
            }
        }
    }

    /**
     * Records an apply whose statements took effect one by one (no transaction): when only the record
     * fails, the schema is as planned, and the error must say so rather than "apply failed".
     */
    private void recordApplied(Connection work, String before, String after, List<Statement> applied, Duration took) {
        try {
            s.history().record(work, before, after, texts(applied), took, true, Optional.empty());
        } catch (SQLException | RuntimeException e) {
            throw new HistoryException("applied, history not recorded: all " + applied.size() + " statement(s) took effect, but"
                    + " recording them in " + s.history().table() + " failed: " + e.getMessage() + ": the schema is as planned;"
                    + " make " + s.history().table() + " writable again (or drop it, and it is created anew), and the next apply"
                    + " will find nothing to do", texts(applied), e);
        }
    }

    /** Records a failed apply; a transaction lock rolls back first so the record survives it. */
    private void recordFailure(Connection work, Dialect d, boolean inTransaction, SchemaLock.Held held, String before,
                               List<String> applied, Duration took, String error) {
        try {
            if (held != null && inTransaction) held.release(false);
            s.history().ensure(work, d.execution().unboundedTextType());
            s.history().record(work, before, before, inTransaction ? List.of() : applied, took, false, Optional.of(error));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not record the failed apply in {}: {}", s.history().table(), e.getMessage());
        } finally {
            if (held != null && !inTransaction) {
                try {
                    held.release(false);
                } catch (SQLException e) {
                    LOG.warn("could not release the schema lock: {}", e.getMessage());
                }
            }
        }
        LOG.error("apply failed after {} ms: {}", took.toMillis(), error);
    }

    private void refuse(Decision x, Connection work, Dialect d) {
        refuse(x);
        DataChecks.refuse(work, d, x.changes(), planOptions());
    }

    private void refuse(Decision x) {
        List<PolicyViolation> violations = s.policy().check(x.changes());
        if (!violations.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (PolicyViolation v : violations) reasons.add(v.reason() + suggestionFor(v, x.suggestions()));
            throw new DestructiveChangeException(reasons);
        }
        if (s.lintFailOn().isPresent() && x.lint().hasAtLeast(s.lintFailOn().get())) {
            throw new LintException(x.lint(), s.lintFailOn().get());
        }
    }

    private static String suggestionFor(PolicyViolation v, List<RenameSuggestion> suggestions) {
        for (RenameSuggestion r : suggestions) {
            String dropped = r.kind() == RenameSuggestion.Kind.TABLE ? r.from() : r.table() + "." + r.from();
            if (v.object().equalsIgnoreCase(dropped)) return " [" + r.message() + "]";
        }
        return "";
    }

    /** Inspects and diffs; with {@code full}, also plans, lints (counting rows) and looks for renames. */
    private Decision decide(Connection work, Dialect d, DesiredSchema want, boolean full) {
        Realm current = inspect(work, d);
        String fp = SchemaFingerprint.of(current);
        SchemaDiff diff = s.scope() == Scope.SCHEMA ? want.diffFrom(current.schemas().get(0), d) : want.diffFrom(current);
        List<Change> changes = diff.with(s.policy().diffOptions(DiffOptions.defaults())).changes();
        if (changes.isEmpty() || !full) return new Decision(fp, changes, Plan.empty(), LintReport.empty(), List.of());
        PlanOptions po = planOptions();
        Plan plan = d.planner().plan(changes, po);
        List<RenameSuggestion> suggestions = RenameSuggestions.find(changes);
        for (RenameSuggestion r : suggestions) LOG.warn("possible rename, not acted on: {}", r.message());
        LintContext ctx = LintContext.of(d.name()).withPlanOptions(po).withPlan(plan).withConnection(work, d.lint().rowCounter());
        LintReport lint = s.linter().with(d.lint().analyzers()).lint(changes, ctx, s.lintConfig());
        if (!lint.isEmpty()) LOG.info("lint:\n{}", lint.format());
        return new Decision(fp, changes, plan, lint, suggestions);
    }

    /** {@return the schemas in scope, without the history table} */
    private Realm inspect(Connection work, Dialect d) {
        return Inspection.scope(d, work, s.scope(), Optional.empty(), List.of(s.history().table()));
    }

    /** {@return the plan options: the policy's, names qualified with their schema when the whole database is in scope} */
    private PlanOptions planOptions() {
        PlanOptions po = s.policy().planOptions(s.planOptions());
        return s.scope() == Scope.DATABASE ? po.withQualifySchema(true) : po;
    }

    private DesiredSchema desired(Dialect d, Connection work) {
        if (s.desired().isPresent()) return s.desired().get();
        String source = s.source().orElseThrow();
        Realm loaded;
        List<SqlScript> scripts;
        if (s.devDatabase().isPresent()) {
            try (Connection dev = s.devDatabase().get().getConnection()) {
                Dialect devDialect = Dialects.forConnection(dev);
                scripts = SchemaSources.scripts(source, devDialect, s.scope(), s.variables());
                loaded = DevLoad.borrowed(devDialect, dev, "\"" + s.devDatabase().get() + "\"", scripts, s.scope());
            } catch (SQLException e) {
                throw new ConnectionException("cannot connect to the dev database " + s.devDatabase().get() + ": " + e.getMessage(), e);
            }
        } else {
            scripts = SchemaSources.scripts(source, d, s.scope(), s.variables());
            loaded = DevLoad.anywhere(d, Optional.of(work), s.access(), scripts, s.scope());
        }
        return new DesiredSchema(loaded, SchemaSources.renameHints(source, scripts));
    }

    private Dialect dialect(Connection work) {
        return s.dialect().isPresent() ? s.dialect().get() : Dialects.forConnection(work);
    }

    private Optional<SchemaLock> lock(Dialect d) {
        Optional<SchemaLock> l = d.execution().schemaLock();
        if (l.isEmpty() && !s.unlocked()) {
            throw new InvalidInputException("dialect " + d.name() + " has no schema lock, so concurrent start-ups could"
                    + " apply twice: add a dialect that provides one, or call withoutLock() when a single process applies");
        }
        return s.unlocked() ? Optional.empty() : l;
    }

    private void prepare(SchemaLock l, Connection work) {
        try {
            l.prepare(work, s.timeout());
        } catch (SQLException e) {
            throw new ConnectionException("cannot prepare the connection for locking: " + e.getMessage(), e);
        }
    }

    private Connection connect() {
        try {
            return s.dataSource().getConnection();
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect: " + e.getMessage()
                    + ": check that the database is running and the credentials are right", e);
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.warn("could not restore auto-commit: {}", e.getMessage());
        }
    }

    private static BootstrapResult upToDate(Decision x, Duration waited, Duration took) {
        return new BootstrapResult(BootstrapResult.Status.UP_TO_DATE, x.fingerprint(), x.fingerprint(), Plan.empty(), List.of(),
                LintReport.empty(), List.of(), waited, took);
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static String short12(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}

package io.atlas4j.internal;

import io.atlas4j.ApplyOptions;
import io.atlas4j.ApprovedPlan;
import io.atlas4j.Atlas;
import io.atlas4j.BootstrapResult;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.PolicyViolation;
import io.atlas4j.RenameHints;
import io.atlas4j.SchemaFingerprint;
import io.atlas4j.change.Change;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
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
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run of {@link io.atlas4j.SchemaBootstrap}: its steps, with the connections and the lock they use. */
public final class BootstrapRun {
    private static final Logger LOG = LoggerFactory.getLogger("io.atlas4j.bootstrap");

    /** Everything the run was configured with. */
    public record Settings(DataSource dataSource, Optional<DesiredSchema> desired, Optional<Path> source,
                           Optional<Dialect> dialect, Policy policy, PlanOptions planOptions, Linter linter,
                           LintConfig lintConfig, Optional<Severity> lintFailOn, Duration timeout, SchemaHistory history,
                           boolean unlocked) {
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
            return new ApprovedPlan(x.fingerprint(), x.changes(), x.plan(), x.lint(), x.suggestions());
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
        DesiredSchema want = desired(d, work);
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
        ApplyHooks hooks = d.applyHooks();
        if (lock.isEmpty()) return locked(work, d, hooks, want, approved, null, null, start, Duration.ZERO);
        SchemaLock l = lock.get();
        String name = lockName(work);
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
            refuse(x);
            LOG.info("applying {} statement(s) to schema {}:\n{}", x.plan().statements().size(), short12(x.fingerprint()), x.plan().sql());
            s.history().ensure(work, d.unboundedTextType());
            if (inTransaction) {
                for (Statement st : x.plan().statements()) {
                    execute(work, st, x.plan(), applied);
                }
                hooks.beforeCommit(work);
            } else {
                applied.addAll(Executor.apply(work, d, x.plan(), ApplyOptions.defaults().withAllowDestructive(true)).applied());
            }
            String after = SchemaFingerprint.of(inspect(work, d));
            Duration applyTook = since(applyStart);
            s.history().record(work, before, after, texts(applied), applyTook, true, Optional.empty());
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

    private void execute(Connection work, Statement st, Plan plan, List<Statement> applied) throws SQLException {
        if (!st.transactional()) {
            throw new InvalidInputException("statement cannot run inside the lock's transaction: " + st.sql()
                    + ": plan without non-transactional statements for this database");
        }
        LOG.debug("executing: {}", st.sql());
        try (java.sql.Statement jdbc = work.createStatement()) {
            jdbc.execute(st.sql());
        } catch (SQLException e) {
            throw new ApplyException("statement " + (applied.size() + 1) + " of " + plan.statements().size() + " failed: "
                    + e.getMessage() + " in \"" + st.sql() + "\"; rolled back, nothing was changed: fix the cause and start again",
                    List.of(), applied.size(), st.sql(), e);
        }
        applied.add(st);
    }

    /** Records a failed apply; a transaction lock rolls back first so the record survives it. */
    private void recordFailure(Connection work, Dialect d, boolean inTransaction, SchemaLock.Held held, String before,
                               List<String> applied, Duration took, String error) {
        try {
            if (held != null && inTransaction) held.release(false);
            s.history().ensure(work, d.unboundedTextType());
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
        Schema current = inspect(work, d);
        String fp = SchemaFingerprint.of(current);
        List<Change> changes = Atlas.diff(current, want.schema(), d).with(s.policy().diffOptions(want.resolvedHints(current))).changes();
        if (changes.isEmpty() || !full) return new Decision(fp, changes, Plan.empty(), LintReport.empty(), List.of());
        PlanOptions po = s.policy().planOptions(s.planOptions());
        Plan plan = d.planner().plan(changes, po);
        List<RenameSuggestion> suggestions = RenameSuggestions.find(changes);
        for (RenameSuggestion r : suggestions) LOG.warn("possible rename, not acted on: {}", r.message());
        LintContext ctx = LintContext.of(d.name()).withPlanOptions(po).withPlan(plan).withConnection(work, d::quote);
        LintReport lint = s.linter().lint(changes, ctx, s.lintConfig());
        if (!lint.isEmpty()) LOG.info("lint:\n{}", lint.format());
        return new Decision(fp, changes, plan, lint, suggestions);
    }

    private Schema inspect(Connection work, Dialect d) {
        InspectOptions o = InspectOptions.defaults().withExcludeTables(List.of(s.history().table()));
        Schema sc = d.inspector().inspectSchema(work, o);
        return sc.withTables(sc.tables().stream().filter(t -> !t.name().equalsIgnoreCase(s.history().table())).toList());
    }

    private DesiredSchema desired(Dialect d, Connection work) {
        if (s.desired().isPresent()) return s.desired().get();
        Path p = s.source().orElseThrow();
        Optional<io.atlas4j.spi.DevDatabase> embedded = d.openDevDatabase(Optional.empty());
        Schema loaded;
        if (embedded.isPresent()) {
            embedded.get().close();
            loaded = Atlas.load(p, d);
        } else {
            loaded = Atlas.load(p, d, work);
        }
        return new DesiredSchema(loaded, RenameHints.scan(p));
    }

    private Dialect dialect(Connection work) {
        return s.dialect().isPresent() ? s.dialect().get() : Dialects.forConnection(work);
    }

    private Optional<SchemaLock> lock(Dialect d) {
        Optional<SchemaLock> l = d.schemaLock();
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

    /** A lock key per database and schema, at most 64 characters. */
    public static String lockName(Connection c) {
        String where;
        try {
            where = c.getCatalog() + "." + c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            where = "default";
        }
        String name = "atlas4j:" + where;
        if (name.length() <= 64) return name;
        return "atlas4j:" + SchemaFingerprint.hex(where.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
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

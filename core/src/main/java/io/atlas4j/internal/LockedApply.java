package io.atlas4j.internal;

import io.atlas4j.ApplyOptions;
import io.atlas4j.ApplyResult;
import io.atlas4j.SchemaFingerprint;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanBasis;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Atlas.apply}: a plan applied under the same schema lock a start-up apply takes. Under the
 * lock, a plan that knows what it was computed from ({@link PlanBasis}) is checked first: when the
 * database already holds the desired schema there is nothing to do; when the changes it needs are no
 * longer the plan's, the plan is refused; and stored rows that would make it fail refuse it too.
 */
public final class LockedApply {
    private static final Logger LOG = LoggerFactory.getLogger(LockedApply.class);

    private LockedApply() {
    }

    public static ApplyResult apply(Connection c, Dialect d, Plan plan, ApplyOptions options) {
        long start = System.nanoTime();
        if (!options.allowDestructive()) {
            List<String> destructive = plan.destructive().stream().map(Statement::sql).toList();
            if (!destructive.isEmpty()) throw new DestructiveChangeException(destructive);
        }
        if (options.dryRun() || plan.isEmpty()) return new ApplyResult(List.of(), options.dryRun(), since(start));
        SchemaLock lock = d.execution().schemaLock().orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " has no schema lock, so a concurrent apply could interleave with this one: use Atlas.applyUnlocked when a"
                + " single process changes the schema"));
        try {
            if (!c.getAutoCommit()) {
                throw new InvalidInputException("the connection is not in auto-commit mode, so it may hold an open transaction"
                        + " that taking the schema lock would commit: apply on a connection in auto-commit mode (atlas4j runs the"
                        + " plan in transactions of its own), or pass a DataSource");
            }
            boolean autoCommit = true;
            try {
                lock.prepare(c, options.lockTimeout());
                return lock.scope() == SchemaLock.Scope.SESSION
                        ? underSessionLock(c, d, lock, plan, options, start)
                        : underTransactionLock(c, d, lock, plan, options, start);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ConnectionException("apply failed on its connection: " + e.getMessage(), e);
        }
    }

    private static ApplyResult underSessionLock(Connection c, Dialect d, SchemaLock lock, Plan plan, ApplyOptions options,
                                                long start) throws SQLException {
        SchemaLock.Held held = lock.acquire(c, Locks.name(c), options.lockTimeout());
        try {
            if (!check(c, d, plan)) return new ApplyResult(List.of(), false, since(start));
            return Executor.apply(c, d, plan, options);
        } finally {
            held.release(true);
        }
    }

    /** SQLite: the lock is the write transaction the plan runs in, with the dialect's hooks around it. */
    private static ApplyResult underTransactionLock(Connection c, Dialect d, SchemaLock lock, Plan plan, ApplyOptions options,
                                                    long start) throws SQLException {
        ApplyHooks hooks = d.execution().applyHooks();
        hooks.beforeApply(c);
        try {
            SchemaLock.Held held = lock.acquire(c, Locks.name(c), options.lockTimeout());
            boolean commit = false;
            try {
                if (!check(c, d, plan)) return new ApplyResult(List.of(), false, since(start));
                List<Statement> applied = Executor.runInOpenTransaction(c, plan, options.listener());
                try {
                    hooks.beforeCommit(c);
                } catch (SQLException e) {
                    throw new ApplyException("rolled back at commit: " + e.getMessage() + "; nothing was changed", List.of(), -1, "", e);
                }
                commit = true;
                return new ApplyResult(applied, false, since(start));
            } finally {
                held.release(commit);
            }
        } finally {
            hooks.afterApply(c);
        }
    }

    /**
     * {@return whether to apply: false when the database already holds the desired schema} Throws when
     * it no longer holds the schema the plan was computed from (the start-up fingerprint check, over
     * the objects the plan concerns), or when stored rows would make the plan fail.
     */
    private static boolean check(Connection c, Dialect d, Plan plan) {
        if (plan.basis().isEmpty()) return true;
        PlanBasis b = plan.basis().get();
        DiffHooks hooks = d.diffHooks();
        Set<String> names = names(b, hooks);
        Realm now = known(inspect(c, d, b.current()), names, hooks);
        if (diff(now, b.desired(), hooks).isEmpty()) {
            LOG.info("the database already holds the desired schema (another process applied it): nothing to apply");
            return false;
        }
        String was = fingerprint(known(b.current(), names, hooks));
        String is = fingerprint(now);
        if (!was.equals(is)) {
            throw new ConflictException("the database schema changed since the plan was computed: it was " + was.substring(0, 12)
                    + ", it is now " + is.substring(0, 12) + ": nothing was applied; inspect and plan again");
        }
        DataChecks.refuse(c, d, b.changes(), b.options());
        return true;
    }

    private static String fingerprint(Realm r) {
        StringBuilder sb = new StringBuilder();
        for (Schema s : r.schemas()) sb.append(SchemaFingerprint.of(s));
        return SchemaFingerprint.hex(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Realm inspect(Connection c, Dialect d, Realm like) {
        if (like.schemas().size() == 1) return Realm.of(Inspection.schema(d, c, InspectOptions.defaults()));
        return Inspection.realm(d, c, InspectOptions.defaults().withSchemas(like.schemas().stream().map(Schema::name).toList()));
    }

    /** {@return the objects the plan was computed over: those named in its current or desired schema} */
    private static Set<String> names(PlanBasis b, DiffHooks hooks) {
        Set<String> names = new HashSet<>();
        for (Realm r : List.of(b.current(), b.desired())) {
            for (Schema s : r.schemas()) {
                s.tables().forEach(t -> names.add("t" + hooks.nameKey(t.name())));
                s.views().forEach(v -> names.add("v" + hooks.nameKey(v.name())));
                s.objects().forEach(o -> names.add("o" + o.kind() + ":" + hooks.nameKey(o.name())));
            }
        }
        return names;
    }

    /** Keeps the objects the plan concerns; others (a table another application added meanwhile) are not its business. */
    private static Realm known(Realm now, Set<String> names, DiffHooks hooks) {
        List<Schema> kept = new ArrayList<>();
        for (Schema s : now.schemas()) {
            List<SchemaObject> objects = s.objects().stream().filter(o -> names.contains("o" + o.kind() + ":" + hooks.nameKey(o.name()))).toList();
            kept.add(s.withTables(s.tables().stream().filter(t -> names.contains("t" + hooks.nameKey(t.name()))).toList())
                    .withViews(s.views().stream().filter(v -> names.contains("v" + hooks.nameKey(v.name()))).toList())
                    .withObjects(objects));
        }
        return new Realm(kept, now.attrs());
    }

    static List<Change> diff(Realm from, Realm to, DiffHooks hooks) {
        if (from.schemas().size() == 1 && to.schemas().size() == 1) {
            return Differ.diff(from.schemas().get(0), to.schemas().get(0), hooks, DiffOptions.defaults());
        }
        return Differ.diff(from, to, hooks, DiffOptions.defaults());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package io.atlas4j.migrate.internal;

import io.atlas4j.Atlas;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.DownResult;
import io.atlas4j.migrate.Replay;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.MigrationListener;
import io.atlas4j.migrate.MigrationProgress;
import io.atlas4j.migrate.MigrationStatus;
import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.Stop;
import io.atlas4j.script.TxMode;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import io.atlas4j.migrate.dir.SqlBlock;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import io.atlas4j.script.ScriptStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a migration directory against one database: reads its revisions, works out what is
 * pending, and, under the schema lock, runs each pending file in the transaction mode asked for,
 * recording a revision per file. A file that stops partway on a database whose DDL is not
 * transactional records the statements that took effect, so the next run resumes after them.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger("io.atlas4j.migrate");
    private static final String OPERATOR = "atlas4j";
    private static final java.util.regex.Pattern TRANSACTION_CONTROL = java.util.regex.Pattern.compile(
            "(?is)^(BEGIN(\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+(TRANSACTION|WORK))?|START\\s+TRANSACTION.*|COMMIT(\\s+(TRANSACTION|WORK))?"
                    + "|END(\\s+(TRANSACTION|WORK))?)\\s*;?$");

    /** How to run: transaction mode, baseline, whether a non-empty database may be migrated, lock wait, where revisions live. */
    public record Settings(TxMode txMode, Optional<String> baseline, boolean allowDirty, Duration lockTimeout,
                           Optional<String> revisionsSchema, MigrationListener listener) {
    }

    private final MigrationDirectory directory;
    private final Settings settings;

    public MigrationRunner(MigrationDirectory directory, Settings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /** {@return the revision store a directory of this format uses on this dialect} */
    public RevisionStore store(Dialect d) {
        return directory.format() == DirectoryFormat.FLYWAY ? new FlywayRevisions(d, settings.revisionsSchema())
                : new AtlasRevisions(d, settings.revisionsSchema());
    }

    public MigrationStatus status(Connection c) {
        Dialect d = io.atlas4j.Dialects.forConnection(c);
        RevisionStore store = store(d);
        try {
            Pending p = pending(store, store.read(c));
            Optional<Stop> stop = p.failed().map(r -> stop(d, r, p.pending().stream()
                    .filter(f -> store.versionOf(f).equals(r.version())).findFirst().orElse(p.pending().get(0))));
            return new MigrationStatus(p.failed().isPresent() ? MigrationStatus.State.FAILED
                    : p.pending().isEmpty() ? MigrationStatus.State.OK : MigrationStatus.State.PENDING,
                    p.current(), p.executed(), p.pending(), p.failed(), stop);
        } catch (SQLException e) {
            throw new ConnectionException("cannot read the revision table " + store.tableName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies up to {@code limit} pending files (all when {@code limit <= 0}); in a dry run, lists
     * them and their statements without taking the lock or writing anything.
     */
    public MigrateResult apply(Connection c, int limit, boolean dryRun) {
        long start = System.nanoTime();
        Dialect d = io.atlas4j.Dialects.forConnection(c);
        RevisionStore store = store(d);
        try {
            if (dryRun) {
                Pending p = pending(store, store.read(c));
                checkClean(c, d, store, p);
                List<AppliedFile> files = new ArrayList<>();
                for (MigrationFile f : take(p.pending(), limit)) {
                    files.add(new AppliedFile(f.version(), f.name(), statements(d, f, skipOf(store, p, f)).stream()
                            .map(FileStatement::sql).toList(), Duration.ZERO));
                }
                return new MigrateResult(p.current(), files.isEmpty() ? p.current() : Optional.of(last(files)), files, true, since(start));
            }
            SchemaLock lock = d.execution().schemaLock().orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                    + " has no schema lock, so two processes could run the same migration file: migrate apply needs one"));
            if (!c.getAutoCommit()) {
                throw new InvalidInputException("the connection is not in auto-commit mode: migrate apply runs the files in transactions of its own");
            }
            lock.prepare(c, settings.lockTimeout());
            SchemaLock.Held held = lock.acquire(c, SchemaLock.keyFor(c), settings.lockTimeout());
            boolean commit = true;
            try {
                return locked(c, d, store, lock.scope(), limit, start);
            } catch (RuntimeException e) {
                commit = lock.scope() == SchemaLock.Scope.SESSION || e instanceof ApplyException;
                throw e;
            } finally {
                held.release(commit);
                if (lock.scope() == SchemaLock.Scope.TRANSACTION) c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ConnectionException("migrate apply failed on its connection: " + e.getMessage(), e);
        }
    }

    private MigrateResult locked(Connection c, Dialect d, RevisionStore store, SchemaLock.Scope scope, int limit, long start)
            throws SQLException {
        Transactions tx = new Transactions(c, scope);
        Pending p = pending(store, store.read(c));
        boolean fresh = p.revisions().isEmpty();
        checkClean(c, d, store, p);
        List<MigrationFile> todo = take(p.pending(), limit);
        if (todo.isEmpty() && !(fresh && settings.baseline().isPresent())) {
            LOG.info("no migration files to execute: the database is at version {}", p.current().orElse("(none)"));
            return new MigrateResult(p.current(), p.current(), List.of(), false, since(start));
        }
        store.ensure(c);
        if (fresh && settings.baseline().isPresent()) {
            String v = settings.baseline().get();
            store.writeBaseline(c, new Revision(v, "baseline", Revision.BASELINE, 0, 0, Instant.now(), Duration.ZERO, Optional.empty(),
                    Optional.empty(), "", List.of(), OPERATOR));
            LOG.info("baseline recorded at version {}", v);
        }
        TxMode mode = d.execution().transactionalDdl() ? settings.txMode() : settings.txMode() == TxMode.ALL ? TxMode.FILE : settings.txMode();
        List<AppliedFile> done = new ArrayList<>();
        boolean all = mode == TxMode.ALL && todo.stream().noneMatch(MigrationRunner::noTransaction);
        if (all) tx.begin();
        for (MigrationFile f : todo) {
            int skip = skipOf(store, p, f);
            List<FileStatement> statements = statements(d, f, 0);
            checkResume(store, p, f, statements, skip);
            boolean inTx = !all && mode == TxMode.FILE && !noTransaction(f);
            long fileStart = System.nanoTime();
            if (inTx) tx.begin();
            int k = skip;
            try {
                for (; k < statements.size(); k++) {
                    // atlas4j holds the transaction: a file's own BEGIN/COMMIT would end it early (as in replays, skipped).
                    if ((inTx || all) && TRANSACTION_CONTROL.matcher(statements.get(k).sql().strip()).matches()) continue;
                    MigrationProgress now = progressOf(todo, f, k, statements.size(), start);
                    tell(l -> l.starting(now));
                    try (Statement st = c.createStatement()) {
                        st.execute(statements.get(k).sql());
                    }
                }
                store.write(c, revision(store, f, statements, statements.size(), Optional.empty(), Optional.empty(), since(fileStart)), f);
                if (inTx) tx.commit();
            } catch (SQLException e) {
                boolean rolledBack = (inTx || all) && d.execution().transactionalDdl();
                if (inTx || all) tx.rollback();
                int applied = rolledBack ? skip : k;
                FileStatement failed = k < statements.size() ? statements.get(k) : statements.get(statements.size() - 1);
                // The failed file's revision, recorded outside the rolled-back work, tells status and the next run where it stopped.
                store.ensure(c);
                store.write(c, revision(store, f, statements, applied, Optional.of(e.getMessage()), Optional.of(failed.sql()),
                        since(fileStart)), f);
                List<String> appliedSql = new ArrayList<>();
                if (!rolledBack) for (int i = skip; i < k; i++) appliedSql.add(statements.get(i).sql());
                // PostgreSQL: CREATE INDEX CONCURRENTLY and friends refuse to run in a transaction block.
                String hint = "25001".equals(e.getSQLState()) ? " (it cannot run in a transaction: give it a file of its own that starts"
                        + " with -- atlas:txmode none, or pass --tx-mode none)" : "";
                throw new ApplyException(f.name() + ":" + (failed.line()) + ": statement " + (k + 1) + " of " + statements.size()
                        + " failed: " + e.getMessage() + hint + (rolledBack ? "; the file's statements were rolled back"
                        + (all ? ", and so were the files before it in this run" : "")
                        : (applied == 0 ? "; no statement of the file took effect" : "; statements 1-" + applied
                        + " of the file took effect and are recorded") + ": fix the file, run"
                        + " \"atlas4j migrate hash\", and apply again to resume at statement " + (applied + 1)),
                        appliedSql, k, failed.sql(), e);
            }
            Duration took = since(fileStart);
            LOG.info("migrated {} ({} statement(s)) in {} ms", f.name(), statements.size() - skip, took.toMillis());
            MigrationProgress fileDone = progressOf(todo, f, statements.size() - 1, statements.size(), start);
            tell(l -> l.fileApplied(fileDone));
            done.add(new AppliedFile(f.version(), f.name(), statements.subList(skip, statements.size()).stream()
                    .map(FileStatement::sql).toList(), took));
        }
        if (all) tx.commit();
        return new MigrateResult(p.current(), done.isEmpty() ? p.current() : Optional.of(last(done)), done, false, since(start));
    }

    private static MigrationProgress progressOf(List<MigrationFile> todo, MigrationFile f, int k, int statements, long start) {
        return new MigrationProgress(todo.indexOf(f) + 1, todo.size(), f.name(), k + 1, statements, since(start));
    }

    /** Tells the listener; one that throws is logged, never fails the migration. */
    private void tell(java.util.function.Consumer<MigrationListener> call) {
        try {
            call.accept(settings.listener());
        } catch (RuntimeException e) {
            LOG.warn("migration listener failed, ignored: {}", e.toString());
        }
    }

    /** {@return where a file stopped: its failed statement found again in the file as it is now} */
    private static Stop stop(Dialect d, Revision r, MigrationFile f) {
        List<FileStatement> statements = statements(d, f, 0);
        String failed = r.errorStatement().orElse("");
        int at = -1;
        for (int i = r.applied(); i < statements.size() && at < 0; i++) if (statements.get(i).sql().equals(failed.strip())) at = i;
        return new Stop(f.name(), at + 1, at < 0 ? 0 : statements.get(at).line(), r.applied(), r.total(), failed,
                r.error().orElse(""));
    }

    /**
     * Reverts the last {@code count} applied files: the directory's earlier state is replayed on a
     * dev database, the database is planned back to it (destructive steps refused unless allowed),
     * and the reverted files' revisions are removed.
     */
    public DownResult down(Connection c, int count, Replay replay, boolean allowDestructive, boolean dryRun) {
        Dialect d = io.atlas4j.Dialects.forConnection(c);
        RevisionStore store = store(d);
        try {
            Pending p = pending(store, store.read(c));
            if (p.failed().isPresent()) {
                throw new InvalidInputException("the last migration file stopped partway (" + p.pending().get(0).name()
                        + "): finish it with migrate apply, or repair the database by hand, before migrating down");
            }
            List<Revision> executed = new ArrayList<>();
            for (Revision r : p.executed()) if (r.type() != Revision.BASELINE && !r.version().isEmpty()) executed.add(r);
            int n = Math.min(Math.max(1, count), executed.size());
            if (n == 0) return new DownResult(p.current(), p.current(), List.of(), io.atlas4j.plan.Plan.empty(), dryRun);
            List<Revision> kept = executed.subList(0, executed.size() - n);
            List<String> reverted = new ArrayList<>();
            for (int i = executed.size() - 1; i >= executed.size() - n; i--) reverted.add(executed.get(i).version());
            java.util.Set<String> keep = new java.util.HashSet<>();
            kept.forEach(r -> keep.add(r.version()));
            List<io.atlas4j.SqlScript> scripts = new ArrayList<>();
            for (MigrationFile f : directory.files()) {
                if (f.kind() == MigrationKind.VERSIONED && keep.contains(store.versionOf(f))) {
                    scripts.add(new io.atlas4j.SqlScript(directory.source() + "/" + f.name(), f.upSql()));
                }
            }
            Schema earlier = replay.run(scripts, io.atlas4j.spi.Scope.SCHEMA).schemas().get(0);
            Schema now = Atlas.inspect(c, InspectOptions.defaults().withExcludeTables(List.of(store.tableName())));
            io.atlas4j.plan.Plan plan = Atlas.diff(now, earlier).plan();
            Optional<String> to = kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(kept.size() - 1).version());
            if (!allowDestructive && !plan.destructive().isEmpty()) {
                throw new io.atlas4j.error.DestructiveChangeException(plan.destructive().stream().map(io.atlas4j.plan.Statement::sql).toList());
            }
            if (dryRun) return new DownResult(p.current(), to, reverted, plan, true);
            Atlas.apply(c, plan, io.atlas4j.ApplyOptions.defaults().withAllowDestructive(allowDestructive).withLockTimeout(settings.lockTimeout()));
            SchemaLock lock = d.execution().schemaLock().orElseThrow();
            lock.prepare(c, settings.lockTimeout());
            SchemaLock.Held held = lock.acquire(c, SchemaLock.keyFor(c), settings.lockTimeout());
            try {
                for (String v : reverted) store.remove(c, v);
            } finally {
                held.release(true);
                if (lock.scope() == SchemaLock.Scope.TRANSACTION) c.setAutoCommit(true);
            }
            LOG.info("migrated down from {} to {}: reverted {}", p.current().orElse("(none)"), to.orElse("(none)"), reverted);
            return new DownResult(p.current(), to, reverted, plan, false);
        } catch (SQLException e) {
            throw new ConnectionException("migrate down failed on its connection: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the database's version by hand, without running anything: files up to {@code version}
     * count as applied, later revisions are removed ({@code migrate set}).
     */
    public void set(Connection c, String version) {
        Dialect d = io.atlas4j.Dialects.forConnection(c);
        RevisionStore store = store(d);
        if (store instanceof FlywayRevisions) {
            throw new InvalidInputException("migrate set keeps atlas revisions; a Flyway directory's history is Flyway's: use flyway baseline or repair");
        }
        List<MigrationFile> versioned = directory.files().stream().filter(f -> f.kind() == MigrationKind.VERSIONED).toList();
        if (versioned.stream().noneMatch(f -> store.versionOf(f).equals(version))) {
            throw new InvalidInputException("version " + version + " is not the version of a file of " + directory.source());
        }
        try {
            SchemaLock lock = d.execution().schemaLock().orElseThrow(() -> new InvalidInputException("dialect " + d.name() + " has no schema lock"));
            lock.prepare(c, settings.lockTimeout());
            SchemaLock.Held held = lock.acquire(c, SchemaLock.keyFor(c), settings.lockTimeout());
            boolean commit = false;
            try {
                store.ensure(c);
                Map<String, Revision> have = new HashMap<>();
                for (Revision r : store.read(c)) have.put(r.version(), r);
                for (MigrationFile f : versioned) {
                    String v = store.versionOf(f);
                    Revision r = have.get(v);
                    if (VersionOrder.compare(v, version) <= 0) {
                        if (r == null || r.isPartial()) {
                            int total = statements(d, f, 0).size();
                            store.write(c, new Revision(v, store.descriptionOf(f), Revision.RESOLVED, total, total, Instant.now(), Duration.ZERO,
                                    Optional.empty(), Optional.empty(), store.hashOf(f), List.of(), OPERATOR), f);
                        }
                    } else if (r != null) {
                        store.remove(c, v);
                    }
                }
                commit = true;
            } finally {
                held.release(commit);
                if (lock.scope() == SchemaLock.Scope.TRANSACTION) c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ConnectionException("migrate set failed on its connection: " + e.getMessage(), e);
        }
    }

    /** Reads the directory against the revisions; throws on files out of order, changed after they ran, or missing. */
    Pending pending(RevisionStore store, List<Revision> revisions) {
        Map<String, Revision> byVersion = new HashMap<>();
        Map<String, Revision> repeatable = new HashMap<>();
        Optional<String> baseline = Optional.empty();
        for (Revision r : revisions) {
            if (r.type() == Revision.BASELINE) baseline = Optional.of(r.version());
            if (r.version().isEmpty()) repeatable.put(r.description(), r);
            else byVersion.put(r.version(), r);
        }
        if (revisions.isEmpty()) baseline = settings.baseline();
        List<MigrationFile> files = revisions.isEmpty() ? directory.filesFromLastCheckpoint() : directory.files();
        List<MigrationFile> versioned = new ArrayList<>();
        for (MigrationFile f : files) if (f.kind() == MigrationKind.VERSIONED || f.kind() == MigrationKind.BASELINE) versioned.add(f);
        versioned = baselineFiles(versioned, revisions.isEmpty());
        if (baseline.isPresent() && revisions.isEmpty()) {
            String b = baseline.get();
            if (versioned.stream().noneMatch(f -> VersionOrder.compare(store.versionOf(f), b) == 0)) {
                throw new InvalidInputException("baseline version " + b + " is not the version of a file of " + directory.source()
                        + ": pass the version of the last file the database already holds");
            }
        }
        List<Revision> executed = new ArrayList<>();
        List<MigrationFile> pending = new ArrayList<>();
        Optional<Revision> failed = Optional.empty();
        Optional<String> current = baseline;
        Map<String, Boolean> seen = new HashMap<>();
        for (MigrationFile f : versioned) {
            String v = store.versionOf(f);
            Revision r = byVersion.get(v);
            seen.put(v, true);
            if (r != null && r.isComplete()) {
                if (!pending.isEmpty()) {
                    throw new InvalidInputException(pending.get(0).name() + ": version " + store.versionOf(pending.get(0))
                            + " was added out of order: version " + v + " after it is already applied; rename the file to a version after "
                            + lastVersion(revisions, store) + " (the latest applied)");
                }
                if (r.type() == Revision.EXECUTE && !r.hash().isEmpty() && !r.hash().equals(store.hashOf(f))) {
                    throw new InvalidInputException(f.name() + ": the file changed after it was applied (recorded hash " + r.hash()
                            + ", now " + store.hashOf(f) + "): restore it, and put new changes in a new migration file");
                }
                executed.add(r);
                current = Optional.of(v);
            } else if (r != null) {
                failed = Optional.of(r);
                pending.add(f);
            } else if (baseline.isPresent() && VersionOrder.compare(v, baseline.get()) <= 0) {
                continue;
            } else {
                pending.add(f);
            }
        }
        for (Revision r : revisions) {
            if (r.version().isEmpty() || r.type() == Revision.BASELINE || seen.containsKey(r.version())) continue;
            if (baseline.isPresent() && VersionOrder.compare(r.version(), baseline.get()) <= 0) continue;
            throw new InvalidInputException("version " + r.version() + " is recorded as applied in " + store.tableName()
                    + " but no file of " + directory.source() + " has it: restore the file");
        }
        for (MigrationFile f : files) {
            if (f.kind() != MigrationKind.REPEATABLE) continue;
            Revision r = repeatable.get(store.descriptionOf(f));
            if (r == null || !r.hash().equals(store.hashOf(f)) || r.error().isPresent()) pending.add(f);
        }
        return new Pending(revisions, executed, pending, failed, current);
    }

    /** A new database with Flyway baseline ({@code B}) files starts from the latest one, skipping the files it stands for. */
    private static List<MigrationFile> baselineFiles(List<MigrationFile> versioned, boolean fresh) {
        List<MigrationFile> out = new ArrayList<>();
        MigrationFile start = null;
        if (fresh) for (MigrationFile f : versioned) if (f.kind() == MigrationKind.BASELINE) start = f;
        for (MigrationFile f : versioned) {
            if (f.kind() == MigrationKind.BASELINE && f != start) continue;
            if (start != null && f != start && VersionOrder.compare(f.version(), start.version()) <= 0) continue;
            out.add(f);
        }
        if (start != null) {
            out.remove(start);
            out.add(0, start);
        }
        return out;
    }

    private static String lastVersion(List<Revision> revisions, RevisionStore store) {
        return revisions.stream().map(Revision::version).filter(v -> !v.isEmpty()).max(VersionOrder.NUMERIC).orElse("none");
    }

    /** Refuses to run files on a database that already holds tables but no revisions, unless baselined or allowed. */
    private void checkClean(Connection c, Dialect d, RevisionStore store, Pending p) {
        if (!p.revisions().isEmpty() || settings.baseline().isPresent() || settings.allowDirty()) return;
        Schema s = Atlas.inspect(c, InspectOptions.defaults().withExcludeTables(List.of(store.tableName(),
                AtlasRevisions.TABLE, FlywayRevisions.TABLE, "atlas4j_schema_history")));
        List<String> names = new ArrayList<>();
        s.tables().forEach(t -> names.add(t.name()));
        s.views().forEach(v -> names.add(v.name()));
        if (names.isEmpty()) return;
        throw new InvalidInputException("the database is not clean: it holds " + names.size() + " table(s) or view(s) (" + String.join(", ",
                names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", ..." : "") + ") but no revisions of "
                + directory.source() + ": pass --baseline VERSION to mark the files it already holds as applied, or --allow-dirty to run"
                + " every file on it anyway");
    }

    private static int skipOf(RevisionStore store, Pending p, MigrationFile f) {
        return p.failed().filter(r -> r.version().equals(store.versionOf(f))).map(Revision::applied).orElse(0);
    }

    /** A file resumed after a partial failure must not have changed in the statements that took effect. */
    private static void checkResume(RevisionStore store, Pending p, MigrationFile f, List<FileStatement> statements, int skip) {
        if (skip == 0) return;
        Revision r = p.failed().orElseThrow();
        if (statements.size() < skip) {
            throw new InvalidInputException(f.name() + ": " + skip + " statement(s) of it took effect before it stopped, but it now has "
                    + statements.size() + ": restore them; fix only the statement that failed and those after it");
        }
        for (int i = 0; i < Math.min(skip, r.partialHashes().size()); i++) {
            if (!r.partialHashes().get(i).equals(Hashes.of(statements.get(i).sql()))) {
                throw new InvalidInputException(f.name() + ":" + statements.get(i).line() + ": statement " + (i + 1)
                        + " already took effect but was changed since: restore it; fix only the statement that failed ("
                        + (skip + 1) + ") and those after it");
            }
        }
    }

    private static Revision revision(RevisionStore store, MigrationFile f, List<FileStatement> statements, int applied,
                                     Optional<String> error, Optional<String> errorStatement, Duration took) {
        List<String> partial = new ArrayList<>();
        if (error.isPresent()) for (int i = 0; i < applied; i++) partial.add(Hashes.of(statements.get(i).sql()));
        return new Revision(store.versionOf(f), store.descriptionOf(f), Revision.EXECUTE, applied, statements.size(), Instant.now(),
                took, error, errorStatement, store.hashOf(f), partial, OPERATOR);
    }

    /** {@return the statements of a file's up part, split as its dialect splits scripts, lines counted from the file's top} */
    public static List<FileStatement> statements(Dialect d, MigrationFile f, int skip) {
        List<FileStatement> out = new ArrayList<>();
        for (SqlBlock b : f.up()) {
            if (b.singleStatement()) {
                out.add(new FileStatement(stripDelimiter(b.text()), b.line()));
                continue;
            }
            for (ScriptStatement s : d.syntax().splitter().split(b.text())) {
                out.add(new FileStatement(s.sql(), s.line() + b.line() - 1));
            }
        }
        return out.subList(Math.min(skip, out.size()), out.size());
    }

    /** A goose StatementBegin/End block is one statement; its closing {@code ;} is the delimiter, not part of it. */
    private static String stripDelimiter(String text) {
        String t = text.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1).stripTrailing() : t;
    }

    /**
     * {@return whether the file asks to run outside a transaction: Atlas's {@code -- atlas:txmode none},
     * goose's {@code -- +goose NO TRANSACTION}, dbmate's {@code -- migrate:up transaction:false}}
     */
    private static boolean noTransaction(MigrationFile f) {
        if (f.directives("txmode").stream().anyMatch(a -> a.equalsIgnoreCase("none"))) return true;
        String text = new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile("(?im)^\\s*--\\s*\\+goose\\s+NO\\s+TRANSACTION\\s*$").matcher(text).find()
                || java.util.regex.Pattern.compile("(?im)^\\s*--\\s*migrate:up\\b.*\\btransaction:false\\b").matcher(text).find();
    }

    private static List<MigrationFile> take(List<MigrationFile> pending, int limit) {
        return limit <= 0 || limit >= pending.size() ? pending : pending.subList(0, limit);
    }

    private static String last(List<AppliedFile> files) {
        AppliedFile f = files.get(files.size() - 1);
        return f.version().isEmpty() ? f.name() : f.version();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

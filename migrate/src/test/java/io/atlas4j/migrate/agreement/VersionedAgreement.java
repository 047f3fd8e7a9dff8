package io.atlas4j.migrate.agreement;

import io.atlas4j.Atlas;
import io.atlas4j.SchemaDiff;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.migrate.MigrationDiff;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.NewMigration;
import io.atlas4j.migrate.agreement.AgreementOutcome.Step;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The versioned workflow on one case, which must agree with the declarative one: a migration
 * directory holding the case's current SQL ({@code 1_current.sql}), the next file written by
 * {@code migrate diff} toward desired, the directory applied to an empty database, and then the
 * database must hold the desired schema and a second {@code migrate diff} must find nothing to do.
 * <p>
 * Whether a case loads natively is asked only when a step fails: a case whose steps all pass has
 * run its current SQL on the target and its desired SQL on the dev database, so it loads.
 */
final class VersionedAgreement {
    static final String REVISIONS = "atlas_schema_revisions";
    /** Time spent per step over all cases, in nanoseconds, so a slow step shows in the summary. */
    static final Map<String, LongAdder> TIME = new ConcurrentSkipListMap<>();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private VersionedAgreement() {
    }

    static AgreementOutcome run(AgreementCase c, AgreementServer server, Path dir) throws Exception {
        Optional<String> limit = server.limit(c);
        if (limit.isPresent()) return AgreementOutcome.notLoadable(limit.get());
        Files.createDirectories(dir);
        if (!c.current().isBlank()) Files.writeString(dir.resolve("1_current.sql"), c.current(), StandardCharsets.UTF_8);
        try {
            MigrationDirectory.open(dir).computeSum().writeTo(dir);
        } catch (RuntimeException e) {
            return AgreementOutcome.disagree(Step.DIRECTORY, message(e), "");
        }

        long t = System.nanoTime();
        Realm desired;
        try {
            desired = server.loadDesired(c.desired());
        } catch (RuntimeException e) {
            return failed(c, server, Step.DESIRED, e, "");
        }
        t = time(Step.DESIRED, t);
        Optional<NewMigration> next;
        try {
            next = write(dir, desired, server);
        } catch (RuntimeException e) {
            return failed(c, server, Step.WRITE, e, "");
        }
        t = time(Step.WRITE, t);
        String written = next.map(n -> n.plan().sql()).orElse("(no file written: the directory already builds the desired schema)");
        Connection target = server.freshTarget();
        t = time("reset", t);
        try {
            Migrations.of(dir, DirectoryFormat.ATLAS).apply(target, 0);
        } catch (RuntimeException e) {
            return failed(c, server, Step.APPLY, e, "file written:\n" + written);
        }
        t = time(Step.APPLY, t);
        try {
            Schema applied = Atlas.inspect(target, InspectOptions.defaults().withExcludeTables(List.of(REVISIONS)));
            SchemaDiff left = Atlas.diff(applied, desired.schemas().get(0));
            if (!left.isEmpty()) {
                return AgreementOutcome.disagree(Step.DIFF, left.changes().size() + " change(s) left, " + firstStatement(left),
                        "file written:\n" + written + "\nchanges left: " + left.changes());
            }
        } catch (RuntimeException e) {
            return AgreementOutcome.disagree(Step.DIFF, message(e), "file written:\n" + written);
        }
        t = time(Step.DIFF, t);
        try {
            Optional<NewMigration> again = write(dir, desired, server);
            if (again.isPresent()) {
                List<Statement> st = again.get().plan().statements();
                return AgreementOutcome.disagree(Step.REWRITE, "writes " + st.size() + " more statement(s), first: "
                        + (st.isEmpty() ? "" : st.get(0).sql()), "first file written:\n" + written + "\nsecond:\n" + again.get().plan().sql());
            }
        } catch (RuntimeException e) {
            return AgreementOutcome.disagree(Step.REWRITE, message(e), "file written:\n" + written);
        }
        time(Step.REWRITE, t);
        return AgreementOutcome.agree();
    }

    private static long time(String step, long since) {
        long now = System.nanoTime();
        TIME.computeIfAbsent(step, k -> new LongAdder()).add(now - since);
        return now;
    }

    private static Optional<NewMigration> write(Path dir, Realm desired, AgreementServer server) {
        return MigrationDiff.write(dir, DirectoryFormat.ATLAS, "desired", desired, server.replay(), Scope.SCHEMA, NOW);
    }

    /** A step failed: the case does not load natively, or it disagrees at that step. */
    private static AgreementOutcome failed(AgreementCase c, AgreementServer server, String step, RuntimeException e, String detail)
            throws Exception {
        Optional<String> why = server.loadFailure("current.sql", c.current());
        if (why.isEmpty()) why = server.loadFailure("desired.sql", c.desired());
        if (why.isPresent()) return AgreementOutcome.notLoadable(why.get());
        return AgreementOutcome.disagree(step, message(e), detail);
    }

    private static String firstStatement(SchemaDiff left) {
        try {
            List<Statement> st = left.plan().statements();
            return st.isEmpty() ? "planned as no statement: " + left.changes() : "first: " + st.get(0).sql();
        } catch (RuntimeException e) {
            return "not plannable: " + left.changes();
        }
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: JUnit removes it anyway
        }
    }
}

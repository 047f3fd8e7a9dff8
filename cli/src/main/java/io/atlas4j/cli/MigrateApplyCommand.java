package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.Dialects;
import io.atlas4j.error.AtlasException;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.script.TxMode;
import io.atlas4j.spi.Connector.Access;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import io.atlas4j.hcl.project.Env;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate apply}: runs the pending files of a migration directory, as {@code atlas migrate apply}. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run the pending migration files on the database at --url, in order, under the schema lock, recording"
                + " each in the revision table (atlas_schema_revisions; flyway_schema_history for a Flyway directory)."
                + " The directory is checked against atlas.sum before the database is opened.")
final class MigrateApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "Database to migrate (with --env: the env's url).")
    String url;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", defaultValue = "0",
            description = "Run only the next N pending files (default: all).")
    int amount;

    @Option(names = "--dry-run", description = "Print the files and statements that would run, running nothing.")
    boolean dryRun;

    @Option(names = "--baseline", paramLabel = "VERSION",
            description = "On a database with no revisions yet, record VERSION as applied: that file and those before it do not run.")
    String baseline;

    @Option(names = "--allow-dirty", description = "Run the files on a database that holds tables but no revisions.")
    boolean allowDirty;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file",
            description = "Transactions: file (one per file, default), all (one for the whole run), none.")
    String txMode;

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "Schema (MySQL: database) to keep the revision table in (default: the connection's).")
    String revisionsSchema;

    @Mixin
    WebhookOptions webhook;

    @Mixin
    FormatOption format;

    @ParentCommand
    MigrateCommand parent;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = GoDuration.class,
            description = "How long to wait for the schema lock another process holds, e.g. 10s, 2m (default: 5m).")
    Duration lockTimeout;

    @Override
    public Integer call() {
        if (amount < 0) throw new InvalidInputException("the number of files to apply must be 0 (all) or more, not " + amount);
        boolean json = format.json();
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        String baseline = ProjectOptions.optional(this.baseline, env.flatMap(e -> e.migration().baseline()));
        String revisionsSchema = ProjectOptions.optional(this.revisionsSchema, env.flatMap(e -> e.migration().revisionsSchema()));
        Duration lockTimeout = this.lockTimeout != null ? this.lockTimeout
                : env.flatMap(e -> e.migration().lockTimeout()).map(t -> new GoDuration().convert(t)).orElse(null);
        DirectoryUrl d = dir.url(env);
        Migrations migrations = Migrations.of(d.path(), d.format()).txMode(TxMode.parse(txMode).orElseThrow(() -> new InvalidInputException(
                "unknown transaction mode \"" + txMode + "\": use file, all or none"))).allowDirty(allowDirty);
        if (baseline != null) migrations = migrations.baseline(baseline);
        if (revisionsSchema != null) migrations = migrations.revisionsSchema(revisionsSchema);
        if (lockTimeout != null) migrations = migrations.lockTimeout(lockTimeout);
        // A directory that fails its checks never reaches the database: not even a connection is opened.
        migrations.checkDirectory();
        PrintWriter err = spec.commandLine().getErr();
        Secrets secrets = Secrets.of(List.of(url));
        Notifier notifier = dryRun ? Notifier.none() : webhook.notifier("migrate apply", secrets.mask(url), err);
        Progress progress = Progress.of(parent.root.terminal(), err);
        FilesRun run = new FilesRun(progress);
        MigrateResult result;
        // A dry run only reads: a database that does not exist is an error, never created.
        try (Connection c = Dialects.connect(url, dryRun ? Access.READ : Access.WRITE)) {
            if (dryRun) {
                result = migrations.dryRun(c, amount);
            } else {
                // What is pending before the run: the webhook's summary should the run fail halfway.
                if (notifier.active() || json) run.pending(migrations.dryRun(c, amount));
                result = migrations.listener(run).apply(c, amount);
            }
        } catch (SQLException e) {
            throw failed(new ConnectionException("cannot close the connection to the database: " + e.getMessage(), e), progress, notifier, run, secrets);
        } catch (RuntimeException e) {
            if (json && e instanceof AtlasException a) {
                // The document comes first; the error still goes to stderr and sets the exit status.
                PrintWriter out = spec.commandLine().getOut();
                out.println(MigrateApplyJson.failed(run.summary(), run.applied(e), a, secrets::mask));
                out.flush();
            }
            throw failed(e, progress, notifier, run, secrets);
        }
        progress.clear();
        notifier.succeeded(result.files().stream().map(AppliedFile::name).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(MigrateApplyJson.of(result, dryRun ? result.files().stream().map(AppliedFile::name).toList() : run.summary()));
        else print(out, result);
        out.flush();
        return 0;
    }

    /** Erases the progress line and tells the webhook; {@return the failure, for the caller to throw} */
    private static RuntimeException failed(RuntimeException e, Progress progress, Notifier notifier, FilesRun run, Secrets secrets) {
        progress.clear();
        notifier.failed(run.summary(), run.applied(e), secrets.mask(String.valueOf(e.getMessage())));
        return e;
    }

    /** Prints the run as {@code atlas migrate apply} does: each file, its statements, and a summary. */
    static void print(PrintWriter out, MigrateResult r) {
        if (r.isEmpty()) {
            out.println("No migration files to execute");
            return;
        }
        int n = r.files().size();
        out.println("Migrating to version " + r.to().orElse("?") + r.from().map(v -> " from " + v).orElse("")
                + " (" + count(n, "migration") + " in total):");
        out.println();
        for (AppliedFile f : r.files()) {
            out.println("  -- migrating version " + (f.version().isEmpty() ? f.name() : f.version()));
            for (String s : f.statements()) {
                String sql = s.strip();
                out.println("    -> " + sql.replaceAll("\\R", "\n       ") + (sql.endsWith(";") ? "" : ";"));
            }
            if (!r.dryRun()) out.println("  -- ok (" + format(f.took()) + ")");
            out.println();
        }
        out.println("  -------------------------");
        if (r.dryRun()) {
            out.println("  -- " + count(n, "migration") + ", " + count(r.statementCount(), "sql statement")
                    + " to run (dry run: nothing was applied)");
        } else {
            out.println("  -- " + format(r.took()));
            out.println("  -- " + count(n, "migration") + " ok, " + count(r.statementCount(), "sql statement"));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@return a duration as Go prints it, roughly: 812µs, 12.345ms, 1.5s} */
    static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos < 1_000_000) return (nanos / 1_000) + "µs";
        if (nanos < 1_000_000_000) return String.format(Locale.ROOT, "%.3fms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.3fs", nanos / 1e9);
    }
}

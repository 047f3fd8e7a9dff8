package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import org.apache.maven.plugin.MojoFailureException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.script.TxMode;
import io.atlas4j.spi.Connector.Access;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the pending migration files on the database at {@code url}, in order, under the schema lock,
 * recording each in the revision table, as {@code atlas4j migrate apply} does. The directory is
 * checked against {@code atlas.sum} before the database is opened.
 */
@Mojo(name = "migrate-apply", requiresProject = false, threadSafe = true)
public class MigrateApplyMojo extends AbstractMigrateMojo {
    /** Database to migrate. */
    @Parameter(property = "atlas4j.url")
    String url;

    /** Run only the next N pending files (0: all). */
    @Parameter(property = "atlas4j.amount", defaultValue = "0")
    int amount;

    /** Log the files and statements that would run, running nothing. */
    @Parameter(property = "atlas4j.dryRun", defaultValue = "false")
    boolean dryRun;

    /** On a database with no revisions yet, record this version as applied: that file and those before it do not run. */
    @Parameter(property = "atlas4j.baseline")
    String baseline;

    /** Run the files on a database that holds tables but no revisions. */
    @Parameter(property = "atlas4j.allowDirty", defaultValue = "false")
    boolean allowDirty;

    /** Transactions: {@code file} (one per file), {@code all} (one for the whole run), {@code none}. */
    @Parameter(property = "atlas4j.txMode", defaultValue = "file")
    String txMode;

    /** Schema (MySQL: database) to keep the revision table in (default: the connection's). */
    @Parameter(property = "atlas4j.revisionsSchema")
    String revisionsSchema;

    /** How long to wait for the schema lock another process holds, e.g. {@code 10s}, {@code 2m} (default: 5m). */
    @Parameter(property = "atlas4j.lockTimeout")
    String lockTimeout;

    @Override
    void fromEnv(Env env) {
        super.fromEnv(env);
        url = orEnv(url, env.url());
        baseline = orEnv(baseline, env.migration().baseline());
        revisionsSchema = orEnv(revisionsSchema, env.migration().revisionsSchema());
    }

    @Override
    String goal() {
        return "migrate-apply";
    }

    @Override
    String[] urls() {
        return new String[] {url};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("url", url);
        if (amount < 0) throw new InvalidInputException("the number of files to apply (amount) must be 0 (all) or more, not " + amount);
        DirectoryUrl d = directory();
        Migrations migrations = Migrations.of(d.path(), d.format()).txMode(TxMode.parse(txMode).orElseThrow(() -> new InvalidInputException(
                "unknown transaction mode \"" + txMode + "\" (txMode): use file, all or none"))).allowDirty(allowDirty);
        if (baseline != null) migrations = migrations.baseline(baseline);
        if (revisionsSchema != null) migrations = migrations.revisionsSchema(revisionsSchema);
        if (lockTimeout != null) migrations = migrations.lockTimeout(Durations.parse(lockTimeout, "lockTimeout"));
        // A directory that fails its checks never reaches the database: not even a connection is opened.
        migrations.checkDirectory();
        String db = dryRun ? database(url) : writableDatabase(url);
        getLog().info("Migrating " + mask(db) + " from " + d);
        MigrateResult result;
        try (Connection c = Dialects.connect(db, dryRun ? Access.READ : Access.WRITE)) {
            result = dryRun ? migrations.dryRun(c, amount) : migrations.apply(c, amount);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close the connection to the database: " + e.getMessage(), e);
        }
        log(result);
    }

    /** Logs the run as {@code atlas migrate apply} prints it: each file, its statements, and a summary. */
    private void log(MigrateResult r) {
        if (r.isEmpty()) {
            getLog().info("No migration files to execute");
            return;
        }
        int n = r.files().size();
        getLog().info("Migrating to version " + r.to().orElse("?") + r.from().map(v -> " from " + v).orElse("")
                + " (" + count(n, "migration") + " in total):");
        for (AppliedFile f : r.files()) {
            getLog().info("  -- migrating version " + (f.version().isEmpty() ? f.name() : f.version()));
            for (String s : f.statements()) {
                String sql = s.strip();
                getLog().info("    -> " + sql.replaceAll("\\R", "\n       ") + (sql.endsWith(";") ? "" : ";"));
            }
            if (!r.dryRun()) getLog().info("  -- ok (" + format(f.took()) + ")");
        }
        getLog().info("  -------------------------");
        if (r.dryRun()) {
            getLog().info("  -- " + count(n, "migration") + ", " + count(r.statementCount(), "sql statement")
                    + " to run (dry run: nothing was applied)");
        } else {
            getLog().info("  -- " + format(r.took()));
            getLog().info("  -- " + count(n, "migration") + " ok, " + count(r.statementCount(), "sql statement"));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos < 1_000_000) return (nanos / 1_000) + "µs";
        if (nanos < 1_000_000_000) return String.format(Locale.ROOT, "%.3fms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.3fs", nanos / 1e9);
    }
}

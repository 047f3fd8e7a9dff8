package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.migrate.DownResult;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.Replay;
import io.atlas4j.plan.Statement;
import java.io.PrintWriter;
import java.sql.Connection;
import io.atlas4j.error.ApplyException;
import java.util.List;
import java.util.Optional;
import io.atlas4j.hcl.project.Env;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate down}: reverts the last applied files, planned against the directory's earlier state. */
@Command(name = "down", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Revert the last N applied files: the directory's earlier state is replayed on the dev database, the"
                + " database is planned back to it, and the files' revisions are removed. Destructive steps need --allow-destructive.")
final class MigrateDownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "Database to migrate down (with --env: the env's url).")
    String url;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", defaultValue = "1", description = "How many files to revert (default: 1).")
    int amount;

    @Option(names = "--dev-url", paramLabel = "URL", description = "Empty dev database (default: the dialect's own, or a scratch one on the server).")
    String devUrl;

    @Option(names = "--dry-run", description = "Print the statements that would run, running nothing.")
    boolean dryRun;

    @Option(names = "--allow-destructive", description = "Allow steps that lose data (dropping what the reverted files created).")
    boolean allowDestructive;

    @Mixin
    WebhookOptions webhook;

    @Override
    public Integer call() {
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        String devUrl = ProjectOptions.optional(this.devUrl, env.flatMap(Env::dev));
        var d = dir.url(env);
        Migrations migrations = Migrations.of(d.path(), d.format());
        Optional<String> revisionsSchema = env.flatMap(e -> e.migration().revisionsSchema());
        if (revisionsSchema.isPresent()) migrations = migrations.revisionsSchema(revisionsSchema.get());
        migrations.checkDirectory();
        DownResult r;
        Secrets secrets = Secrets.of(List.of(url));
        Notifier notifier = dryRun ? Notifier.none() : webhook.notifier("migrate down", secrets.mask(url), spec.commandLine().getErr());
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(devUrl), project.vars(), Source.LOADER_OPTIONS)) {
            Connection c = sources.openWrite(url);
            Replay replay = MigrateDevTarget.replay(sources, Optional.ofNullable(devUrl), Optional.of(c),
                    Optional.of(io.atlas4j.Dialects.jdbcTarget(url, io.atlas4j.spi.Connector.Access.WRITE)));
            r = dryRun ? migrations.downDryRun(c, amount, replay) : migrations.down(c, amount, replay, allowDestructive);
        } catch (RuntimeException e) {
            notifier.failed(List.of(), e instanceof ApplyException a ? a.applied() : List.of(), secrets.mask(String.valueOf(e.getMessage())));
            throw e;
        }
        if (!r.reverted().isEmpty()) notifier.succeeded(r.plan().statements().stream().map(Statement::sql).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (r.reverted().isEmpty()) {
            out.println("No migration files to revert");
        } else {
            out.println("Migrating down from version " + r.from().orElse("?") + " to " + r.to().orElse("(none)")
                    + (r.dryRun() ? " (dry run: nothing was run)" : "") + ":");
            for (Statement s : r.plan().statements()) out.println("  -> " + s.sql().strip() + ";");
            out.println("  -- reverted " + String.join(", ", r.reverted()));
        }
        out.flush();
        return 0;
    }
}

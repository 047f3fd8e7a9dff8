package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.migrate.MigrationDiff;
import io.atlas4j.migrate.NewMigration;
import io.atlas4j.migrate.Replay;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import io.atlas4j.hcl.project.Env;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate diff}: writes the next migration file from the desired schema, as {@code atlas migrate diff}. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Replay the migration directory on the dev database, compare it with the desired schema (--to: SQL files"
                + " or a database URL), and write the next migration file with the statements that close the gap; atlas.sum is"
                + " updated. Writes nothing when the directory already builds the desired schema.")
final class MigrateDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = "", description = "The new file's name.")
    String name;

    @Option(names = "--to", paramLabel = "SRC",
            description = "Desired schema: file://schema.sql or schema.hcl, a folder, or a database URL (with --env: the env's src).")
    String to;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Empty dev database to replay the directory on (needed unless --to is a database that brings one).")
    String devUrl;

    @Override
    public Integer call() {
        Optional<Env> env = project.env();
        String to = ProjectOptions.required("--to", this.to, env.flatMap(ProjectOptions::src), env);
        String devUrl = ProjectOptions.optional(this.devUrl, env.flatMap(Env::dev));
        var d = dir.url(env);
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(devUrl), project.vars(), Source.LOADER_OPTIONS)) {
            Source target = new Source(to);
            Optional<Connection> server = Optional.empty();
            Optional<io.atlas4j.spi.JdbcTarget> access = Optional.empty();
            if (!target.isFile() && devUrl == null) {
                SourceLoader.Database db = sources.open(to);
                server = Optional.of(db.connection());
                access = Optional.of(db.access());
            }
            MigrateDevTarget.Target dev = MigrateDevTarget.target(sources, Optional.ofNullable(devUrl), server, access);
            Replay replay = dev.replay();
            Realm desired = MigrateDevTarget.desired(sources, target, dev);
            Optional<NewMigration> next = MigrationDiff.write(d.path(), d.format(), name, desired, replay, Scope.SCHEMA, Instant.now());
            PrintWriter out = spec.commandLine().getOut();
            if (next.isEmpty()) out.println("The migration directory is synced with the desired state, no changes to be made");
            else out.println(next.get().file() + " (" + next.get().plan().statements().size() + " statement(s))");
            out.flush();
        }
        return 0;
    }
}

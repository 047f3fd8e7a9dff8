package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.migrate.Migrations;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import io.atlas4j.hcl.project.Env;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate set}: sets the database's version by hand, running nothing. */
@Command(name = "set", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mark the files up to VERSION as applied and forget the revisions of later files, running nothing.")
final class MigrateSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "Database whose revisions to set (with --env: the env's url).")
    String url;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The version the database is at.")
    String version;

    @Override
    public Integer call() {
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        var d = dir.url(env);
        Migrations migrations = Migrations.of(d.path(), d.format());
        migrations.checkDirectory();
        try (SourceLoader sources = new SourceLoader(Optional.empty(), Map.of(), Source.LOADER_OPTIONS)) {
            Connection c = sources.openWrite(url);
            migrations.set(c, version);
        }
        spec.commandLine().getOut().println("Database set to version " + version);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

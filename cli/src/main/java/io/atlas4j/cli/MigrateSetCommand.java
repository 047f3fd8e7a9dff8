package io.atlas4j.cli;

import io.atlas4j.migrate.Migrations;
import java.sql.Connection;
import java.util.Optional;
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

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL", description = "Database whose revisions to set.")
    String url;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The version the database is at.")
    String version;

    @Override
    public Integer call() {
        var d = dir.url();
        Migrations migrations = Migrations.of(d.path(), d.format());
        migrations.checkDirectory();
        try (Sources sources = new Sources(Optional.empty())) {
            Connection c = sources.openWrite(url);
            migrations.set(c, version);
        }
        spec.commandLine().getOut().println("Database set to version " + version);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

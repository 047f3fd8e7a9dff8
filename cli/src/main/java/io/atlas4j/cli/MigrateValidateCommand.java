package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atlas4j migrate validate}: checks a migration directory without a database. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the migration directory without a database: its files against atlas.sum (required for the atlas"
                + " format), their names and contents against the format's rules, and duplicate versions. Prints nothing when it is valid.")
final class MigrateValidateCommand implements Callable<Integer> {
    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        DirectoryUrl d = dir.url(project.env());
        Migrations.of(d.path(), d.format()).checkDirectory();
        return 0;
    }
}

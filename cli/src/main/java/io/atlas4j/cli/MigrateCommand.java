package io.atlas4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate}: the versioned workflow over a migration directory. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Work with versioned migrations: a directory of SQL files (atlas, Flyway, golang-migrate, goose, dbmate"
                + " or Liquibase format) checked by its atlas.sum, applied in order and recorded in a revision table.",
        subcommands = {MigrateApplyCommand.class, MigrateStatusCommand.class, MigrateNewCommand.class, MigrateHashCommand.class,
                MigrateValidateCommand.class, MigrateImportCommand.class, MigrateDiffCommand.class, MigrateLintCommand.class,
                MigrateDownCommand.class, MigrateSetCommand.class})
final class MigrateCommand implements Runnable {
    @ParentCommand
    AtlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

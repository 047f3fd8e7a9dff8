package io.atlas4j.cli;

import picocli.CommandLine.Command;

/** {@code atlas4j}: the root command; the work happens in its subcommands. */
@Command(name = "atlas4j", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Manage database schemas as code: inspect, diff, plan and apply; or run versioned migration files.",
        subcommands = {SchemaCommand.class, MigrateCommand.class})
final class AtlasCommand implements Runnable {
    private final Terminal terminal;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AtlasCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.atlas4j.cli;

import picocli.CommandLine.Command;

/** {@code atlas4j}: the root command; the work happens in its subcommands. */
@Command(name = "atlas4j", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Manage database schemas as code: inspect, diff, plan and apply; or run versioned migration files.",
        subcommands = {SchemaCommand.class, MigrateCommand.class, LspCommand.class, CompletionCommand.class})
final class AtlasCommand implements Runnable {
    private final Terminal terminal;
    private final java.util.List<String> secrets = new java.util.ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AtlasCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Marks a URL read from a project file as holding a secret: errors mask it as they mask the command line's URLs. */
    void secret(String url) {
        secrets.add(url);
    }

    /** {@return the URLs read from a project file during this run} */
    java.util.List<String> secrets() {
        return java.util.List.copyOf(secrets);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package io.atlas4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema}: the declarative workflow. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Work with schemas declaratively: inspect a database, diff two sources, apply a desired schema, format HCL files.",
        subcommands = {InspectCommand.class, DiffCommand.class, ApplyCommand.class, FmtCommand.class})
final class SchemaCommand implements Runnable {
    @ParentCommand
    AtlasCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

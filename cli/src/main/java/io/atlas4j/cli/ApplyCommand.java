package io.atlas4j.cli;

import io.atlas4j.ApplyOptions;
import io.atlas4j.ApplyResult;
import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema apply}: brings a database to a desired schema, after showing the plan. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bring the database at --url to the schema of --to: show the planned changes, confirm, apply.")
final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    SchemaCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL", description = "Database to change.")
    String url;

    @Option(names = "--to", required = true, paramLabel = "SRC",
            description = "Desired schema: file://path (a .sql file or a directory of them) or a database URL.")
    String to;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Empty scratch database to load file:// sources into (default: the dialect's embedded one, e.g. in-memory SQLite).")
    String devUrl;

    @Option(names = "--dry-run", description = "Print the planned changes and check them, but change nothing.")
    boolean dryRun;

    @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
    boolean autoApprove;

    @Option(names = "--allow-destructive", description = "Allow changes that drop tables, columns or schemas.")
    boolean allowDestructive;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Source desiredSource = new Source(to);
        try (Sources sources = new Sources(Optional.ofNullable(devUrl))) {
            // Load the desired schema before reading the target: bad input fails before anything else happens.
            // The target is only connected to here; a server dialect creates its scratch dev database next to it.
            Connection target = sources.connect(url);
            Dialect byConnection = Dialects.forConnection(target);
            Sources.Loaded desired = sources.load(desiredSource, Optional.of(byConnection), Optional.of(target));
            Sources.Loaded current = sources.inspect(target);
            Dialect dialect = current.dialect();
            Schema want = desired.schema().withName(current.schema().name());
            Plan plan = Atlas.diff(current.schema(), want, dialect).plan(dialect);
            if (plan.isEmpty()) {
                out.println(DiffCommand.SYNCED);
                out.flush();
                return 0;
            }
            out.println("-- Planned Changes:");
            out.print(plan.sql());
            out.flush();
            ApplyOptions options = ApplyOptions.defaults().withAllowDestructive(allowDestructive);
            // A dry run first: refuses destructive changes before anyone is asked or anything is written.
            Atlas.apply(target, plan, options.withDryRun(true));
            if (dryRun) {
                out.println("-- Dry run: nothing was applied.");
                out.flush();
                return 0;
            }
            if (!autoApprove && !approved()) {
                spec.commandLine().getErr().println("Error: changes not approved: nothing was applied");
                spec.commandLine().getErr().flush();
                return 1;
            }
            ApplyResult result = Atlas.apply(target, plan, options);
            int n = result.applied().size();
            out.println("-- Applied " + n + " statement" + (n == 1 ? "" : "s") + ".");
        }
        out.flush();
        return 0;
    }

    private boolean approved() {
        return parent.root.terminal().confirm("Apply these changes?").orElseThrow(() -> new InvalidInputException(
                "no terminal to confirm the planned changes: pass --auto-approve to apply them, or --dry-run to only preview them"));
    }
}

package io.atlas4j.cli;

import io.atlas4j.Atlas;
import io.atlas4j.plan.Plan;
import io.atlas4j.spi.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema diff}: prints the SQL that takes one schema to another. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the statements that take the --from schema to the --to schema.")
final class DiffCommand implements Callable<Integer> {
    static final String SYNCED = "Schemas are synced, no changes to be made.";

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--from", required = true, paramLabel = "SRC",
            description = "Current schema: a database URL or file://path (a .sql file or a directory of them).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SRC",
            description = "Desired schema: a database URL or file://path (a .sql file or a directory of them).")
    String to;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Empty scratch database to load file:// sources into (default: the dialect's embedded one, e.g. in-memory SQLite).")
    String devUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Source current = new Source(from);
        Source desired = new Source(to);
        try (Sources sources = new Sources(Optional.ofNullable(devUrl))) {
            // Read database sides first: their dialect and server tell how to load the file sides.
            Connection ca = current.isFile() ? null : sources.connect(current.raw());
            Connection cb = desired.isFile() ? null : sources.connect(desired.raw());
            Sources.Loaded a = ca == null ? null : sources.inspect(ca);
            Sources.Loaded b = cb == null ? null : sources.inspect(cb);
            Optional<Dialect> hint = Optional.ofNullable(a != null ? a.dialect() : b != null ? b.dialect() : null);
            Optional<Connection> server = Optional.ofNullable(ca != null ? ca : cb);
            if (a == null) a = sources.load(current, hint, server);
            if (b == null) b = sources.load(desired, hint, server);
            // A database side's dialect is tuned to its server; prefer it over the one a file was loaded with.
            Dialect dialect = !current.isFile() || desired.isFile() ? a.dialect() : b.dialect();
            Plan plan = Atlas.diff(a.schema(), b.schema().withName(a.schema().name()), dialect).plan(dialect);
            out.print(plan.isEmpty() ? SYNCED + "\n" : plan.sql());
        }
        out.flush();
        return 0;
    }
}

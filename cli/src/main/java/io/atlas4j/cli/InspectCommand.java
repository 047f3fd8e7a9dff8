package io.atlas4j.cli;

import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import java.util.List;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema inspect}: prints a database's schema as SQL or JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the schema of a database: as the CREATE statements that build it (sql) or as JSON.")
final class InspectCommand implements Callable<Integer> {
    enum Format { SQL, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL",
            description = "Database to inspect, e.g. sqlite://app.db, postgres://user:pass@localhost:5432/db, or a jdbc: URL.")
    String url;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Scope scope = Dialects.scope(url);
        try (Sources sources = new Sources(Optional.empty())) {
            Sources.Loaded db = sources.inspect(sources.open(url).connection(), scope);
            if (format == Format.JSON) {
                out.println(scope == Scope.SCHEMA ? SchemaJson.render(db.schema(), db.dialect()) : SchemaJson.render(db.realm(), db.dialect()));
            } else {
                // The SQL form is what the dialect's planner emits to build the schema (or every schema) from nothing.
                Plan plan = scope == Scope.SCHEMA
                        ? Atlas.diff(Schema.empty(db.schema().name()), db.schema(), db.dialect()).plan(db.dialect())
                        : Atlas.diff(new Realm(List.of(), Attrs.EMPTY), db.realm()).plan(db.dialect());
                out.print(plan.sql());
            }
        }
        out.flush();
        return 0;
    }
}

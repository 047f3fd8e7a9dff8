package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.erd.Erd;
import io.atlas4j.erd.ErdFormat;
import java.nio.file.Path;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.HclSchemas;
import io.atlas4j.hcl.HclWriteException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.spi.Dialect;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import java.util.List;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema inspect}: prints a database's schema as SQL, JSON, Atlas HCL or a diagram. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the schema of a database: as the CREATE statements that build it (sql), as JSON, or as Atlas HCL.")
final class InspectCommand implements Callable<Integer> {
    enum Format { SQL, JSON, HCL, MERMAID, DOT, HTML }

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL",
            description = "Database to inspect, e.g. sqlite://app.db, postgres://user:pass@localhost:5432/db, or a jdbc: URL.")
    String url;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--visualize",
            description = "Write the schema as an entity-relationship diagram to a self-contained HTML page and print its path.")
    boolean visualize;

    @Option(names = "--open", description = "With --visualize: also open the page in a browser ($BROWSER, or the system's).")
    boolean open;

    @Option(names = "--output", paramLabel = "FILE", description = "With --visualize: the HTML file to write (default: a new temporary file).")
    Path output;

    @Override
    public Integer call() {
        if (open && !visualize) throw new InvalidInputException("--open opens the page of --visualize: add --visualize");
        PrintWriter out = spec.commandLine().getOut();
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        Scope scope = Dialects.scope(url);
        try (SourceLoader sources = new SourceLoader(Optional.empty(), Map.of(), Source.LOADER_OPTIONS)) {
            SourceLoader.Loaded db = sources.inspect(sources.open(url).connection(), scope);
            Realm inspected = scope == Scope.SCHEMA ? Realm.of(db.schema()) : db.realm();
            if (visualize) {
                Path page = output == null ? Erd.of(inspected).writeHtml() : Erd.of(inspected).writeHtml(output);
                out.println(page);
                out.flush();
                if (open) Browser.open(page, spec.commandLine().getErr());
            } else if (format == Format.MERMAID || format == Format.DOT || format == Format.HTML) {
                out.print(Erd.render(inspected, ErdFormat.parse(format.name().toLowerCase(java.util.Locale.ROOT))));
            } else if (format == Format.HCL) {
                out.print(hcl(scope == Scope.SCHEMA ? Realm.of(db.schema()) : db.realm(), db.dialect()));
            } else if (format == Format.JSON) {
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

    private static String hcl(Realm realm, Dialect dialect) {
        try {
            return HclSchemas.write(realm, dialect);
        } catch (HclWriteException e) {
            throw new InvalidInputException("cannot print the schema as HCL: it holds what atlas4j's HCL cannot express yet: "
                    + String.join("; ", e.unsupported()) + " (use --format sql or --format json)", e);
        }
    }
}

package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.DesiredSchema;
import io.atlas4j.SchemaDiff;
import io.atlas4j.erd.Erd;
import io.atlas4j.schema.Realm;
import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.Policy;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.spi.Scope;
import java.util.ArrayList;
import java.util.List;
import io.atlas4j.RenameHints;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.spi.Dialect;
import java.io.PrintWriter;
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

    @Mixin
    ProjectOptions project;

    @Mixin
    FormatOption format;

    @Option(names = "--from", paramLabel = "SRC",
            description = "Current schema: a database URL or file://path (a .sql or .hcl file, or a directory of them); with --env, the env's url.")
    String from;

    @Option(names = "--to", paramLabel = "SRC",
            description = "Desired schema: a database URL or file://path (a .sql or .hcl file, or a directory of them); with --env, the env's src.")
    String to;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Empty scratch database to load file:// sources into (default: the dialect's embedded one, e.g. in-memory SQLite).")
    String devUrl;

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "With two file sources and no database: the dialect they are written for (sqlite, postgres, mysql, mssql), e.g. with --dev-url offline.")
    String dialectName;

    /**
     * {@return the whole database when every database side names one (a PostgreSQL URL without
     * search_path), else one schema; two files compare in the scope of the dev database}
     */
    private static Scope scope(Source current, Source desired, String devUrl) {
        List<String> urls = new ArrayList<>();
        for (Source s : List.of(current, desired)) if (!s.isFile()) urls.add(s.raw());
        if (urls.isEmpty() && devUrl != null && !devUrl.equals(SourceLoader.OFFLINE)) urls.add(devUrl);
        if (urls.isEmpty()) return Scope.SCHEMA;
        for (String u : urls) if (Dialects.scope(u) == Scope.SCHEMA) return Scope.SCHEMA;
        return Scope.DATABASE;
    }

    @Option(names = "--visualize",
            description = "Also write the desired schema as a diagram with added, changed and dropped objects coloured (a self-contained HTML page) and print its path on stderr.")
    boolean visualize;

    @Option(names = "--open", description = "With --visualize: also open the page in a browser ($BROWSER, or the system's).")
    boolean open;

    @Override
    public Integer call() {
        if (open && !visualize) throw new InvalidInputException("--open opens the page of --visualize: add --visualize");
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format.json();
        Optional<Env> env = project.env();
        Source current = new Source(ProjectOptions.required("--from", from, env.flatMap(Env::url), env));
        Source desired = new Source(ProjectOptions.required("--to", to, env.flatMap(ProjectOptions::src), env));
        String devUrl = ProjectOptions.optional(this.devUrl, env.flatMap(Env::dev));
        Scope scope = scope(current, desired, devUrl);
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(devUrl), project.vars(), Source.LOADER_OPTIONS)) {
            // Read database sides first: their dialect and server tell how to load the file sides.
            SourceLoader.Database da = current.isFile() ? null : sources.open(current.raw());
            SourceLoader.Database db = desired.isFile() ? null : sources.open(desired.raw());
            SourceLoader.Loaded a = da == null ? null : sources.inspect(da.connection(), scope);
            SourceLoader.Loaded b = db == null ? null : sources.inspect(db.connection(), scope);
            Optional<Dialect> hint = Optional.ofNullable(a != null ? a.dialect() : b != null ? b.dialect() : null);
            if (dialectName != null) {
                Dialect named = Dialects.byName(dialectName);
                if (hint.isPresent() && !hint.get().name().equals(named.name())) {
                    throw new InvalidInputException("--dialect " + dialectName + " does not match the database compared with, a "
                            + hint.get().name() + " database: leave --dialect out");
                }
                if (hint.isEmpty()) hint = Optional.of(named);
            }
            Optional<SourceLoader.Database> server = Optional.ofNullable(da != null ? da : db);
            if (a == null) a = sources.load(current.raw(), hint, server, scope);
            if (b == null) b = sources.load(desired.raw(), hint, server, scope);
            // A database side's dialect is tuned to its server; prefer it over the one a file was loaded with.
            Dialect dialect = !current.isFile() || desired.isFile() ? a.dialect() : b.dialect();
            // Rename hints (-- atlas:renamed-from) in a desired file plan renames, as schema apply does.
            DiffOptions hints = desired.isPath() ? RenameHints.scan(desired.path()) : DiffOptions.defaults();
            // The env's diff { skip { ... } } leaves those change kinds out of the plan.
            if (env.isPresent()) hints = env.get().diff().apply(Policy.defaults()).diffOptions(hints);
            DesiredSchema want = new DesiredSchema(b.realm(), hints);
            SchemaDiff diff = scope == Scope.SCHEMA ? want.diffFrom(a.schema(), dialect) : want.diffFrom(a.realm());
            Plan plan = diff.plan(dialect);
            if (visualize) {
                Realm drawn = scope == Scope.SCHEMA ? Realm.of(b.schema()) : b.realm();
                // Stdout stays the plan (text or JSON); the page's path goes to stderr.
                java.nio.file.Path page = Erd.diff(drawn, diff.changes()).writeHtml();
                spec.commandLine().getErr().println("Diagram: " + page);
                spec.commandLine().getErr().flush();
                if (open) Browser.open(page, spec.commandLine().getErr());
            }
            if (json) out.println(PlanJson.diff(plan));
            else out.print(plan.isEmpty() ? SYNCED + "\n" : plan.sql());
        }
        out.flush();
        return 0;
    }
}

package io.atlas4j.maven;

import io.atlas4j.SourceLoader;
import org.apache.maven.plugin.MojoFailureException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.RenameHints;
import io.atlas4j.SchemaSources;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints the statements that take the {@code from} schema to the {@code to} schema, as {@code atlas4j schema diff} does. */
@Mojo(name = "schema-diff", requiresProject = false, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class SchemaDiffMojo extends AbstractAtlasMojo {
    /** Current schema: a database URL or {@code file://path} (a .sql file or a directory of them, relative to the project). */
    @Parameter(property = "atlas4j.from")
    String from;

    /** Desired schema: a database URL or {@code file://path} (a .sql file or a directory of them, relative to the project). */
    @Parameter(property = "atlas4j.to")
    String to;

    /** Empty scratch database to load {@code file://} sources into (default: the dialect's embedded one, e.g. in-memory SQLite). */
    @Parameter(property = "atlas4j.devUrl")
    String devUrl;

    /** File to write the statements to instead of the build log. */
    @Parameter(property = "atlas4j.output")
    File output;

    @Override
    void fromEnv(Env env) {
        from = orEnv(from, env.url());
        to = orEnv(to, src(env));
        devUrl = orEnv(devUrl, env.dev());
    }

    @Override
    String goal() {
        return "schema-diff";
    }

    @Override
    String[] urls() {
        return new String[] {from, to, devUrl};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("from", from);
        required("to", to);
        String current = source(from);
        String desired = source(to);
        String dev = database(devUrl);
        Scope scope = scope(current, desired, dev);
        Plan plan;
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(dev), Map.of(), SOURCE_OPTIONS)) {
            // Read database sides first: their dialect and server tell how to load the file sides.
            SourceLoader.Database da = SchemaSources.isDdl(current) ? null : sources.open(current);
            SourceLoader.Database db = SchemaSources.isDdl(desired) ? null : sources.open(desired);
            SourceLoader.Loaded a = da == null ? null : sources.inspect(da.connection(), scope);
            SourceLoader.Loaded b = db == null ? null : sources.inspect(db.connection(), scope);
            Optional<Dialect> hint = Optional.ofNullable(a != null ? a.dialect() : b != null ? b.dialect() : null);
            Optional<SourceLoader.Database> server = Optional.ofNullable(da != null ? da : db);
            if (a == null) a = sources.load(current, hint, server, scope);
            if (b == null) b = sources.load(desired, hint, server, scope);
            // A database side's dialect is tuned to its server; prefer it over the one a file was loaded with.
            Dialect dialect = !SchemaSources.isDdl(current) || SchemaSources.isDdl(desired) ? a.dialect() : b.dialect();
            DiffOptions hints = SchemaSources.isFile(desired) ? RenameHints.scan(SchemaSources.path(desired)) : DiffOptions.defaults();
            DesiredSchema want = new DesiredSchema(b.realm(), hints);
            plan = (scope == Scope.SCHEMA ? want.diffFrom(a.schema(), dialect) : want.diffFrom(a.realm())).plan(dialect);
        }
        print(plan.isEmpty() ? SYNCED + "\n" : plan.sql(), output);
    }

    /** {@return the whole database when every database side names one, else one schema; two files compare in the dev database's scope} */
    private static Scope scope(String current, String desired, String dev) {
        List<String> urls = new ArrayList<>();
        for (String s : List.of(current, desired)) if (!SchemaSources.isDdl(s)) urls.add(s);
        if (urls.isEmpty() && dev != null) urls.add(dev);
        if (urls.isEmpty()) return Scope.SCHEMA;
        for (String u : urls) if (Dialects.scope(u) == Scope.SCHEMA) return Scope.SCHEMA;
        return Scope.DATABASE;
    }
}

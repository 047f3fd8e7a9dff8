package io.atlas4j.maven;

import io.atlas4j.SourceLoader;
import org.apache.maven.plugin.MojoFailureException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Scope;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints a database's schema as the CREATE statements that build it, as {@code atlas4j schema inspect} does. */
@Mojo(name = "schema-inspect", requiresProject = false, threadSafe = true)
public class SchemaInspectMojo extends AbstractAtlasMojo {
    /** Database to inspect, e.g. {@code sqlite://app.db}, {@code postgres://user@localhost:5432/db}, or a jdbc: URL. */
    @Parameter(property = "atlas4j.url")
    String url;

    /** Output format: {@code sql} (the JSON form is the CLI's for now). */
    @Parameter(property = "atlas4j.format", defaultValue = "sql")
    String format;

    /** File to write the schema to instead of the build log. */
    @Parameter(property = "atlas4j.output")
    File output;

    @Override
    void fromEnv(Env env) {
        url = orEnv(url, env.url());
    }

    @Override
    String goal() {
        return "schema-inspect";
    }

    @Override
    String[] urls() {
        return new String[] {url};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("url", url);
        if (!"sql".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format is sql, not " + format + " (JSON output is the CLI's: atlas4j schema inspect --format json)");
        }
        String db = database(url);
        getLog().info("Inspecting " + mask(db));
        Scope scope = Dialects.scope(db);
        String sql;
        try (SourceLoader sources = new SourceLoader(Optional.empty(), Map.of(), SOURCE_OPTIONS)) {
            SourceLoader.Loaded loaded = sources.inspect(sources.open(db).connection(), scope);
            // The SQL form is what the dialect's planner emits to build the schema (or every schema) from nothing.
            Plan plan = scope == Scope.SCHEMA
                    ? Atlas.diff(Schema.empty(loaded.schema().name()), loaded.schema(), loaded.dialect()).plan(loaded.dialect())
                    : Atlas.diff(new Realm(List.of(), Attrs.EMPTY), loaded.realm()).plan(loaded.dialect());
            sql = plan.sql();
        }
        print(sql, output);
    }
}

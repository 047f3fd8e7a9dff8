package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.SourceLoader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.Dialects;
import io.atlas4j.SchemaSources;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.MigrationDiff;
import io.atlas4j.migrate.NewMigration;
import io.atlas4j.migrate.Replay;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Replays the migration directory on the dev database, compares it with the desired schema, and
 * writes the next migration file with the statements that close the gap (updating
 * {@code atlas.sum}), as {@code atlas4j migrate diff} does. Writes nothing when the directory
 * already builds the desired schema.
 */
@Mojo(name = "migrate-diff", requiresProject = false, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class MigrateDiffMojo extends AbstractMigrateMojo {
    /** Desired schema: {@code file://schema.sql}, a folder (relative to the project), or a database URL. */
    @Parameter(property = "atlas4j.to")
    String to;

    /** Empty dev database to replay the directory on (needed unless {@code to} is a database that brings one, such as SQLite). */
    @Parameter(property = "atlas4j.devUrl")
    String devUrl;

    /** The new file's name, e.g. {@code add_users}. */
    @Parameter(property = "atlas4j.name", defaultValue = "")
    String name;

    @Override
    void fromEnv(Env env) {
        super.fromEnv(env);
        to = orEnv(to, src(env));
        devUrl = orEnv(devUrl, env.dev());
    }

    @Override
    String goal() {
        return "migrate-diff";
    }

    @Override
    String[] urls() {
        return new String[] {to, devUrl};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("to", to);
        DirectoryUrl d = directory();
        String target = source(to);
        String dev = database(devUrl);
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(dev), Map.of(), SOURCE_OPTIONS)) {
            Replay replay;
            Dialect dialect;
            Realm desired;
            if (dev != null) {
                java.sql.Connection devConnection = sources.openWrite(dev);
                replay = Replay.on(devConnection);
                dialect = Dialects.forConnection(devConnection);
            } else if (!SchemaSources.isDdl(target)) {
                // The desired database's server brings the dev database: SQLite's embedded one, or a scratch database.
                SourceLoader.Database db = sources.open(target);
                Dialect server = Dialects.forConnection(db.connection());
                dialect = server;
                replay = server.devDatabases().embedded().map(embedded -> {
                    embedded.close();
                    return Replay.embedded(server);
                }).orElseGet(() -> Replay.scratch(server, db.connection(), Optional.of(db.access())));
            } else {
                throw new InvalidInputException("migrate-diff needs a dev database to replay the directory on: set devUrl, an"
                        + " empty database of the target's kind (e.g. -Datlas4j.devUrl=sqlite://:memory:, or an empty database on"
                        + " your PostgreSQL or MySQL server)");
            }
            desired = SchemaSources.isDdl(target)
                    ? replay.run(SchemaSources.scripts(target, dialect, Scope.SCHEMA, Map.of()), Scope.SCHEMA)
                    : sources.inspect(sources.open(target).connection(), Scope.SCHEMA).realm();
            Optional<NewMigration> next = MigrationDiff.write(d.path(), d.format(), name == null ? "" : name, desired, replay,
                    Scope.SCHEMA, Instant.now());
            if (next.isEmpty()) getLog().info("The migration directory is synced with the desired state, no changes to be made");
            else getLog().info("Wrote " + next.get().file() + " (" + next.get().plan().statements().size() + " statement(s))");
        }
    }
}

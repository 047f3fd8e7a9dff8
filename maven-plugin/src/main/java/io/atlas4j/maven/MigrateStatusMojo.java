package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.migrate.MigrationStatus;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.spi.Connector.Access;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Logs where the database at {@code url} stands against the migration directory, as
 * {@code atlas4j migrate status} does: current and next version, executed and pending files, and
 * where the last attempt stopped. Changes nothing.
 */
@Mojo(name = "migrate-status", requiresProject = false, threadSafe = true)
public class MigrateStatusMojo extends AbstractMigrateMojo {
    /** Database to read. */
    @Parameter(property = "atlas4j.url")
    String url;

    /** Schema (MySQL: database) the revision table is kept in (default: the connection's). */
    @Parameter(property = "atlas4j.revisionsSchema")
    String revisionsSchema;

    @Override
    void fromEnv(Env env) {
        super.fromEnv(env);
        url = orEnv(url, env.url());
        revisionsSchema = orEnv(revisionsSchema, env.migration().revisionsSchema());
    }

    @Override
    String goal() {
        return "migrate-status";
    }

    @Override
    String[] urls() {
        return new String[] {url};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("url", url);
        DirectoryUrl d = directory();
        Migrations migrations = Migrations.of(d.path(), d.format());
        if (revisionsSchema != null) migrations = migrations.revisionsSchema(revisionsSchema);
        migrations.checkDirectory();
        MigrationStatus status;
        String db = database(url);
        try (Connection c = Dialects.connect(db, Access.READ)) {
            status = migrations.status(c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close the connection to the database: " + e.getMessage(), e);
        }
        status.describe().lines().forEach(l -> getLog().info(l));
    }
}

package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.migrate.MigrationStatus;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.spi.Connector.Access;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import io.atlas4j.hcl.project.Env;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate status}: where a database stands against a migration directory. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print where the database at --url stands against the migration directory: current and next version,"
                + " executed and pending files, and where the last attempt stopped. Changes nothing.")
final class MigrateStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Mixin
    FormatOption format;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "Database to read (with --env: the env's url).")
    String url;

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "Schema (MySQL: database) the revision table is kept in (default: the connection's).")
    String revisionsSchema;

    @Override
    public Integer call() {
        boolean json = format.json();
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        String revisionsSchema = ProjectOptions.optional(this.revisionsSchema, env.flatMap(e -> e.migration().revisionsSchema()));
        DirectoryUrl d = dir.url(env);
        Migrations migrations = Migrations.of(d.path(), d.format());
        if (revisionsSchema != null) migrations = migrations.revisionsSchema(revisionsSchema);
        migrations.checkDirectory();
        MigrationStatus status;
        try (Connection c = Dialects.connect(url, Access.READ)) {
            status = migrations.status(c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close the connection to the database: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(StatusJson.of(status));
        else out.print(status.describe());
        out.flush();
        return 0;
    }
}

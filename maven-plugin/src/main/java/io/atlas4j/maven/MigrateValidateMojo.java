package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.migrate.Migrations;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the migration directory without a database, as {@code atlas4j migrate validate} does: its
 * files against {@code atlas.sum} (required for the atlas format), their names and contents against
 * the format's rules, and duplicate versions. Bound to {@code validate} by default.
 */
@Mojo(name = "migrate-validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class MigrateValidateMojo extends AbstractMigrateMojo {
    @Override
    String goal() {
        return "migrate-validate";
    }

    @Override
    String[] urls() {
        return new String[0];
    }

    @Override
    void run() {
        DirectoryUrl d = directory();
        Migrations.of(d.path(), d.format()).checkDirectory();
        getLog().info("Migration directory " + d + " is valid");
    }
}

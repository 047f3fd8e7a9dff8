package io.atlas4j.migrate;

import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.dir.DirectoryFormat;
import javax.sql.DataSource;

public final class StartupMigrations {
    /** Applies the Flyway directory shipped in the jar, under the schema lock; returns the version reached. */
    public static String migrate(DataSource db) {
        MigrateResult r = Migrations.fromClasspath("db/migration", DirectoryFormat.FLYWAY).apply(db);
        return r.to().orElse("(none)");
    }
}

package io.atlas4j.cli;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Path;
import javax.sql.DataSource;

public final class Migrate {
    /** Brings the database to the schema in schemaFile and returns the plan it applied. */
    public static Plan migrate(DataSource db, Path schemaFile) {
        var sqlite = SqliteDialect.create();
        Schema current = Atlas.inspect(db);                            // what the database has
        Schema desired = Atlas.load(schemaFile, sqlite);               // what we want, via an in-memory dev database
        Plan plan = Atlas.diff(current, desired).plan(sqlite);         // ordered DDL, each statement commented
        plan.statements().forEach(s -> System.out.println("-- " + s.comment() + "\n" + s.sql() + ";"));
        Atlas.apply(db, plan, ApplyOptions.defaults());                // under the schema lock, checked, in one transaction
        return plan;
    }
}

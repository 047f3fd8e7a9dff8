package io.atlas4j.junit;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Entry point of atlas4j's fluent assertions.
 *
 * <pre>{@code
 * assertThat(schema).table("users").column("email").isNotNull();
 * assertThat(dataSource).isInSyncWith(desired);
 * assertThat(plan).hasNoDestructiveChanges().passesLint(LintConfig.defaults());
 * assertThat(plan).matchesGolden(Path.of("src/test/resources/plans/add-email.sql"));
 * }</pre>
 */
public final class AtlasAssertions {
    private AtlasAssertions() {
    }

    public static SchemaAssert assertThat(Schema schema) {
        return new SchemaAssert(schema);
    }

    public static DatabaseAssert assertThat(DataSource database) {
        return new DatabaseAssert(database);
    }

    public static DatabaseAssert assertThat(TestDatabase database) {
        return new DatabaseAssert(database.dataSource());
    }

    /** {@return assertions on a migration directory: its atlas.sum, and the schema it replays to} */
    public static MigrationDirectoryAssert assertThat(io.atlas4j.migrate.dir.MigrationDirectory directory) {
        return new MigrationDirectoryAssert(directory);
    }

    public static PlanAssert assertThat(Plan plan) {
        return new PlanAssert(plan, Optional.empty(), Optional.empty());
    }

    /** Plan assertions that lint with the exact changes the plan was made from. */
    public static PlanAssert assertThat(ApprovedPlan plan) {
        return new PlanAssert(plan.plan(), Optional.of(plan.changes()), Optional.empty());
    }
}

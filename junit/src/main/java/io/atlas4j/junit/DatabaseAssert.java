package io.atlas4j.junit;

import io.atlas4j.Atlas;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.RenameHints;
import io.atlas4j.SchemaDiff;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a live database: {@code assertThat(dataSource).isInSyncWith(desired)}. */
public final class DatabaseAssert extends AbstractAssert<DatabaseAssert, DataSource> {
    DatabaseAssert(DataSource actual) {
        super(actual, DatabaseAssert.class);
    }

    public DatabaseAssert isInSyncWith(Schema desired) {
        return isInSyncWith(DesiredSchema.of(desired));
    }

    /** Loads desired SQL through a dev database (with its rename hints) and compares. */
    public DatabaseAssert isInSyncWith(Path desiredSql) {
        return check(Optional.of(desiredSql), null);
    }

    /**
     * Asserts that diffing the database against {@code desired} finds nothing; the failure message
     * shows the plan that would bring the database in sync.
     */
    public DatabaseAssert isInSyncWith(DesiredSchema desired) {
        return check(Optional.empty(), desired);
    }

    private DatabaseAssert check(Optional<Path> sql, DesiredSchema given) {
        isNotNull();
        try (Connection c = actual.getConnection()) {
            Dialect d = Dialects.forConnection(c);
            Schema current = Atlas.inspect(c, InspectOptions.defaults().withExcludeTables(List.of("atlas4j_schema_history")));
            DesiredSchema want = given != null ? given : load(sql.get(), d, c);
            SchemaDiff diff = want.diffFrom(current, d);
            if (!diff.isEmpty()) {
                Plan plan = diff.plan(d);
                failWithMessage("%s", "Expected the database to be in sync with the desired schema, but it differs by "
                        + diff.changes().size() + " change(s); this plan would bring it in sync:\n" + indent(plan.sql()));
            }
        } catch (SQLException e) {
            failWithMessage("%s", "Expected to inspect the database, but could not connect: " + e.getMessage());
        }
        return this;
    }

    private static DesiredSchema load(Path sql, Dialect d, Connection c) {
        var embedded = d.devDatabases().embedded();
        if (embedded.isPresent()) {
            embedded.get().close();
            return DesiredSchema.load(sql, d);
        }
        return new DesiredSchema(Atlas.load(sql, d, c), RenameHints.scan(sql));
    }

    static String indent(String text) {
        return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}

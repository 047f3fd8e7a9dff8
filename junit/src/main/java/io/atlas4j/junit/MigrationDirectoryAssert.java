package io.atlas4j.junit;

import io.atlas4j.SchemaDiff;
import io.atlas4j.SqlScript;
import io.atlas4j.migrate.MigrationDiff;
import io.atlas4j.migrate.Replay;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationDirectoryException;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Scope;
import java.nio.file.Path;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a migration directory: {@code assertThat(directory).hasValidSum().replaysTo(desired, replay)}.
 * A failure shows the statements the next migration file would need ({@code migrate diff}).
 */
public final class MigrationDirectoryAssert extends AbstractAssert<MigrationDirectoryAssert, MigrationDirectory> {
    MigrationDirectoryAssert(MigrationDirectory actual) {
        super(actual, MigrationDirectoryAssert.class);
    }

    /** Checks the files against {@code atlas.sum}. */
    public MigrationDirectoryAssert hasValidSum() {
        isNotNull();
        try {
            actual.verifySum();
        } catch (MigrationDirectoryException e) {
            failWithMessage("Expected migration directory %s to match its atlas.sum, but: %s", actual.source(), e.getMessage());
        }
        return this;
    }

    /** Replays the directory on {@code replay}'s dev database and compares the schema it builds with {@code desired}. */
    public MigrationDirectoryAssert replaysTo(Schema desired, Replay replay) {
        isNotNull();
        SchemaDiff diff = MigrationDiff.diff(actual, Realm.of(desired), replay, Scope.SCHEMA);
        if (!diff.isEmpty()) {
            failWithMessage("Expected migration directory %s to build the desired schema, but the next migration file would need:%n%s",
                    actual.source(), diff.plan().sql());
        }
        return this;
    }

    /** Loads desired SQL (a file or a directory of .sql files) on the same dev database and compares as {@link #replaysTo(Schema, Replay)}. */
    public MigrationDirectoryAssert replaysTo(Path desiredSql, Replay replay) {
        return replaysTo(replay.run(SqlScript.of(desiredSql), Scope.SCHEMA).schemas().get(0), replay);
    }
}

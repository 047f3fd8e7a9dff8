package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Making a column NOT NULL while rows hold NULL, on real database files: the rebuild copies values
 * as they are unless {@link PlanOptions#fillNullsWithDefault()} asks for the default, so without it
 * the apply fails and rolls back with every row intact; asking for a fill of a column without a
 * default fails at planning, naming the column.
 */
class NotNullFillIT {
    private static final String CURRENT = """
            CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
            CREATE INDEX t_b ON t (b);
            INSERT INTO t VALUES (1, NULL, 'x'), (2, 'kept', NULL);
            """;
    private static final String ROWS = "SELECT id, a, b FROM t ORDER BY id";

    @TempDir
    Path dir;

    @Test
    void nullsMakeTheApplyFailAndEverythingRollsBack() {
        Schema desired = Atlas.load("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'none', b TEXT);"
                + " CREATE INDEX t_b ON t (b);", "desired.sql", SqliteDb.DIALECT);
        try (SqliteDb db = SqliteDb.open(dir.resolve("fail.db"))) {
            db.exec("PRAGMA foreign_keys = ON").exec(CURRENT);
            List<String> catalogBefore = db.catalog();
            List<List<Object>> rowsBefore = db.rows(ROWS);
            Plan plan = db.plan(desired, DiffOptions.defaults());
            assertThat(plan.sql()).as("no silent fill").doesNotContainIgnoringCase("IFNULL");
            assertThatThrownBy(() -> db.apply(plan)).hasMessageContaining("NOT NULL");
            assertThat(db.catalog()).as("schema after the failed apply").isEqualTo(catalogBefore);
            assertThat(db.rows(ROWS)).as("rows after the failed apply").isEqualTo(rowsBefore);
            assertThat(db.rows("PRAGMA foreign_keys")).as("foreign_keys restored").isEqualTo(List.of(List.of(1)));
        }
    }

    @Test
    void withTheOptionNullsBecomeTheDefaultAndRowsAreKept() {
        Schema desired = Atlas.load("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'none', b TEXT);"
                + " CREATE INDEX t_b ON t (b);", "desired.sql", SqliteDb.DIALECT);
        try (SqliteDb db = SqliteDb.open(dir.resolve("fill.db"))) {
            db.exec(CURRENT);
            db.apply(db.plan(desired, DiffOptions.defaults(), PlanOptions.defaults().withFillNullsWithDefault(true)));
            assertThat(db.rows(ROWS)).isEqualTo(List.of(Arrays.<Object>asList(1, "none", "x"), Arrays.<Object>asList(2, "kept", null)));
            assertThat(db.diffTo(desired, DiffOptions.defaults())).isEmpty();
        }
    }

    @Test
    void withoutNullsTheDefaultPlanApplies() {
        Schema desired = Atlas.load("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT);", "desired.sql", SqliteDb.DIALECT);
        try (SqliteDb db = SqliteDb.open(dir.resolve("clean.db"))) {
            db.exec(CURRENT).exec("UPDATE t SET a = 'set' WHERE a IS NULL");
            db.apply(db.plan(desired, DiffOptions.defaults()));
            assertThat(db.rows("SELECT count(*) FROM t WHERE a IS NOT NULL")).isEqualTo(List.of(List.of(2)));
            assertThat(db.rows("SELECT \"notnull\" FROM pragma_table_info('t') WHERE name = 'a'")).isEqualTo(List.of(List.of(1)));
        }
    }

    @Test
    void fillWithoutADefaultFailsAtPlanningNamingTheColumn() {
        Schema desired = Atlas.load("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT);", "desired.sql", SqliteDb.DIALECT);
        try (SqliteDb db = SqliteDb.open(dir.resolve("nodefault.db"))) {
            db.exec(CURRENT);
            List<String> before = db.catalog();
            assertThatThrownBy(() -> db.plan(desired, DiffOptions.defaults(), PlanOptions.defaults().withFillNullsWithDefault(true)))
                    .isInstanceOf(UnsupportedChangeException.class)
                    .hasMessageContaining("\"t\".\"a\"").hasMessageContaining("no DEFAULT").hasMessageContaining("give the column a DEFAULT");
            assertThat(db.catalog()).isEqualTo(before);
        }
    }

    @Test
    void aRowidAliasNeedsNoFill() {
        // INTEGER PRIMARY KEY never holds NULL: a rebuild that declares it NOT NULL needs no default to fill from.
        Schema desired = Atlas.load("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a TEXT, b INTEGER);", "desired.sql", SqliteDb.DIALECT);
        try (SqliteDb db = SqliteDb.open(dir.resolve("rowid.db"))) {
            db.exec(CURRENT);
            db.apply(db.plan(desired, DiffOptions.defaults(), PlanOptions.defaults().withFillNullsWithDefault(true)));
            assertThat(db.rows("SELECT count(*) FROM t")).isEqualTo(List.of(List.of(2)));
        }
    }
}

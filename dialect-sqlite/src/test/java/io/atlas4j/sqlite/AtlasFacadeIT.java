package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.ApplyOptions;
import io.atlas4j.ApplyResult;
import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.Differ;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.error.StoredDataException;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.spi.SchemaDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The facade as the README shows it: {@code Atlas.diff(current, desired).plan(dialect)} with no
 * dialect named twice, and {@code Atlas.apply} under the schema lock with the start-up checks.
 */
class AtlasFacadeIT {
    @TempDir
    Path dir;

    private SQLiteDataSource db(String name) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(name));
        return ds;
    }

    private Path sql(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "schema", ".sql"), text);
    }

    @Test
    void schemasRememberTheDialectThatReadThem() throws Exception {
        SQLiteDataSource ds = db("case.db");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE Users (ID INTEGER PRIMARY KEY, Email TEXT)");
        }
        Schema current = Atlas.inspect(ds);
        Schema desired = Atlas.load(sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);"), SqliteDialect.create());
        assertThat(SchemaDialect.of(current)).containsInstanceOf(SqliteDialect.class);
        assertThat(SchemaDialect.of(desired)).containsInstanceOf(SqliteDialect.class);
        // SQLite compares names case-insensitively: no change. Compared generically, the same schemas differ.
        assertThat(Atlas.diff(current, desired).isEmpty()).isTrue();
        assertThat(Atlas.diff(current, desired).dialect()).containsInstanceOf(SqliteDialect.class);
        assertThat(Differ.diff(current, desired, DiffHooks.GENERIC, DiffOptions.defaults())).isNotEmpty();
        assertThat(Atlas.diff(current, desired).plan().isEmpty()).isTrue();
    }

    @Test
    void theDialectTagNeverMakesSchemasUnequal() throws Exception {
        Path file = sql("CREATE TABLE t (id INTEGER PRIMARY KEY);");
        Schema loaded = Atlas.load(file, SqliteDialect.create());
        Schema untagged = SqliteDialect.create().inspector().inspectSchema(
                db("plain.db").getConnection(), io.atlas4j.inspect.InspectOptions.defaults());
        assertThat(loaded.withTables(List.of())).isEqualTo(untagged);
    }

    @Test
    void aSchemaBuiltInJavaIsPlannedWithTheTargetDialect() {
        Schema built = Schema.builder("main").table("t", t -> t.column("id", new IntegerType("INTEGER"), c -> c.notNull()).primaryKey("id")).build();
        Plan plan = Atlas.diff(Schema.empty("main"), built).plan(SqliteDialect.create());
        assertThat(plan.sql()).contains("CREATE TABLE");
        assertThat(plan.basis()).as("a schema atlas4j did not read cannot be checked again at apply time").isEmpty();
        assertThatThrownBy(() -> Atlas.diff(Schema.empty("main"), built).plan()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("diff.plan(dialect)");
    }

    @Test
    void applyRunsAPlanAndAfterwardsFindsNothingToDo() throws Exception {
        SQLiteDataSource ds = db("apply.db");
        Path file = sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).plan(SqliteDialect.create());
        assertThat(plan.basis()).isPresent();
        ApplyResult first = Atlas.apply(ds, plan, ApplyOptions.defaults());
        assertThat(first.applied()).hasSize(plan.statements().size());
        // The same plan again: the database already holds the desired schema, so nothing runs and nothing fails.
        ApplyResult again = Atlas.apply(ds, plan, ApplyOptions.defaults());
        assertThat(again.applied()).isEmpty();
        assertThat(Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).isEmpty()).isTrue();
    }

    @Test
    void applyRefusesWhenTheDatabaseChangedSinceThePlan() throws Exception {
        SQLiteDataSource ds = db("changed.db");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
        }
        Path file = sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).plan(SqliteDialect.create());
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("ALTER TABLE users ADD COLUMN name TEXT");
        }
        assertThatThrownBy(() -> Atlas.apply(ds, plan, ApplyOptions.defaults())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed since the plan was computed").hasMessageContaining("nothing was applied");
        Table users = Atlas.inspect(ds).table("users").orElseThrow();
        assertThat(users.columns()).extracting(io.atlas4j.schema.Column::name).containsExactly("id", "name");
    }

    @Test
    void applyIgnoresObjectsThePlanDoesNotConcern() throws Exception {
        SQLiteDataSource ds = db("unrelated.db");
        Path file = sql("CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).plan(SqliteDialect.create());
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE other_app (id INTEGER PRIMARY KEY)");
        }
        assertThat(Atlas.apply(ds, plan, ApplyOptions.defaults()).applied()).isNotEmpty();
        assertThat(Atlas.inspect(ds).tables()).extracting(Table::name).containsExactlyInAnyOrder("users", "other_app");
    }

    @Test
    void applyRefusesWhenStoredRowsWouldMakeThePlanFail() throws Exception {
        SQLiteDataSource ds = db("nulls.db");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)");
            s.execute("INSERT INTO users VALUES (1, NULL), (2, 'b'), (3, NULL)");
        }
        Path file = sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).plan(SqliteDialect.create());
        assertThatThrownBy(() -> Atlas.apply(ds, plan, ApplyOptions.defaults())).isInstanceOf(StoredDataException.class)
                .hasMessageContaining("users.email").hasMessageContaining("NULL in 2 row(s)").hasMessageContaining("nothing was applied");
        assertThat(Atlas.inspect(ds).table("users").orElseThrow().column("email").orElseThrow().nullable()).isTrue();
    }

    @Test
    void applyOnAConnectionWithAnOpenTransactionIsRefused() throws Exception {
        SQLiteDataSource ds = db("tx.db");
        Path file = sql("CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(file, SqliteDialect.create())).plan(SqliteDialect.create());
        try (var c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> Atlas.apply(c, plan, ApplyOptions.defaults())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("auto-commit");
            c.rollback();
            c.setAutoCommit(true);
            assertThat(Atlas.applyUnlocked(c, plan, ApplyOptions.defaults()).applied()).isNotEmpty();
        }
    }
}

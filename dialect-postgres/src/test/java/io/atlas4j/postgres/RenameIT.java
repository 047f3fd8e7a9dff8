package io.atlas4j.postgres;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.DesiredSchema;
import io.atlas4j.RenameHints;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renaming a table or column that keys, foreign keys, indexes, checks and views refer to, by a
 * rename hint (the API's {@link DiffOptions} or an {@code -- atlas:renamed-from} comment): the rows
 * stay, and every reference keeps working on the real server.
 */
class RenameIT {
    private static final String CURRENT = """
            CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL UNIQUE, age int CHECK (age >= 0));
            CREATE INDEX users_age_idx ON users (age);
            CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id), total numeric(8,2));
            CREATE INDEX orders_user ON orders (user_id);
            CREATE VIEW adults AS SELECT id, email FROM users WHERE age >= 18;
            CREATE VIEW big_orders AS SELECT o.id, o.user_id, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.total > 5;
            INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', 10);
            INSERT INTO orders VALUES (1, 1, 9.50), (2, 2, 1.00);
            """;
    /** The same schema with the table users renamed to people, and three columns renamed, hinted in comments. */
    private static final String DESIRED = """
            CREATE TABLE people ( -- atlas:renamed-from users
              id int PRIMARY KEY,
              email_address text NOT NULL UNIQUE, -- atlas:renamed-from email
              years int CHECK (years >= 0) -- atlas:renamed-from age
            );
            CREATE INDEX people_years_idx ON people (years);
            CREATE TABLE orders (
              id int PRIMARY KEY,
              person_id int REFERENCES people (id), -- atlas:renamed-from user_id
              total numeric(8,2)
            );
            CREATE INDEX orders_user ON orders (person_id);
            CREATE VIEW adults AS SELECT id, email_address FROM people WHERE years >= 18;
            CREATE VIEW big_orders AS SELECT o.id, o.person_id, p.email_address FROM orders o JOIN people p ON p.id = o.person_id WHERE o.total > 5;
            """;

    private static Connection admin;
    private static PgServer.TestDb target;
    private static DevDatabase dev;

    @BeforeAll
    static void connect() throws Exception {
        admin = PgServer.admin();
        target = new PgServer.TestDb(admin, "atlas4j_rename");
        dev = PostgresDialect.create().devDatabases().scratch(admin, Optional.empty()).orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        if (dev != null) dev.close();
        if (target != null) target.close();
        if (admin != null) admin.close();
    }

    @BeforeEach
    void reset() throws Exception {
        ConformanceIT.reset(target.connection);
        ConformanceIT.reset(dev.connection());
        Convergence.load(target.connection, "current.sql", CURRENT);
        Convergence.load(dev.connection(), "desired.sql", DESIRED);
    }

    @Test
    void renamesByOptionsKeepRowsAndReferences() throws Exception {
        DiffOptions hints = DiffOptions.defaults().renameTable("users", "people").renameColumn("people", "email", "email_address")
                .renameColumn("people", "age", "years").renameColumn("orders", "user_id", "person_id");
        String plan = apply(hints);
        assertReferencesWork(plan);
    }

    @Test
    void renamesByHintCommentsKeepRowsAndReferences() throws Exception {
        Schema current = Convergence.inspect(target.connection);
        DiffOptions hints = new DesiredSchema(Convergence.inspect(dev.connection()), RenameHints.scan(DESIRED, "desired.sql"))
                .resolvedHints(current);
        assertThat(hints.renamedTableFrom("people")).contains("users");
        String plan = apply(hints);
        assertReferencesWork(plan);
    }

    @Test
    void renamingOnlyAColumnUnderAViewAndAKey() throws Exception {
        ConformanceIT.reset(target.connection);
        ConformanceIT.reset(dev.connection());
        Convergence.load(target.connection, "current.sql", """
                CREATE TABLE p (code text PRIMARY KEY, label text);
                CREATE TABLE c (id int PRIMARY KEY, p_code text REFERENCES p (code) ON UPDATE CASCADE);
                CREATE VIEW labels AS SELECT code, label FROM p;
                INSERT INTO p VALUES ('a', 'A'); INSERT INTO c VALUES (1, 'a');
                """);
        Convergence.load(dev.connection(), "desired.sql", """
                CREATE TABLE p (key text PRIMARY KEY, label text);
                CREATE TABLE c (id int PRIMARY KEY, p_code text REFERENCES p (key) ON UPDATE CASCADE);
                CREATE VIEW labels AS SELECT key, label FROM p;
                """);
        String plan = apply(DiffOptions.defaults().renameColumn("p", "code", "key"));
        assertThat(rows("SELECT key || label FROM labels")).as(plan).containsExactly("aA");
        exec("UPDATE p SET key = 'b'");
        assertThat(rows("SELECT p_code FROM c")).as("the key still cascades:\n%s", plan).containsExactly("b");
        assertThatThrownBy(() -> exec("INSERT INTO c VALUES (2, 'zz')")).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
    }

    /** Plans with the hints, applies, and checks that nothing is left by atlas4j's diff nor by the server's catalog. */
    private String apply(DiffOptions hints) throws Exception {
        Schema have = Convergence.inspect(target.connection);
        Schema want = Convergence.inspect(dev.connection());
        var dialect = PostgresDialect.create();
        List<Change> changes = Differ.diff(have, want, dialect.diffHooks(), hints);
        Plan plan = dialect.planner().plan(changes, PlanOptions.defaults());
        assertThat(plan.sql()).as("a rename, not a drop and an add").contains("RENAME").doesNotContain("DROP TABLE")
                .doesNotContain("DROP COLUMN");
        assertThat(plan.sql()).as("nothing the rename keeps is re-created").doesNotContain("DROP CONSTRAINT").doesNotContain("DROP INDEX");
        Atlas.apply(target.connection, plan, ApplyOptions.defaults());
        assertThat(Convergence.diff(Convergence.inspect(target.connection), want)).as("left after:\n%s", plan.sql()).isEmpty();
        assertThat(CatalogRendering.differences(CatalogRendering.take(dev.connection(), List.of("public")),
                CatalogRendering.take(target.connection, List.of("public")))).as("catalog after:\n%s", plan.sql()).isEmpty();
        return plan.sql();
    }

    private static void assertReferencesWork(String plan) throws Exception {
        assertThat(rows("SELECT id || ':' || email_address || ':' || years FROM people ORDER BY id")).as("rows kept:\n%s", plan)
                .containsExactly("1:a@x:30", "2:b@x:10");
        assertThat(rows("SELECT id || ':' || person_id || ':' || total FROM orders ORDER BY id")).containsExactly("1:1:9.50", "2:2:1.00");
        assertThat(rows("SELECT email_address FROM adults")).as("the view reads the renamed column").containsExactly("a@x");
        assertThat(rows("SELECT person_id || email_address FROM big_orders")).containsExactly("1a@x");
        assertThatThrownBy(() -> exec("INSERT INTO orders VALUES (3, 99, 1)")).as("the foreign key still enforces")
                .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
        assertThatThrownBy(() -> exec("DELETE FROM people WHERE id = 1")).as("and protects the referenced rows")
                .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23503"));
        assertThatThrownBy(() -> exec("INSERT INTO people VALUES (3, 'a@x', 1)")).as("the unique key still enforces")
                .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        assertThatThrownBy(() -> exec("INSERT INTO people VALUES (4, 'd@x', -1)")).as("the check still enforces")
                .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
        assertThat(rows("SELECT indexdef FROM pg_indexes WHERE tablename = 'people' AND indexname = 'people_years_idx'"))
                .singleElement().asString().contains("(years)");
    }

    private static void exec(String sql) throws SQLException {
        try (var s = target.connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var s = target.connection.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}

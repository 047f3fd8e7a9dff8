package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.DesiredSchema;
import io.atlas4j.RenameHints;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Renames named by hints keep rows and every reference working on the real server: primary key,
 * foreign keys (from and to the renamed table or column), indexes, checks and views. Each test checks
 * the rows before and after, that the views still select, that the foreign keys still enforce, and
 * that the server's catalog equals the desired file loaded natively.
 */
class RenameIT {
    private static final String CURRENT = """
            CREATE TABLE users (
              id int NOT NULL PRIMARY KEY,
              email varchar(100) NOT NULL,
              age int NOT NULL,
              UNIQUE KEY users_email (email),
              CONSTRAINT users_age CHECK (age >= 0)
            );
            CREATE TABLE orders (
              id int NOT NULL PRIMARY KEY,
              user_id int NOT NULL,
              total int NOT NULL,
              KEY orders_user (user_id, total),
              CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
            );
            CREATE VIEW adults AS SELECT id, email FROM users WHERE age >= 18;
            CREATE VIEW spend AS SELECT u.email, SUM(o.total) AS total FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.email;
            INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', 10);
            INSERT INTO orders VALUES (10, 1, 5), (11, 1, 7), (12, 2, 1);
            """;

    /** The table referenced by a foreign key and read by views is renamed, by a hint in the file. */
    @Test
    void renamedTableKeepsRowsAndReferences() throws Exception {
        String desired = """
                CREATE TABLE people ( -- atlas:renamed-from users
                  id int NOT NULL PRIMARY KEY,
                  email varchar(100) NOT NULL,
                  age int NOT NULL,
                  UNIQUE KEY users_email (email),
                  CONSTRAINT users_age CHECK (age >= 0)
                );
                CREATE TABLE orders (
                  id int NOT NULL PRIMARY KEY,
                  user_id int NOT NULL,
                  total int NOT NULL,
                  KEY orders_user (user_id, total),
                  CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES people (id) ON DELETE CASCADE
                );
                CREATE VIEW adults AS SELECT id, email FROM people WHERE age >= 18;
                CREATE VIEW spend AS SELECT u.email, SUM(o.total) AS total FROM people u JOIN orders o ON o.user_id = u.id GROUP BY u.email;
                """;
        converge(desired, RenameHints.scan(desired, "desired.sql"), "people", "email", "user_id");
    }

    /** Columns in a primary key, a unique index, a check, a view and both ends of a foreign key are renamed, by options. */
    @Test
    void renamedColumnsKeepRowsAndReferences() throws Exception {
        String desired = """
                CREATE TABLE users (
                  user_no int NOT NULL PRIMARY KEY,
                  email_address varchar(100) NOT NULL,
                  years int NOT NULL,
                  UNIQUE KEY users_email (email_address),
                  CONSTRAINT users_age CHECK (years >= 0)
                );
                CREATE TABLE orders (
                  id int NOT NULL PRIMARY KEY,
                  buyer int NOT NULL,
                  total int NOT NULL,
                  KEY orders_user (buyer, total),
                  CONSTRAINT orders_user_fk FOREIGN KEY (buyer) REFERENCES users (user_no) ON DELETE CASCADE
                );
                CREATE VIEW adults AS SELECT user_no AS id, email_address AS email FROM users WHERE years >= 18;
                CREATE VIEW spend AS SELECT u.email_address AS email, SUM(o.total) AS total FROM users u JOIN orders o
                  ON o.buyer = u.user_no GROUP BY u.email_address;
                """;
        DiffOptions hints = DiffOptions.defaults().renameColumn("users", "id", "user_no").renameColumn("users", "email", "email_address")
                .renameColumn("users", "age", "years").renameColumn("orders", "user_id", "buyer");
        converge(desired, hints, "users", "email_address", "buyer");
    }

    /** Table and column renamed together, by hints in the file. */
    @Test
    void renamedTableAndColumnTogether() throws Exception {
        String desired = """
                CREATE TABLE people ( -- atlas:renamed-from users
                  id int NOT NULL PRIMARY KEY,
                  mail varchar(100) NOT NULL, -- atlas:renamed-from email
                  age int NOT NULL,
                  UNIQUE KEY users_email (mail),
                  CONSTRAINT users_age CHECK (age >= 0)
                );
                CREATE TABLE orders (
                  id int NOT NULL PRIMARY KEY,
                  user_id int NOT NULL,
                  total int NOT NULL,
                  KEY orders_user (user_id, total),
                  CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES people (id) ON DELETE CASCADE
                );
                CREATE VIEW adults AS SELECT id, mail AS email FROM people WHERE age >= 18;
                CREATE VIEW spend AS SELECT u.mail AS email, SUM(o.total) AS total FROM people u JOIN orders o ON o.user_id = u.id
                  GROUP BY u.mail;
                """;
        converge(desired, RenameHints.scan(desired, "desired.sql"), "people", "mail", "user_id");
    }

    /**
     * A renamed column read by a generated column, a trigger and an implicit foreign-key index (named
     * after the column by the server), with a type change on top.
     */
    @Test
    void renamedColumnReadByGeneratedColumnTriggerAndImplicitIndex() throws Exception {
        String current = """
                CREATE TABLE users (id int NOT NULL PRIMARY KEY, email varchar(100) NOT NULL, age int NOT NULL,
                  UNIQUE KEY users_email (email), CONSTRAINT users_age CHECK (age >= 0));
                CREATE TABLE orders (
                  id int NOT NULL PRIMARY KEY,
                  user_id int NOT NULL,
                  total int NOT NULL,
                  doubled int GENERATED ALWAYS AS (total * 2) VIRTUAL,
                  FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
                );
                CREATE TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = GREATEST(NEW.total, 0);
                INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', 10);
                INSERT INTO orders (id, user_id, total) VALUES (10, 1, 5), (11, 1, 7), (12, 2, 1);
                """;
        String desired = """
                CREATE TABLE users (id int NOT NULL PRIMARY KEY, email varchar(100) NOT NULL, age int NOT NULL,
                  UNIQUE KEY users_email (email), CONSTRAINT users_age CHECK (age >= 0));
                CREATE TABLE orders (
                  id int NOT NULL PRIMARY KEY,
                  buyer int NOT NULL, -- atlas:renamed-from user_id
                  amount bigint NOT NULL, -- atlas:renamed-from total
                  doubled bigint GENERATED ALWAYS AS (amount * 2) VIRTUAL,
                  FOREIGN KEY (buyer) REFERENCES users (id) ON DELETE CASCADE
                );
                CREATE TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW SET NEW.amount = GREATEST(NEW.amount, 0);
                """;
        try (MariaDb.Db db = new MariaDb.Db("a4j_rename"); MariaDb.Db nativeDb = new MariaDb.Db("a4j_rename_native")) {
            MySqlDialect d = Harness.dialect(db.connection);
            Harness.runNative(db.connection, d, current);
            Schema want = Harness.loadDev(db.connection, d, desired);
            DiffOptions resolved = new DesiredSchema(want, RenameHints.scan(desired, "desired.sql"))
                    .resolvedHints(Harness.inspect(db.connection, d));
            Plan plan = d.planner().plan(Harness.diff(d, Harness.inspect(db.connection, d), want, resolved));
            Harness.apply(db.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).as("left after:\n%s", plan.sql()).isEmpty();
            Harness.runNative(nativeDb.connection, d, desired);
            assertThat(Catalog.report(Catalog.read(nativeDb.connection, nativeDb.name), Catalog.read(db.connection, db.name)))
                    .as("catalog after:\n%s", plan.sql()).isEmpty();
            assertThat(rows(db, "SELECT id, buyer, amount, doubled FROM orders ORDER BY 1"))
                    .containsExactly("[10, 1, 5, 10]", "[11, 1, 7, 14]", "[12, 2, 1, 2]");
            db.exec("INSERT INTO orders (id, buyer, amount) VALUES (13, 2, -4)");
            assertThat(rows(db, "SELECT amount, doubled FROM orders WHERE id = 13")).containsExactly("[0, 0]");
            assertThatThrownBy(() -> db.exec("INSERT INTO orders (id, buyer, amount) VALUES (99, 42, 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key constraint fails");
        }
    }

    /** A key in another database, which atlas4j does not see, references the renamed primary key column and still enforces. */
    @Test
    void renamedPrimaryKeyColumnReferencedFromAnotherDatabase() throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_rename"); MariaDb.Db other = new MariaDb.Db("a4j_rename_other")) {
            MySqlDialect d = Harness.dialect(db.connection);
            db.exec("CREATE TABLE users (id int NOT NULL PRIMARY KEY, email varchar(100) NOT NULL)");
            db.exec("INSERT INTO users VALUES (1, 'a@x')");
            other.exec("CREATE TABLE notes (id int NOT NULL PRIMARY KEY, user_id int NOT NULL, "
                    + "FOREIGN KEY (user_id) REFERENCES `" + db.name + "`.users (id))");
            other.exec("INSERT INTO notes VALUES (1, 1)");
            Schema want = Harness.loadDev(db.connection, d, "CREATE TABLE users (user_no int NOT NULL PRIMARY KEY, email varchar(100) NOT NULL);");
            Plan plan = d.planner().plan(Harness.diff(d, Harness.inspect(db.connection, d), want,
                    DiffOptions.defaults().renameColumn("users", "id", "user_no")));
            Harness.apply(db.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).isEmpty();
            assertThat(rows(db, "SELECT user_no, email FROM users")).containsExactly("[1, a@x]");
            assertThatThrownBy(() -> other.exec("INSERT INTO notes VALUES (2, 42)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key constraint fails");
        }
    }

    private static void converge(String desired, DiffOptions hints, String users, String email, String userId) throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_rename"); MariaDb.Db nativeDb = new MariaDb.Db("a4j_rename_native")) {
            MySqlDialect d = Harness.dialect(db.connection);
            Harness.runNative(db.connection, d, CURRENT);
            List<String> before = rows(db, "SELECT * FROM users ORDER BY 1", "SELECT * FROM orders ORDER BY 1",
                    "SELECT * FROM adults ORDER BY 1", "SELECT * FROM spend ORDER BY 1");
            Schema want = Harness.loadDev(db.connection, d, desired);
            DiffOptions resolved = new DesiredSchema(want, hints).resolvedHints(Harness.inspect(db.connection, d));
            Plan plan = d.planner().plan(Harness.diff(d, Harness.inspect(db.connection, d), want, resolved));
            assertThat(plan.statements()).as("a rename drops nothing:\n%s", plan.sql()).noneMatch(s -> s.isDestructive());
            // The server carries references along a rename: nothing is dropped to be added again (a rebuild).
            assertThat(plan.sql()).doesNotContain("DROP PRIMARY KEY", "DROP INDEX", "DROP FOREIGN KEY", "DROP CONSTRAINT", "DROP COLUMN");
            Harness.apply(db.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).as("left after:\n%s", plan.sql()).isEmpty();
            Harness.runNative(nativeDb.connection, d, desired);
            assertThat(Catalog.report(Catalog.read(nativeDb.connection, nativeDb.name), Catalog.read(db.connection, db.name)))
                    .as("catalog after:\n%s", plan.sql()).isEmpty();

            assertThat(rows(db, "SELECT * FROM " + users + " ORDER BY 1", "SELECT * FROM orders ORDER BY 1",
                    "SELECT * FROM adults ORDER BY 1", "SELECT * FROM spend ORDER BY 1")).as("rows after:\n%s", plan.sql())
                    .isEqualTo(before);
            // The foreign key still enforces and still cascades, the unique index and the check still hold.
            assertThatThrownBy(() -> db.exec("INSERT INTO orders (id, " + userId + ", total) VALUES (99, 42, 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key constraint fails");
            assertThatThrownBy(() -> db.exec("INSERT INTO " + users + " VALUES (3, 'a@x', 40)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Duplicate entry");
            assertThatThrownBy(() -> db.exec("INSERT INTO " + users + " VALUES (3, 'c@x', -1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CONSTRAINT");
            db.exec("DELETE FROM " + users + " WHERE " + email + " = 'a@x'");
            assertThat(rows(db, "SELECT COUNT(*) FROM orders")).containsExactly("[1]");
        }
    }

    /** {@return every row of every query, as text} */
    private static List<String> rows(MariaDb.Db db, String... queries) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            try (var st = db.connection.createStatement(); ResultSet rs = st.executeQuery(q)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                    out.add(row.toString());
                }
            }
        }
        return out;
    }
}

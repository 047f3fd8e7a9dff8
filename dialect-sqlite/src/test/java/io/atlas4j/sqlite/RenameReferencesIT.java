package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.RenameHints;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a table or column that keys, indexes, checks, views and triggers refer to keeps every
 * reference working on a real database file: rows are kept, the view selects the renamed column,
 * the foreign key still enforces, triggers still fire, and SQLite's catalog matches the desired
 * schema loaded natively. Hints come from {@link DiffOptions} or from {@code -- atlas:renamed-from}
 * comments ({@link RenameHints}); some plans also rebuild the renamed table.
 */
class RenameReferencesIT {
    private static final String CURRENT = """
            CREATE TABLE users (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CHECK (length(name) > 0),
              email TEXT UNIQUE
            );
            CREATE INDEX users_name ON users (name);
            CREATE TABLE posts (
              id INTEGER PRIMARY KEY,
              user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
              title TEXT
            );
            CREATE INDEX posts_user ON posts (user_id);
            CREATE TABLE audit (msg TEXT);
            CREATE VIEW user_names AS SELECT id, name FROM users;
            CREATE VIEW post_authors AS SELECT p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id;
            CREATE TRIGGER users_ins AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('user ' || NEW.name); END;
            CREATE TRIGGER posts_ins AFTER INSERT ON posts BEGIN INSERT INTO audit SELECT 'post by ' || name FROM users WHERE id = NEW.user_id; END;
            """;
    private static final String ROWS = """
            INSERT INTO users VALUES (1, 'ann', 'a@x'), (2, 'bob', NULL);
            INSERT INTO posts VALUES (10, 1, 'hello'), (11, 2, 'world');
            """;

    @TempDir
    Path dir;

    @Test
    void tableRenameKeepsKeysIndexesChecksViewsAndTriggers() {
        String desired = CURRENT.replace("users", "people");
        Scenario s = run("table", desired, DiffOptions.defaults().renameTable("users", "people"));
        s.verify("people", "id", "name", "posts", "user_id", "people_name");
        assertThat(s.plan.sql()).contains("RENAME TO \"people\"").doesNotContain("new_");
    }

    @Test
    void columnRenamesKeepKeysIndexesChecksViewsAndTriggers() {
        String desired = CURRENT.replace("id INTEGER PRIMARY KEY,\n  name", "user_key INTEGER PRIMARY KEY,\n  full_name")
                .replace("(length(name)", "(length(full_name)").replace("users (name)", "users (full_name)")
                .replace("REFERENCES users (id)", "REFERENCES users (user_key)")
                .replace("SELECT id, name FROM users", "SELECT user_key, full_name FROM users")
                .replace("u.name", "u.full_name").replace("u.id", "u.user_key").replace("NEW.name", "NEW.full_name")
                .replace("'post by ' || name FROM users WHERE id", "'post by ' || full_name FROM users WHERE user_key")
                .replace("user_id", "author_id");
        DiffOptions hints = DiffOptions.defaults().renameColumn("users", "id", "user_key").renameColumn("users", "name", "full_name")
                .renameColumn("posts", "user_id", "author_id");
        Scenario s = run("column", desired, hints);
        s.verify("users", "user_key", "full_name", "posts", "author_id", "users_name");
        // RENAME COLUMN rewrites the key, index, check and the child's foreign key itself: no table is rebuilt.
        assertThat(s.plan.sql()).contains("RENAME COLUMN").doesNotContain("new_");
    }

    @Test
    void renamesAndRebuildsInOnePlanFromRenamedFromComments() {
        // The renamed table also gets a new CHECK and a type change (a rebuild), and so does the child table.
        String desired = """
                CREATE TABLE people ( -- atlas:renamed-from users
                  id INTEGER PRIMARY KEY,
                  full_name TEXT NOT NULL CHECK (length(full_name) > 0), -- atlas:renamed-from name
                  email VARCHAR(200) UNIQUE CHECK (email LIKE '%@%')
                );
                CREATE INDEX users_name ON people (full_name);
                CREATE TABLE posts (
                  id INTEGER PRIMARY KEY,
                  author_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE, -- atlas:renamed-from user_id
                  title TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX posts_user ON posts (author_id);
                CREATE TABLE audit (msg TEXT);
                CREATE VIEW user_names AS SELECT id, full_name FROM people;
                CREATE VIEW post_authors AS SELECT p.title, u.full_name FROM posts p JOIN people u ON u.id = p.author_id;
                CREATE TRIGGER users_ins AFTER INSERT ON people BEGIN INSERT INTO audit VALUES ('user ' || NEW.full_name); END;
                CREATE TRIGGER posts_ins AFTER INSERT ON posts BEGIN INSERT INTO audit SELECT 'post by ' || full_name FROM people WHERE id = NEW.author_id; END;
                """;
        DiffOptions hints = RenameHints.scan(desired, "desired.sql");
        Scenario s = run("rebuild", desired, hints);
        s.verify("people", "id", "full_name", "posts", "author_id", "users_name");
        assertThat(s.plan.sql()).contains("new_people", "new_posts");
    }

    @Test
    void renamedPrimaryKeyOfWithoutRowIdParent() {
        String current = """
                CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
                CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT REFERENCES codes (code));
                CREATE VIEW labelled AS SELECT i.id, c.label FROM items i JOIN codes c ON c.code = i.code;
                INSERT INTO codes VALUES ('a', 'A');
                INSERT INTO items VALUES (1, 'a');
                """;
        String desired = """
                CREATE TABLE kinds (kind TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
                CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT REFERENCES kinds (kind));
                CREATE VIEW labelled AS SELECT i.id, c.label FROM items i JOIN kinds c ON c.kind = i.code;
                """;
        try (SqliteDb db = SqliteDb.open(dir.resolve("wr.db")); SqliteDb nat = SqliteDb.open(dir.resolve("wr-native.db"))) {
            nat.exec(desired);
            db.exec("PRAGMA foreign_keys = ON").exec(current);
            Plan plan = db.plan(Atlas.load(desired, "desired.sql", SqliteDb.DIALECT),
                    DiffOptions.defaults().renameTable("codes", "kinds").renameColumn("kinds", "code", "kind"));
            db.apply(plan);
            assertThat(SqliteCatalog.difference(nat.catalog(), db.catalog())).as(plan.sql()).isEmpty();
            assertThat(db.rows("SELECT id, label FROM labelled")).isEqualTo(List.of(List.of(1, "A")));
            assertThat(db.rows("PRAGMA foreign_key_check")).isEmpty();
            assertThatThrownBy(() -> db.exec("INSERT INTO items VALUES (2, 'zz')")).hasMessageContaining("FOREIGN KEY");
        }
    }

    private Scenario run(String name, String desiredSql, DiffOptions hints) {
        SqliteDb nat = SqliteDb.open(dir.resolve(name + "-native.db"));
        List<String> expected;
        try (nat) {
            nat.exec(desiredSql);
            expected = nat.catalog();
        }
        SqliteDb db = SqliteDb.open(dir.resolve(name + ".db"));
        db.exec("PRAGMA foreign_keys = ON").exec(CURRENT).exec(ROWS).exec("DELETE FROM audit");
        Schema desired = Atlas.load(desiredSql, "desired.sql", SqliteDb.DIALECT);
        Plan plan = db.plan(desired, hints);
        db.apply(plan);
        assertThat(db.diffTo(desired, DiffOptions.defaults())).as("changes left after:\n%s", plan.sql()).isEmpty();
        assertThat(SqliteCatalog.difference(expected, db.catalog())).as("SQLite's catalog after:\n%s", plan.sql()).isEmpty();
        return new Scenario(db, plan);
    }

    /** A database after the plan, and checks that every reference still works. */
    private record Scenario(SqliteDb db, Plan plan) {
        void verify(String users, String id, String name, String posts, String userId, String nameIndex) {
            try (db) {
                String context = plan.sql();
                assertThat(db.rows("SELECT " + id + ", " + name + " FROM " + users + " ORDER BY 1")).as(context)
                        .isEqualTo(List.of(List.of(1, "ann"), List.of(2, "bob")));
                assertThat(db.rows("SELECT id, " + userId + ", title FROM " + posts + " ORDER BY 1")).as(context)
                        .isEqualTo(List.of(List.of(10, 1, "hello"), List.of(11, 2, "world")));
                assertThat(db.rows("SELECT * FROM user_names ORDER BY 1")).as("view over the renamed column\n%s", context)
                        .isEqualTo(List.of(List.of(1, "ann"), List.of(2, "bob")));
                assertThat(db.rows("SELECT * FROM post_authors ORDER BY 1")).as(context)
                        .isEqualTo(List.of(List.of("hello", "ann"), List.of("world", "bob")));
                assertThat(db.rows("PRAGMA foreign_key_check")).as(context).isEmpty();
                assertThat(db.rows("PRAGMA foreign_keys")).isEqualTo(List.of(List.of(1)));
                assertThatThrownBy(() -> db.exec("INSERT INTO " + posts + " (id, " + userId + ", title) VALUES (12, 999, 'x')"))
                        .as("the foreign key still enforces\n%s", context).hasMessageContaining("FOREIGN KEY");
                assertThatThrownBy(() -> db.exec("INSERT INTO " + users + " (" + id + ", " + name + ") VALUES (3, '')"))
                        .as("the check still enforces\n%s", context).hasMessageContaining("CHECK");
                assertThatThrownBy(() -> db.exec("INSERT INTO " + users + " (" + id + ", " + name + ", email) VALUES (3, 'cy', 'a@x')"))
                        .as("the unique constraint still enforces\n%s", context).hasMessageContaining("UNIQUE");
                db.exec("INSERT INTO " + users + " (" + id + ", " + name + ") VALUES (3, 'cy')");
                db.exec("INSERT INTO " + posts + " (id, " + userId + ", title) VALUES (12, 3, 'new')");
                assertThat(db.rows("SELECT msg FROM audit ORDER BY rowid")).as("triggers fire\n%s", context)
                        .isEqualTo(List.of(List.of("user cy"), List.of("post by cy")));
                db.exec("DELETE FROM " + users + " WHERE " + id + " = 1");
                assertThat(db.rows("SELECT count(*) FROM " + posts + " WHERE " + userId + " = 1")).as("ON DELETE CASCADE\n%s", context)
                        .isEqualTo(List.of(List.of(0)));
                assertThat(db.rows("EXPLAIN QUERY PLAN SELECT * FROM " + users + " WHERE " + name + " = 'x'").toString())
                        .as("the index on the renamed column is used").contains(nameIndex);
            }
        }
    }
}

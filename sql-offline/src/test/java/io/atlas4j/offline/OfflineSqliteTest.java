package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each statement kind the SQLite offline loader models, checked against the dev-database loader (SQLite in
 * memory, in-process) with atlas4j's diff, and each refusal checked for file, line, statement and remedy.
 */
class OfflineSqliteTest {
    private static final Dialect D = SqliteDialect.create();

    private static void agrees(String sql) {
        Schema dev = Atlas.load(sql, "schema.sql", D);
        Schema offline = OfflineSchemas.load(sql, "schema.sql", D);
        assertThat(Atlas.diff(dev, offline).changes()).as(sql).isEmpty();
        assertThat(dev.tables().size() + dev.views().size() + dev.objects().size()).as("the statement built something").isPositive();
    }

    @Test
    void createTableWithEveryConstraintKind() {
        agrees("""
                CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(255) NOT NULL UNIQUE,
                  name TEXT DEFAULT 'x' COLLATE NOCASE, score REAL DEFAULT (1.5 * 2), age int CHECK (age > 0),
                  kind BIGINT AUTO_INCREMENT);
                CREATE TABLE posts (id int, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE, body blob,
                  CONSTRAINT pk PRIMARY KEY (id DESC), UNIQUE (user_id, body), CONSTRAINT c1 CHECK (id <> user_id),
                  FOREIGN KEY (user_id) REFERENCES users DEFERRABLE INITIALLY DEFERRED);
                """);
    }

    @Test
    void tableOptionsAndGeneratedColumns() {
        agrees("""
                CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v ANY, n INTEGER GENERATED ALWAYS AS (length(k)) STORED,
                  m INTEGER AS (length(v))) WITHOUT ROWID, STRICT;
                CREATE TABLE IF NOT EXISTS kv (k TEXT);
                """);
    }

    @Test
    void indexesViewsAndTriggers() {
        agrees("""
                CREATE TABLE t (a INTEGER, b TEXT COLLATE NOCASE, c INTEGER);
                CREATE INDEX t_b ON t (b);
                CREATE UNIQUE INDEX IF NOT EXISTS t_ab ON t (a, b DESC) WHERE a > 0;
                CREATE INDEX t_expr ON t (lower(b), c COLLATE RTRIM);
                CREATE VIEW v AS SELECT a, b FROM t WHERE c IS NULL;
                CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN UPDATE t SET c = 1 WHERE a = new.a; END;
                """);
    }

    @Test
    void alterAndDropApplyInOrder() {
        agrees("""
                CREATE TABLE t (a INTEGER PRIMARY KEY);
                ALTER TABLE t ADD COLUMN b TEXT NOT NULL DEFAULT '';
                ALTER TABLE t ADD c REFERENCES t (a);
                CREATE TABLE gone (x);
                CREATE INDEX t_b ON t (b);
                CREATE INDEX t_c ON t (c);
                DROP INDEX t_c;
                DROP TABLE gone;
                DROP TABLE IF EXISTS never;
                CREATE VIEW v AS SELECT 1;
                DROP VIEW v;
                PRAGMA foreign_keys = ON;
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TEMP TABLE t (a int)",
        "CREATE TABLE t AS SELECT 1 AS a",
        "CREATE TABLE t (a int); ALTER TABLE t RENAME TO u",
        "CREATE TABLE t (a int); INSERT INTO t VALUES (1)",
        "CREATE TABLE t (a int); DROP TABLE missing",
        "CREATE INDEX i ON missing (a)",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> OfflineSchemas.load("\n" + sql.replace("; ", ";\n"), "schema.sql", D))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageStartingWith("schema.sql:")
                .hasMessageContaining("cannot load offline: ")
                .hasMessageContaining("--dev-url");
    }

    @Test
    void refusalNamesTheLineAndStatement() {
        assertThatThrownBy(() -> OfflineSchemas.load("CREATE TABLE t (a int);\n\nCREATE TEMP TABLE u (b int);\n", "app.sql", D))
                .hasMessageStartingWith("app.sql:3: cannot load offline: temporary objects in \"CREATE TEMP TABLE u (b int)\"");
    }

    @Test
    void coreFindsTheLoaderThroughTheSpi() {
        var realm = Atlas.loadRealmOffline(List.of(new SqlScript("s.sql", "CREATE TABLE t (a int PRIMARY KEY)")), D, Scope.SCHEMA);
        assertThat(realm.schemas().get(0).table("t")).isPresent();
        assertThat(realm.schemas().get(0).table("t").get().primaryKey()).isPresent();
    }
}

package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.error.ApplyException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.script.TxMode;
import io.atlas4j.spi.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How files run in (or out of) transactions, as each format asks, on PostgreSQL and SQLite. */
class TransactionsIT {
    @TempDir
    Path tmp;

    private Path dir(String name, String... files) throws Exception {
        Path d = tmp.resolve(name);
        Files.createDirectories(d);
        for (int i = 0; i < files.length; i += 2) Files.writeString(d.resolve(files[i]), files[i + 1]);
        return d;
    }

    @Test
    void gooseAndDbmateNoTransactionFilesRunOutsideOne() throws Exception {
        Path goose = dir("goose", "1_t.sql", "-- +goose Up\nCREATE TABLE t (x INT);\n",
                "2_idx.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY t_x ON t (x);\n");
        Path dbmate = dir("dbmate", "1_u.sql", "-- migrate:up\nCREATE TABLE u (x INT);\n",
                "2_idx.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY u_x ON u (x);\n");
        try (TestDatabases.TestDb db = TestDatabases.create("postgres", tmp); Connection c = db.connect()) {
            assertThat(Migrations.of(goose, DirectoryFormat.GOOSE).apply(c, 0).files()).hasSize(2);
            assertThat(Migrations.of(dbmate, DirectoryFormat.DBMATE).allowDirty(true).revisionsSchema("dbmate_revisions").apply(c, 0).files())
                    .hasSize(2);
            assertThat(TestDatabases.rows(c, "SELECT indexname FROM pg_indexes WHERE indexname IN ('t_x', 'u_x') ORDER BY 1"))
                    .containsExactly("t_x", "u_x");
            // The revisions schema named was missing: it is created, as Atlas does.
            assertThat(TestDatabases.rows(c, "SELECT COUNT(*) FROM dbmate_revisions.atlas_schema_revisions")).containsExactly("2");
        }
    }

    @Test
    void statusNamesTheFileThatFailedInAnAllFilesTransaction() throws Exception {
        Path d = dir("all", "1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n",
                "3_c.sql", "CREATE TABLE c (x INT);\nINSERT INTO nowhere VALUES (1);\n");
        MigrationDirectory.open(d).computeSum().writeTo(d);
        try (TestDatabases.TestDb db = TestDatabases.create("postgres", tmp); Connection c = db.connect()) {
            Migrations all = Migrations.of(d, DirectoryFormat.ATLAS).txMode(TxMode.ALL);
            assertThatThrownBy(() -> all.apply(c, 0)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("3_c.sql:2").hasMessageContaining("so were the files before it");
            assertThat(TestDatabases.rows(c, "SELECT tablename FROM pg_tables WHERE tablename IN ('a', 'b', 'c')")).isEmpty();
            MigrationStatus s = all.status(c);
            assertThat(s.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(s.describe()).contains("File:  3_c.sql:2, statement 2 of 2", "Failed Version:  3 (0 of 2 statements applied)")
                    .contains("Current Version: No migration applied yet");
        }
    }

    @Test
    void aFilesOwnBeginAndCommitDoNotEndTheTransactionItRunsIn() throws Exception {
        Path d = dir("dump", "1_dump.sql", "BEGIN TRANSACTION;\nCREATE TABLE a (x INT);\nCOMMIT;\n");
        MigrationDirectory.open(d).computeSum().writeTo(d);
        try (TestDatabases.TestDb db = TestDatabases.create("sqlite", tmp); Connection c = db.connect()) {
            assertThat(Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0).files()).hasSize(1);
            assertThat(TestDatabases.rows(c, "SELECT name FROM sqlite_master WHERE name = 'a'")).containsExactly("a");
        }
    }

    @Test
    void aWrittenFileWithAStatementThatCannotRunInATransactionRunsOutsideOne() throws Exception {
        Path d = dir("enum", "1_init.sql", "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (id INT, m mood);\n");
        MigrationDirectory.open(d).computeSum().writeTo(d);
        try (TestDatabases.TestDb db = TestDatabases.create("postgres", tmp); Connection c = db.connect()) {
            PostgresDialect pg = PostgresDialect.create();
            var desired = Atlas.loadRealm(List.of(new SqlScript("desired.sql",
                    "CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE t (id INT, m mood DEFAULT 'b');")), pg, c, Optional.empty(), Scope.SCHEMA);
            NewMigration next = MigrationDiff.write(d, DirectoryFormat.ATLAS, "b", desired, Replay.scratch(pg, c, Optional.empty()),
                    Scope.SCHEMA, Instant.now()).orElseThrow();
            assertThat(Files.readString(next.file())).startsWith("-- atlas:txmode none\n\n");
            assertThat(Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0).files()).hasSize(2);
            assertThat(TestDatabases.rows(c, "SELECT column_default FROM information_schema.columns WHERE table_name = 't' AND column_name = 'm'"))
                    .containsExactly("'b'::mood");
        }
    }

    @Test
    void aDirectoryThatCannotReplayInOneTransactionReplaysOnABorrowedDevDatabaseAndLeavesItEmpty() throws Exception {
        Path d = dir("replay", "1_init.sql", "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (id INT, m mood);\n",
                "2_add.sql", "-- atlas:txmode none\n\nALTER TYPE mood ADD VALUE 'b';\n",
                "3_use.sql", "ALTER TABLE t ALTER COLUMN m SET DEFAULT 'b';\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n");
        MigrationDirectory.open(d).computeSum().writeTo(d);
        try (TestDatabases.TestDb dev = TestDatabases.create("postgres", tmp); Connection c = dev.connect()) {
            String publicComment = TestDatabases.rows(c, "SELECT obj_description('public'::regnamespace)").get(0);
            for (int round = 0; round < 2; round++) {
                var realm = MigrationDiff.replay(MigrationDirectory.open(d), Replay.on(c), Scope.SCHEMA);
                var t = realm.schemas().get(0).table("t").orElseThrow();
                assertThat(t.column("m").orElseThrow().defaultValue()).isPresent();
                assertThat(t.indexes()).extracting(i -> i.name()).contains("t_id");
                // Left exactly as found: no table, no type, the schema's comment untouched, so the next replay runs too.
                assertThat(TestDatabases.rows(c, "SELECT COUNT(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")).containsExactly("0");
                assertThat(TestDatabases.rows(c, "SELECT COUNT(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace")).containsExactly("0");
                assertThat(TestDatabases.rows(c, "SELECT obj_description('public'::regnamespace)")).containsExactly(publicComment);
            }
        }
    }
}

package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseFormatTest {
    @TempDir
    Path dir;

    @Test
    void changesetsAreUpBlocksAndRollbacksTheDownSqlNewestFirst() {
        write(dir, "1_init.sql", """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE a (c int);
                --rollback DROP TABLE a;

                --changeset alice:2 splitStatements:false
                CREATE FUNCTION f() RETURNS int AS 'SELECT 1; SELECT 2' LANGUAGE sql;
                --rollback: DROP FUNCTION f;

                --changeset bob:3
                --comment: no rollback needed
                INSERT INTO a VALUES (1);
                --rollback not required
                /* liquibase rollback
                DELETE FROM a;
                */
                """);
        MigrationFile f = MigrationDirectory.open(dir, DirectoryFormat.LIQUIBASE).files().get(0);
        assertThat(f.version()).isEqualTo("1");
        assertThat(f.description()).isEqualTo("init");
        assertThat(f.up()).containsExactly(
                new SqlBlock("--changeset alice:1\nCREATE TABLE a (c int);\n\n", 3, false),
                new SqlBlock("--changeset alice:2 splitStatements:false\nCREATE FUNCTION f() RETURNS int AS 'SELECT 1; SELECT 2' LANGUAGE sql;\n\n", 7, true),
                new SqlBlock("--changeset bob:3\n--comment: no rollback needed\nINSERT INTO a VALUES (1);\n", 11, false));
        assertThat(f.down()).containsExactly(
                new SqlBlock("DELETE FROM a;\n", 16, false),
                new SqlBlock("DROP FUNCTION f;\n", 9, false),
                new SqlBlock("DROP TABLE a;\n", 5, false));
        assertThat(f.upSql()).doesNotContain("liquibase formatted").doesNotContain("--rollback").doesNotContain("DELETE");
    }

    @Test
    void aFileWithoutTheHeaderIsPlainSql() {
        write(dir, "2_plain.sql", "CREATE TABLE p (c int);\n--rollback DROP TABLE p;\n");
        MigrationFile f = MigrationDirectory.open(dir, DirectoryFormat.LIQUIBASE).files().get(0);
        assertThat(f.upSql()).isEqualTo("CREATE TABLE p (c int);\n--rollback DROP TABLE p;\n");
        assertThat(f.downSql()).isEmpty();
    }

    @Test
    void sqlOutsideAnyChangesetIsRejected() {
        write(dir, "1_a.sql", "--liquibase formatted sql\n-- fine\nCREATE TABLE a (c int);\n--changeset a:1\nSELECT 1;\n");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.LIQUIBASE));
        assertThat(p).extracting(DirectoryProblem::toString).containsExactly(
                "1_a.sql:3: SQL before the first \"--changeset\" belongs to no changeset: move it under a \"--changeset author:id\" line");
    }
}

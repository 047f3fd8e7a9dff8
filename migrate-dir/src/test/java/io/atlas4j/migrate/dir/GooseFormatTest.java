package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GooseFormatTest {
    @TempDir
    Path dir;

    @Test
    void sectionsAndStatementBlocks() {
        write(dir, "2_fn.sql", """
                -- a header comment
                -- +goose Up
                ALTER TABLE t ADD c int;
                -- +goose StatementBegin
                CREATE FUNCTION f() RETURNS int AS $$
                BEGIN
                  RETURN 1;
                END;
                $$ LANGUAGE plpgsql;
                -- +goose StatementEnd
                SELECT 1;

                -- +goose Down
                DROP FUNCTION f;
                """,
                "10_later.sql", "-- +goose Up\nSELECT 10;\n");
        MigrationDirectory d = MigrationDirectory.open(dir, DirectoryFormat.GOOSE);
        assertThat(d.files()).extracting(MigrationFile::version).containsExactly("2", "10");
        MigrationFile fn = d.files().get(0);
        assertThat(fn.kind()).isEqualTo(MigrationKind.VERSIONED);
        assertThat(fn.description()).isEqualTo("fn");
        assertThat(fn.up()).containsExactly(
                new SqlBlock("ALTER TABLE t ADD c int;\n", 3, false),
                new SqlBlock("CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n", 5, true),
                new SqlBlock("SELECT 1;\n\n", 11, false));
        assertThat(fn.upSql()).doesNotContain("+goose").startsWith("ALTER TABLE");
        assertThat(fn.down()).containsExactly(new SqlBlock("DROP FUNCTION f;\n", 14, false));
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() {
        write(dir, "1_no_up.sql", "CREATE TABLE t (c int);\n",
                "2_unclosed.sql", "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n",
                "3_stray_end.sql", "-- +goose Up\nSELECT 1;\n-- +goose StatementEnd\n",
                "4_down_first.sql", "-- +goose Down\nSELECT 1;\n-- +goose Up\nSELECT 2;\n",
                "0_zero.sql", "-- +goose Up\nSELECT 0;\n");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.GOOSE));
        assertThat(p).extracting(DirectoryProblem::toString).containsExactly(
                "0_zero.sql: the file name does not follow the goose format: rename it <version>_<description>.sql with a version of 1 or more, e.g. 20240101120000_add_users.sql",
                "1_no_up.sql:1: SQL before \"-- +goose Up\" is never run by goose: move it below \"-- +goose Up\" or delete it",
                "1_no_up.sql: there is no \"-- +goose Up\" line, so goose runs nothing from this file: add \"-- +goose Up\" above its SQL",
                "2_unclosed.sql:2: \"-- +goose StatementBegin\" has no StatementEnd: close the statement with \"-- +goose StatementEnd\"",
                "3_stray_end.sql:3: \"-- +goose StatementEnd\" without a StatementBegin: add \"-- +goose StatementBegin\" before the statement, or delete this line",
                "4_down_first.sql:1: \"-- +goose Down\" comes before \"-- +goose Up\": keep one Down section, after the Up section",
                "4_down_first.sql:2: SQL before \"-- +goose Up\" is never run by goose: move it below \"-- +goose Up\" or delete it");
    }
}

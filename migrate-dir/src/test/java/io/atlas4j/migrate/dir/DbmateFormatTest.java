package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbmateFormatTest {
    @TempDir
    Path dir;

    @Test
    void upAndDownSections() {
        write(dir, "20240101_users.sql", """
                -- migrate:up transaction:false
                CREATE TABLE users (id int);
                CREATE INDEX users_id ON users (id);

                -- migrate:down
                DROP TABLE users;
                """, "3.sql", "-- migrate:up\nSELECT 3;\n");
        MigrationDirectory d = MigrationDirectory.open(dir, DirectoryFormat.DBMATE);
        assertThat(d.files()).extracting(MigrationFile::version).containsExactly("3", "20240101");
        assertThat(d.files()).extracting(MigrationFile::description).containsExactly("", "users");
        MigrationFile users = d.files().get(1);
        assertThat(users.up()).containsExactly(new SqlBlock("CREATE TABLE users (id int);\nCREATE INDEX users_id ON users (id);\n\n", 2, false));
        assertThat(users.downSql()).contains("DROP TABLE users;\n");
        assertThat(d.files().get(0).downSql()).isEmpty();
    }

    @Test
    void sectionsMustBeUpThenDown() {
        write(dir, "1_none.sql", "SELECT 1;\n", "2_down_first.sql", "-- migrate:down\nSELECT 1;\n-- migrate:up\n", "x_bad.sql", "-- migrate:up\n");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.DBMATE));
        assertThat(p).extracting(DirectoryProblem::toString).containsExactly(
                "1_none.sql:1: SQL before \"-- migrate:up\" is never run by dbmate: move it below \"-- migrate:up\" or delete it",
                "1_none.sql: there is no \"-- migrate:up\" line, which dbmate requires: add \"-- migrate:up\" above its SQL",
                "2_down_first.sql:1: \"-- migrate:down\" comes before \"-- migrate:up\": keep one \"-- migrate:up\" section followed by at most one \"-- migrate:down\" section",
                "2_down_first.sql:2: SQL before \"-- migrate:up\" is never run by dbmate: move it below \"-- migrate:up\" or delete it",
                "x_bad.sql: the file name does not follow the dbmate format: rename it <version>_<description>.sql, e.g. 20240101120000_add_users.sql");
    }
}

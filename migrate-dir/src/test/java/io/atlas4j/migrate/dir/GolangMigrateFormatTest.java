package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GolangMigrateFormatTest {
    @TempDir
    Path dir;

    @Test
    void upAndDownFilesInNumericOrder() {
        write(dir, "10_ten.up.sql", "CREATE TABLE t10 (c int);", "10_ten.down.sql", "DROP TABLE t10;",
                "9_nine.up.sql", "CREATE TABLE t9 (c int);", "9_nine.down.sql", "DROP TABLE t9;");
        MigrationDirectory d = MigrationDirectory.open(dir, DirectoryFormat.GOLANG_MIGRATE);
        assertThat(d.files()).extracting(MigrationFile::name)
                .containsExactly("9_nine.up.sql", "9_nine.down.sql", "10_ten.up.sql", "10_ten.down.sql");
        assertThat(d.files()).extracting(MigrationFile::kind).containsExactly(
                MigrationKind.VERSIONED, MigrationKind.DOWN, MigrationKind.VERSIONED, MigrationKind.DOWN);
        assertThat(d.files()).extracting(MigrationFile::description).containsOnly("nine", "ten");
        assertThat(d.files().get(0).upSql()).isEqualTo("CREATE TABLE t9 (c int);");
        assertThat(d.files().get(1).upSql()).isEmpty();
        assertThat(d.files().get(1).downSql()).contains("DROP TABLE t9;");
    }

    @Test
    void badNamesAndDuplicateVersionsAreRejected() {
        write(dir, "1_init.sql", "SELECT 1;", "2_a.up.sql", "SELECT 2;", "002_b.up.sql", "SELECT 2;", "2_a.down.sql", "SELECT 2;");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.GOLANG_MIGRATE));
        assertThat(p).extracting(DirectoryProblem::kind)
                .containsExactly(DirectoryProblem.Kind.NAME_MISMATCH, DirectoryProblem.Kind.DUPLICATE_VERSION);
        assertThat(p.get(0).file()).contains("1_init.sql");
        assertThat(p.get(0).remedy()).contains(".up.sql").contains(".down.sql");
        assertThat(p.get(1).toString()).contains("2_a.up.sql").contains("002_b.up.sql");
    }
}

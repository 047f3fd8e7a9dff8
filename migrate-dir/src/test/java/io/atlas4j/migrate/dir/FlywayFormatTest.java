package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayFormatTest {
    @TempDir
    Path dir;

    @Test
    void kindsVersionsAndFlywaysRunOrder() {
        write(dir, "V10__ten.sql", "SELECT 10;",
                "V2__two.sql", "SELECT 2;",
                "V1_2__one_two.sql", "SELECT 12;",
                "V1.1__one_one.sql", "SELECT 11;",
                "B2__base.sql", "SELECT 'base';",
                "U2__two.sql", "SELECT 'undo 2';",
                "R__b_view.sql", "CREATE VIEW b AS SELECT 1;",
                "R__a_view.sql", "CREATE VIEW a AS SELECT 1;",
                "v3/V3__in_sub_folder.sql", "SELECT 3;",
                ".hidden/V9__ignored.sql", "SELECT 9;",
                "afterMigrate.sql", "SELECT 'callback';",
                "beforeEachMigrate__log.sql", "SELECT 'callback';");
        MigrationDirectory d = MigrationDirectory.open(dir, DirectoryFormat.FLYWAY);
        assertThat(d.files()).extracting(MigrationFile::name).containsExactly(
                "V1.1__one_one.sql", "V1_2__one_two.sql", "B2__base.sql", "V2__two.sql", "U2__two.sql",
                "v3/V3__in_sub_folder.sql", "V10__ten.sql", "R__a_view.sql", "R__b_view.sql");
        assertThat(d.files()).extracting(MigrationFile::version)
                .containsExactly("1.1", "1.2", "2", "2", "2", "3", "10", "", "");
        assertThat(d.files()).extracting(MigrationFile::kind).containsExactly(
                MigrationKind.VERSIONED, MigrationKind.VERSIONED, MigrationKind.BASELINE, MigrationKind.VERSIONED,
                MigrationKind.UNDO, MigrationKind.VERSIONED, MigrationKind.VERSIONED, MigrationKind.REPEATABLE,
                MigrationKind.REPEATABLE);
        assertThat(d.files().get(0).description()).isEqualTo("one_one");
        MigrationFile undo = d.files().get(4);
        assertThat(undo.upSql()).isEmpty();
        assertThat(undo.downSql()).contains("SELECT 'undo 2';");
        assertThat(d.files().get(7).upSql()).isEqualTo("CREATE VIEW a AS SELECT 1;");
    }

    @Test
    void versionsAreEqualWhenTheyAreEqualNumbers() {
        write(dir, "V1__a.sql", "SELECT 1;", "V1.0__b.sql", "SELECT 1;", "V01_0_0__c.sql", "SELECT 1;",
                "sub/R__a.sql", "SELECT 1;", "R__a.sql", "SELECT 1;");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.FLYWAY));
        assertThat(p).extracting(DirectoryProblem::kind).containsOnly(DirectoryProblem.Kind.DUPLICATE_VERSION);
        assertThat(p).extracting(x -> x.file().orElseThrow()).containsExactly("V1.0__b.sql", "V1__a.sql", "sub/R__a.sql");
        assertThat(p.get(0).message()).isEqualTo("version \"1.0\" is also the version of V01_0_0__c.sql");
        assertThat(p.get(2).message()).isEqualTo("description \"a\" is also the description of R__a.sql");
    }

    @Test
    void namesOutsideFlywaysConventionAreRejected() {
        write(dir, "v1__lower.sql", "SELECT 1;", "V1_single.sql", "SELECT 1;", "V1a__letters.sql", "SELECT 1;", "V2__ok.sql", "SELECT 2;");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir, DirectoryFormat.FLYWAY));
        assertThat(p).extracting(x -> x.file().orElseThrow()).containsExactly("V1_single.sql", "V1a__letters.sql", "v1__lower.sql");
        assertThat(p).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(DirectoryProblem.Kind.NAME_MISMATCH);
            assertThat(x.remedy()).contains("V<version>__<description>.sql").contains("R__<description>.sql");
        });
    }
}

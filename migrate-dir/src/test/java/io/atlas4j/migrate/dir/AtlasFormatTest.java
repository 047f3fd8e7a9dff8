package io.atlas4j.migrate.dir;

import static io.atlas4j.migrate.dir.Dirs.problems;
import static io.atlas4j.migrate.dir.Dirs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasFormatTest {
    @TempDir
    Path dir;

    @Test
    void filesRunInFileNameOrderWithVersionBeforeTheFirstUnderscore() {
        write(dir, "20240102_add_users.sql", "CREATE TABLE users (id int);\n",
                "2.10.x-20_description.sql", "SELECT 2;",
                "1.sql", "SELECT 1;",
                "README.md", "not a migration",
                "sub/3_nested.sql", "SELECT 3;");
        MigrationDirectory d = MigrationDirectory.open(dir);
        assertThat(d.format()).isEqualTo(DirectoryFormat.ATLAS);
        assertThat(d.files()).extracting(MigrationFile::name)
                .containsExactly("1.sql", "2.10.x-20_description.sql", "20240102_add_users.sql");
        assertThat(d.files()).extracting(MigrationFile::version).containsExactly("1", "2.10.x-20", "20240102");
        assertThat(d.files()).extracting(MigrationFile::description).containsExactly("", "description", "add_users");
        assertThat(d.files()).extracting(MigrationFile::kind).containsOnly(MigrationKind.VERSIONED);
        MigrationFile users = d.files().get(2);
        assertThat(users.upSql()).isEqualTo("CREATE TABLE users (id int);\n");
        assertThat(users.up()).containsExactly(new SqlBlock("CREATE TABLE users (id int);\n", 1, false));
        assertThat(users.downSql()).isEmpty();
        assertThat(new String(users.bytes(), StandardCharsets.UTF_8)).isEqualTo("CREATE TABLE users (id int);\n");
        assertThat(d.entries()).extracting(DirectoryEntry::name)
                .containsExactly("1.sql", "2.10.x-20_description.sql", "20240102_add_users.sql");
    }

    @Test
    void aNameWithoutVersionIsRejectedNamingTheFileAndTheExpectedName() {
        write(dir, "_x.sql", "SELECT 1;");
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(DirectoryProblem.Kind.NAME_MISMATCH);
            assertThat(x.file()).contains("_x.sql");
            assertThat(x.remedy()).contains("<version>_<description>.sql");
        });
    }

    @Test
    void duplicateVersionsNameBothFiles() {
        write(dir, "1_a.sql", "SELECT 1;", "1_b.sql", "SELECT 2;");
        assertThatThrownBy(() -> MigrationDirectory.open(dir))
                .isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("1_b.sql")
                .hasMessageContaining("1_a.sql")
                .hasMessageContaining("version \"1\"");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        write(dir, "1_a.sql", "SELECT 1;", "1_b.sql", "SELECT 2;", "_c.sql", "x", "2_d.sql", "SELECT 'caf\u00e9';");
        Files.write(dir.resolve("3_e.sql"), "SELECT 'caf\u00e9';\nSELECT 2;".getBytes(StandardCharsets.ISO_8859_1));
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir));
        assertThat(p).extracting(DirectoryProblem::kind).containsExactlyInAnyOrder(
                DirectoryProblem.Kind.NAME_MISMATCH, DirectoryProblem.Kind.UNREADABLE, DirectoryProblem.Kind.DUPLICATE_VERSION);
        DirectoryProblem notUtf8 = p.stream().filter(x -> x.kind() == DirectoryProblem.Kind.UNREADABLE).findFirst().orElseThrow();
        assertThat(notUtf8.file()).contains("3_e.sql");
        assertThat(notUtf8.line()).hasValue(1);
        assertThat(notUtf8.toString()).startsWith("3_e.sql:1: is not valid UTF-8").endsWith("save the file as UTF-8");
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        write(dir, "1_a.sql", "SELECT 1;");
        Files.createSymbolicLink(dir.resolve("2_gone.sql"), dir.resolve("nowhere.sql"));
        List<DirectoryProblem> p = problems(() -> MigrationDirectory.open(dir));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(DirectoryProblem.Kind.UNREADABLE);
            assertThat(x.file()).contains("2_gone.sql");
            assertThat(x.remedy()).contains("readable");
        });
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> MigrationDirectory.open(missing))
                .isInstanceOfSatisfying(MigrationDirectoryException.class, e -> assertThat(e.problems())
                        .extracting(DirectoryProblem::kind).containsExactly(DirectoryProblem.Kind.NOT_A_DIRECTORY))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void checkpointsAndFileDirectivesFollowAtlasRules() {
        write(dir, "1_a.sql", "CREATE TABLE a (c int);\n",
                "2_cp.sql", "-- atlas:checkpoint v2\n\nCREATE TABLE a (c int);\n",
                "3_b.sql", "-- atlas:txmode none\n\nCREATE TABLE b (c int);\n",
                "4_c.sql", "-- atlas:txmode none\nCREATE TABLE c (c int);\n");
        MigrationDirectory d = MigrationDirectory.open(dir);
        assertThat(d.files().get(1).checkpointTag()).contains("v2");
        assertThat(d.files().get(0).isCheckpoint()).isFalse();
        assertThat(d.filesFromLastCheckpoint()).extracting(MigrationFile::name).containsExactly("2_cp.sql", "3_b.sql", "4_c.sql");
        assertThat(d.files().get(2).directives("txmode")).containsExactly("none");
        // Without an empty line after it, the comment belongs to the statement: no file directive.
        assertThat(d.files().get(3).directives("txmode")).isEmpty();
    }

    @Test
    void inMemoryEntriesReadLikeADirectoryOnDisk() {
        write(dir, "2_b.sql", "SELECT 2;", "1_a.sql", "SELECT 1;");
        MigrationDirectory onDisk = MigrationDirectory.open(dir);
        MigrationDirectory inMemory = MigrationDirectory.of("classpath:db/migration", DirectoryFormat.ATLAS,
                List.of(DirectoryEntry.of("2_b.sql", "SELECT 2;"), DirectoryEntry.of("1_a.sql", "SELECT 1;")));
        assertThat(inMemory.files()).isEqualTo(onDisk.files());
        assertThat(inMemory.source()).isEqualTo("classpath:db/migration");
        assertThatThrownBy(() -> MigrationDirectory.of("x", DirectoryFormat.ATLAS,
                List.of(DirectoryEntry.of("1_a.sql", "a"), DirectoryEntry.of("1_a.sql", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1_a.sql");
        assertThatThrownBy(() -> DirectoryEntry.of("../1_a.sql", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}

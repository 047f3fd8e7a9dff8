package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationDirectoryException;
import io.atlas4j.migrate.dir.SumFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** What the migrate commands make of their arguments, with no database: directory URLs, durations, new file names, help. */
class MigrateArgumentsTest {
    static final Instant NOW = Instant.parse("2024-03-05T07:08:09Z");

    @Test
    void directoryUrls() {
        assertThat(DirectoryUrl.parse("file://migrations")).isEqualTo(new DirectoryUrl(Path.of("migrations"), DirectoryFormat.ATLAS));
        assertThat(DirectoryUrl.parse("file:///srv/app/db")).isEqualTo(new DirectoryUrl(Path.of("/srv/app/db"), DirectoryFormat.ATLAS));
        assertThat(DirectoryUrl.parse("db/migration")).isEqualTo(new DirectoryUrl(Path.of("db/migration"), DirectoryFormat.ATLAS));
        assertThat(DirectoryUrl.parse("file://db?format=flyway")).isEqualTo(new DirectoryUrl(Path.of("db"), DirectoryFormat.FLYWAY));
        assertThat(DirectoryUrl.parse("file://db?format=golang-migrate").format()).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
        assertThat(DirectoryUrl.parse("db?format=Liquibase").format()).isEqualTo(DirectoryFormat.LIQUIBASE);
        assertThat(DirectoryUrl.parse("file://db?format=goose")).hasToString("file://db?format=goose");

        assertThatThrownBy(() -> DirectoryUrl.parse("file://db?format=sqitch")).isInstanceOf(MigrationDirectoryException.class)
                .hasMessageContaining("unknown migration directory format \"sqitch\"")
                .hasMessageContaining("atlas, flyway, golang-migrate, goose, dbmate, liquibase");
        assertThatThrownBy(() -> DirectoryUrl.parse("file://db?dialect=pg")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown parameter \"dialect\"");
        assertThatThrownBy(() -> DirectoryUrl.parse("postgres://u:secretpw@h/db")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a file:// URL").hasMessageNotContaining("secretpw");
        assertThatThrownBy(() -> DirectoryUrl.parse("file://")).isInstanceOf(InvalidInputException.class).hasMessageContaining("has no path");
    }

    @Test
    void durationsAsAtlasFlagsTakeThem() {
        assertThat(GoDuration.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(GoDuration.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GoDuration.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("2h0m1.5s")).isEqualTo(Duration.ofMillis(7_201_500));
        assertThat(GoDuration.parse("250us")).isEqualTo(Duration.ofNanos(250_000));
        assertThat(GoDuration.parse("PT10S")).isEqualTo(Duration.ofSeconds(10));
        assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
        for (String bad : List.of("10", "s", "-1s", "10 s", "1d", "", "PT-5S", "PTx")) {
            assertThatThrownBy(() -> GoDuration.parse(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("invalid duration");
        }
    }

    private static MigrationDirectory dir(DirectoryFormat format, String... names) {
        List<DirectoryEntry> entries = new ArrayList<>();
        for (String n : names) {
            String content = switch (format) {
                case GOOSE -> "-- +goose Up\n";
                case DBMATE -> "-- migrate:up\n";
                default -> "";
            };
            entries.add(DirectoryEntry.of(n, content));
        }
        return MigrationDirectory.of("migrations", format, entries);
    }

    private static List<String> next(MigrationDirectory dir, String name) {
        return NewMigration.next(dir, Optional.ofNullable(name), NOW).files().stream().map(NewMigration.File::name).toList();
    }

    @Test
    void newFilesAreNamedAsEachFormatNamesThem() {
        assertThat(next(dir(DirectoryFormat.ATLAS), "add_users")).containsExactly("20240305070809_add_users.sql");
        assertThat(next(dir(DirectoryFormat.ATLAS), null)).containsExactly("20240305070809.sql");
        assertThat(next(dir(DirectoryFormat.FLYWAY), "init")).containsExactly("V1__init.sql");
        assertThat(next(dir(DirectoryFormat.FLYWAY, "V1__a.sql", "V1.2__b.sql", "U1.2__b.sql", "R__views.sql"), "c")).containsExactly("V2__c.sql");
        assertThat(next(dir(DirectoryFormat.GOLANG_MIGRATE), "init"))
                .containsExactly("20240305070809_init.up.sql", "20240305070809_init.down.sql");
        assertThat(next(dir(DirectoryFormat.GOOSE), "init")).containsExactly("20240305070809_init.sql");
        assertThat(next(dir(DirectoryFormat.DBMATE), null)).containsExactly("20240305070809.sql");
        assertThat(next(dir(DirectoryFormat.LIQUIBASE), "init")).containsExactly("20240305070809_init.sql");
    }

    @Test
    void aNumberedDirectoryGetsTheNextNumberAndATimestampedOneALaterTimestamp() {
        assertThat(next(dir(DirectoryFormat.GOLANG_MIGRATE, "000001_a.up.sql", "000001_a.down.sql", "000002_b.up.sql"), "c"))
                .containsExactly("000003_c.up.sql", "000003_c.down.sql");
        assertThat(next(dir(DirectoryFormat.GOOSE, "00009_a.sql"), "b")).containsExactly("00010_b.sql");
        assertThat(next(dir(DirectoryFormat.ATLAS, "1_a.sql", "2_b.sql"), "c")).containsExactly("3_c.sql");
        // Two files within one second, or a clock behind the latest file: one more than the latest.
        assertThat(next(dir(DirectoryFormat.ATLAS, "20240305070809_a.sql"), "b")).containsExactly("20240305070810_b.sql");
        assertThat(next(dir(DirectoryFormat.DBMATE, "20250101000000_a.sql"), "b")).containsExactly("20250101000001_b.sql");
        assertThat(next(dir(DirectoryFormat.ATLAS, "20230101000000_a.sql"), "b")).containsExactly("20240305070809_b.sql");
        // Atlas runs files in name order: 10_c.sql would run before 9_b.sql.
        assertThatThrownBy(() -> next(dir(DirectoryFormat.ATLAS, "8_a.sql", "9_b.sql"), "c")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10_c.sql would sort before 9_b.sql").hasMessageContaining("zero-pad");
    }

    @Test
    void newFileNamesAreChecked() {
        assertThatThrownBy(() -> next(dir(DirectoryFormat.ATLAS), "../escape")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("may hold only letters, digits");
        assertThatThrownBy(() -> next(dir(DirectoryFormat.ATLAS), "add users")).isInstanceOf(InvalidInputException.class);
        for (DirectoryFormat f : List.of(DirectoryFormat.FLYWAY, DirectoryFormat.GOLANG_MIGRATE, DirectoryFormat.GOOSE)) {
            assertThatThrownBy(() -> next(dir(f), null)).as(f.id()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("needs a NAME for a " + f.id() + " directory");
        }
    }

    @Test
    void passwordsInTheUrlNeverShow(@TempDir Path tmp) throws Exception {
        Path d = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(d.resolve("1_a.sql"), "CREATE TABLE a (x INT);\n");
        SumFile.compute(d).writeTo(d);
        for (String cmd : List.of("apply", "status")) {
            Cli.Result r = Cli.run("migrate", cmd, "--url", "mysql://root:s3cretpw@127.0.0.1:1/app", "--dir", "file://" + d);
            assertThat(r.exit()).as(cmd).isEqualTo(3);
            assertThat(r.errLines()).as(cmd).singleElement().asString().startsWith("Error: ").doesNotContain("s3cretpw");
        }
    }

    @Test
    void helpListsTheMigrateCommands() {
        assertThat(Cli.run("--help").out()).contains("migrate");
        Cli.Result r = Cli.run("migrate", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("apply", "status", "new", "hash", "validate", "import");
        assertThat(Cli.run("migrate", "apply", "--help").out()).contains("--url", "--dir", "--dry-run", "--baseline", "--allow-dirty",
                "--tx-mode", "--revisions-schema", "--lock-timeout", "file://migrations");
    }
}

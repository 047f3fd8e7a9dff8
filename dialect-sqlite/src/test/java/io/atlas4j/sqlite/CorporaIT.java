package io.atlas4j.sqlite;

import io.atlas4j.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world SQLite schema of the shared corpora loads, diffs to empty against itself, and
 * converges both ways; applied from empty, SQLite's own catalog ({@link SqliteCatalog}) matches the
 * schema loaded natively.
 */
class CorporaIT {
    @TempDir
    Path dir;

    static Stream<Path> corpora() throws IOException {
        Path root = SharedData.folder("corpora/sqlite");
        try (Stream<Path> s = Files.list(root)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            assertThat(files).as("corpora in %s", root).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void loadsAndConvergesBothWays(Path corpus) throws IOException {
        Schema desired = Atlas.load(corpus, SqliteDb.DIALECT);
        assertThat(desired.tables()).isNotEmpty();
        assertThat(SqliteDb.diff(desired, desired)).as("diff(x, x)").isEmpty();
        List<String> nativeCatalog;
        try (SqliteDb nat = SqliteDb.open(dir.resolve("native.db"))) {
            nat.exec(Files.readString(corpus));
            nativeCatalog = nat.catalog();
            Schema inspected = nat.inspect();
            assertThat(SqliteDb.diff(inspected, inspected)).as("diff(native, native)").isEmpty();
            assertThat(SqliteDb.diff(inspected, desired)).as("native load vs dev-database load").isEmpty();
        }
        try (SqliteDb db = SqliteDb.open(dir.resolve("target.db"))) {
            db.exec("PRAGMA foreign_keys = ON");
            Plan up = db.plan(desired, DiffOptions.defaults());
            db.apply(up);
            assertThat(db.diffTo(desired, DiffOptions.defaults())).as("after applying:\n%s", up.sql()).isEmpty();
            assertThat(SqliteCatalog.difference(nativeCatalog, db.catalog())).as("SQLite's catalog after applying:\n%s", up.sql()).isEmpty();
            Plan down = db.plan(Schema.empty("main"), DiffOptions.defaults());
            db.apply(down);
            Schema after = db.inspect();
            assertThat(after.tables()).as("after dropping:\n%s", down.sql()).isEmpty();
            assertThat(after.views()).isEmpty();
            assertThat(after.objects()).isEmpty();
        }
    }
}

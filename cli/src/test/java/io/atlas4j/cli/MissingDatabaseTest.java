package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite URL naming a file that does not exist: commands that only read (inspect, diff, a dry
 * run) fail with one line naming the file, and leave no file behind; only apply creates a database.
 */
class MissingDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void inspectNamesTheMissingFileAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(missing));
        assertMissing(r, missing);
    }

    @Test
    void diffNamesTheMissingFileAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");
        Cli.Result from = Cli.run("schema", "diff", "--from", Db.url(missing), "--to", Db.fileUrl(Db.blogSchema()));
        assertMissing(from, missing);
        Cli.Result to = Cli.run("schema", "diff", "--from", Db.fileUrl(Db.blogSchema()), "--to", Db.url(missing));
        assertMissing(to, missing);
    }

    @Test
    void dryRunNamesTheMissingFileAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(missing), "--to", Db.fileUrl(Db.blogSchema()), "--dry-run");
        assertMissing(r, missing);
    }

    @Test
    void applyCreatesANewDatabaseFile() {
        Path fresh = dir.resolve("fresh.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(fresh), "--to", Db.fileUrl(Db.blogSchema()), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(fresh).isRegularFile();
    }

    private static void assertMissing(Cli.Result r, Path missing) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains(missing.toString()).contains("does not exist");
        assertThat(Files.exists(missing)).as("no file is created").isFalse();
        assertThat(r.out()).isEmpty();
    }
}

package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.migrate.dir.SumFile;
import io.atlas4j.spi.SchemaLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrate commands through the command line, against real databases: new, hash, validate,
 * status and apply round trips; a directory that no longer matches its atlas.sum, or that is
 * malformed, is refused with one error naming the file before the database is opened; a file that
 * fails is named with its line, and the revision table says how far it got.
 */
class MigrateCommandsIT {
    static final Pattern TIMESTAMPED = Pattern.compile("(\\d{14})_(\\w+)\\.sql");

    @TempDir
    Path work;

    private Path dir() throws Exception {
        return Files.createDirectories(work.resolve("migrations"));
    }

    /** A directory of files (name, content, ...), hashed. */
    private Path dir(String... nameAndSql) throws Exception {
        Path d = dir();
        for (int i = 0; i < nameAndSql.length; i += 2) Files.writeString(d.resolve(nameAndSql[i]), nameAndSql[i + 1]);
        SumFile.compute(d).writeTo(d);
        return d;
    }

    private static String file(Path d) {
        return "file://" + d.toAbsolutePath();
    }

    private static Cli.Result ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as("exit status of %s; stderr: %s", String.join(" ", args), r.err()).isZero();
        assertThat(r.err()).as("stderr").isEmpty();
        return r;
    }

    /** Runs a command that must fail with exactly one {@code Error: ...} line and the given status; returns that line. */
    private static String fails(int status, String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as("exit status of %s; stdout: %s; stderr: %s", String.join(" ", args), r.out(), r.err()).isEqualTo(status);
        assertThat(r.errLines()).as("stderr of %s", String.join(" ", args)).singleElement().asString().startsWith("Error: ");
        return r.errLines().get(0);
    }

    // ---- round trips ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void newHashValidateStatusAndApplyRoundTrip(MigrateTarget.Kind kind) throws Exception {
        Path d = work.resolve("migrations"); // migrate new creates it
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            if (kind == MigrateTarget.Kind.SQLITE) db.exec("PRAGMA user_version = 0"); // an empty database file, for status to read
            Cli.Result created = ok("migrate", "new", "users", "--dir", file(d));
            Path users = Path.of(created.out().strip());
            Matcher m = TIMESTAMPED.matcher(users.getFileName().toString());
            assertThat(m.matches()).as("atlas file name %s", users).isTrue();
            assertThat(users).hasParent(d.toAbsolutePath()).isEmptyFile();
            String v1 = m.group(1);
            ok("migrate", "validate", "--dir", file(d));

            Files.writeString(users, "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));\n");
            assertThat(fails(12, "migrate", "validate", "--dir", file(d))).contains(users.getFileName() + " was changed", "atlas4j migrate hash");
            ok("migrate", "hash", "--dir", file(d));
            assertThat(ok("migrate", "validate", "--dir", file(d)).out()).as("validate prints nothing when all is well").isEmpty();

            Path posts = Path.of(ok("migrate", "new", "posts", "--dir", file(d)).out().strip());
            String v2 = posts.getFileName().toString().substring(0, 14);
            assertThat(v2).as("the second file runs after the first").isGreaterThan(v1);
            Files.writeString(posts, "-- posts belong to users\nCREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id));\n"
                    + "CREATE INDEX posts_user ON posts (user_id);\n");
            ok("migrate", "hash", "--dir", file(d));

            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d)).out()).contains("Migration Status: PENDING", "Current Version: No migration applied yet", "Next Version:    " + v1,
                    "Pending Files:   2");
            assertThat(db.tables()).as("status creates no revision table").isEmpty();

            String dry = ok("migrate", "apply", "--url", db.url(), "--dir", file(d), "--dry-run").out();
            assertThat(dry).contains("Migrating to version " + v2 + " (2 migrations in total):", "-- migrating version " + v1,
                    "    -> CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100));", "-- migrating version " + v2,
                    "    -> CREATE INDEX posts_user ON posts (user_id);", "2 migrations, 3 sql statements to run (dry run: nothing was applied)")
                    .doesNotContain("-- ok (");
            assertThat(db.tables()).as("a dry run changes nothing").isEmpty();

            String first = ok("migrate", "apply", "1", "--url", db.url(), "--dir", file(d)).out();
            assertThat(first).contains("Migrating to version " + v1 + " (1 migration in total):", "-- migrating version " + v1,
                    "-> CREATE TABLE users", "-- ok (", "-- 1 migration ok, 1 sql statement").doesNotContain(v2);
            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "users");
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d)).out()).contains("Migration Status: PENDING",
                    "Current Version: " + v1, "Next Version:    " + v2, "Executed Files:  1", "Pending Files:   1");

            String second = ok("migrate", "apply", "--url", db.url(), "--dir", file(d)).out();
            assertThat(second).contains("Migrating to version " + v2 + " from " + v1 + " (1 migration in total):", "-- migrating version " + v2,
                    "-> CREATE TABLE posts", "-> CREATE INDEX posts_user ON posts (user_id);", "-- 1 migration ok, 2 sql statements")
                    .doesNotContain("-- migrating version " + v1);
            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(d)).out()).isEqualTo("No migration files to execute\n");
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d)).out()).contains("Migration Status: OK",
                    "Current Version: " + v2, "Next Version:    Already at latest version", "Executed Files:  2", "Pending Files:   0");

            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "posts", "users");
            assertThat(db.rows("SELECT version, description, type, applied, total, error FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly(v1 + "|users|2|1|1|null", v2 + "|posts|2|2|2|null");
        }
    }

    @Test
    void statusOfAnSqliteFileThatDoesNotExistIsAnErrorAndCreatesNothing() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        Path missing = work.resolve("missing.db");
        assertThat(fails(2, "migrate", "status", "--url", "sqlite://" + missing, "--dir", file(d))).contains("missing.db", "does not exist");
        assertThat(fails(2, "migrate", "apply", "--dry-run", "--url", "sqlite://" + missing, "--dir", file(d))).contains("missing.db");
        assertThat(missing).doesNotExist();
    }

    // ---- a tampered directory ---------------------------------------------------------------------------------

    enum Tamper { EDIT, ADD, DELETE }

    static List<Object[]> tampering() {
        List<Object[]> out = new ArrayList<>();
        for (MigrateTarget.Kind k : MigrateTarget.Kind.values()) for (Tamper t : Tamper.values()) out.add(new Object[] {k, t});
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tampering")
    void aTamperedDirectoryIsRefusedBeforeTheDatabaseIsOpened(MigrateTarget.Kind kind, Tamper tamper) throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n", "3_c.sql", "CREATE TABLE c (x INT);\n");
        String named = switch (tamper) {
            case EDIT -> {
                Files.writeString(d.resolve("2_b.sql"), "CREATE TABLE b (x INT, y INT);\n");
                yield "2_b.sql was changed";
            }
            case ADD -> {
                Files.writeString(d.resolve("4_d.sql"), "CREATE TABLE d (x INT);\n");
                yield "4_d.sql was added";
            }
            case DELETE -> {
                Files.delete(d.resolve("2_b.sql"));
                yield "2_b.sql was removed";
            }
        };
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            assertThat(fails(12, "migrate", "apply", "--url", db.url(), "--dir", file(d))).contains(named, "atlas4j migrate hash");
            assertThat(fails(12, "migrate", "apply", "--dry-run", "--url", db.url(), "--dir", file(d))).contains(named);
            assertThat(fails(12, "migrate", "status", "--url", db.url(), "--dir", file(d))).contains(named);
            assertThat(fails(12, "migrate", "validate", "--dir", file(d))).contains(named);
            assertThat(fails(12, "migrate", "new", "e", "--dir", file(d))).as("nothing is added to a tampered directory").contains(named);
            assertThat(db.exists()).as("an SQLite file is not even created").isEqualTo(kind != MigrateTarget.Kind.SQLITE);
            assertThat(db.tables()).as("no revision table, no table").isEmpty();
        }
    }

    @Test
    void editingAnAppliedFileIsRefusedAndTheRevisionsStayAsTheyWere() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n");
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.SQLITE, work)) {
            ok("migrate", "apply", "--url", db.url(), "--dir", file(d));
            List<String> revisions = db.rows("SELECT * FROM atlas_schema_revisions ORDER BY version");
            Files.writeString(d.resolve("1_a.sql"), "CREATE TABLE a (x INT, y INT);\n");
            Files.writeString(d.resolve("3_c.sql"), "CREATE TABLE c (x INT);\n");
            assertThat(fails(12, "migrate", "apply", "--url", db.url(), "--dir", file(d))).contains("1_a.sql was changed");
            assertThat(fails(12, "migrate", "status", "--url", db.url(), "--dir", file(d))).contains("1_a.sql was changed");
            assertThat(db.tables()).containsExactly("a", "atlas_schema_revisions", "b");
            assertThat(db.rows("SELECT * FROM atlas_schema_revisions ORDER BY version")).isEqualTo(revisions);
            // Rehashing blesses the sum, but the revision table still remembers what ran.
            ok("migrate", "hash", "--dir", file(d));
            assertThat(fails(2, "migrate", "apply", "--url", db.url(), "--dir", file(d)))
                    .contains("1_a.sql: the file changed after it was applied");
            assertThat(db.tables()).containsExactly("a", "atlas_schema_revisions", "b");
        }
    }

    // ---- bad input ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void anUnknownFormatListsTheKnownOnes(MigrateTarget.Kind kind) throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        String url = file(d) + "?format=sqitch";
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            for (String[] args : List.of(new String[] {"migrate", "apply", "--url", db.url(), "--dir", url},
                    new String[] {"migrate", "status", "--url", db.url(), "--dir", url},
                    new String[] {"migrate", "validate", "--dir", url}, new String[] {"migrate", "hash", "--dir", url},
                    new String[] {"migrate", "new", "x", "--dir", url}, new String[] {"migrate", "import", "--from", url, "--to", file(work.resolve("out"))})) {
                assertThat(fails(2, args)).as(String.join(" ", args))
                        .contains("unknown migration directory format \"sqitch\"", "atlas, flyway, golang-migrate, goose, dbmate, liquibase");
            }
            assertThat(db.exists()).isEqualTo(kind != MigrateTarget.Kind.SQLITE);
            assertThat(db.tables()).isEmpty();
        }
        assertThat(d).isDirectoryNotContaining("glob:**/*x.sql");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownDirectoryParameterOrSchemeIsAnError() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        assertThat(fails(2, "migrate", "validate", "--dir", file(d) + "?fromat=flyway")).contains("unknown parameter \"fromat\"");
        assertThat(fails(2, "migrate", "validate", "--dir", "s3://bucket/migrations")).contains("is not a file:// URL");
        assertThat(fails(2, "migrate", "validate", "--dir", work.resolve("nowhere").toString())).contains("nowhere", "does not exist");
    }

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void duplicateVersionsNameBothFiles(MigrateTarget.Kind kind) throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n", "2_c.sql", "CREATE TABLE c (x INT);\n");
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            for (String[] args : List.of(new String[] {"migrate", "apply", "--url", db.url(), "--dir", file(d)},
                    new String[] {"migrate", "status", "--url", db.url(), "--dir", file(d)}, new String[] {"migrate", "validate", "--dir", file(d)})) {
                assertThat(fails(2, args)).contains("2_c.sql: version \"2\" is also the version of 2_b.sql");
            }
            assertThat(db.tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void anUnreadableFileIsNamed(MigrateTarget.Kind kind) throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        // Not UTF-8 on line 2 (tests run as root, so permissions cannot make a file unreadable)...
        Files.write(d.resolve("2_b.sql"), "CREATE TABLE b (x INT);\n-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        SumFile.compute(d).writeTo(d);
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            assertThat(fails(2, "migrate", "apply", "--url", db.url(), "--dir", file(d))).contains("2_b.sql:2: is not valid UTF-8");
            assertThat(fails(2, "migrate", "status", "--url", db.url(), "--dir", file(d))).contains("2_b.sql:2: is not valid UTF-8");
            assertThat(fails(2, "migrate", "validate", "--dir", file(d))).contains("2_b.sql:2: is not valid UTF-8");
            // ... and a link to nothing, which no one can read.
            Files.delete(d.resolve("2_b.sql"));
            Files.createSymbolicLink(d.resolve("2_b.sql"), work.resolve("gone.sql"));
            assertThat(fails(2, "migrate", "apply", "--url", db.url(), "--dir", file(d))).contains("2_b.sql: cannot be read");
            assertThat(fails(2, "migrate", "hash", "--dir", file(d))).contains("2_b.sql: cannot be read");
            assertThat(db.tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void aSyntaxErrorNamesFileAndLineAndTheRevisionTableSaysHowFarTheFileGot(MigrateTarget.Kind kind) throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n",
                "2_b.sql", "-- b, then a broken table\nCREATE TABLE b (x INT);\nCREATE TABLE broken (\n  x INT,,\n);\n");
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            String error = fails(7, "migrate", "apply", "--url", db.url(), "--dir", file(d));
            assertThat(error).contains("2_b.sql:3: statement 2 of 2 failed");
            if (db.transactionalDdl()) {
                assertThat(error).contains("the file's statements were rolled back");
                assertThat(db.tables()).as("file 1 stays; nothing of file 2").containsExactly("a", "atlas_schema_revisions");
                assertThat(db.rows("SELECT version, applied, total, error IS NOT NULL, error_stmt FROM atlas_schema_revisions ORDER BY version"))
                        .containsExactly("1|1|1|" + bool(kind, false) + "|null", "2|0|2|" + bool(kind, true) + "|CREATE TABLE broken (\n  x INT,,\n)");
            } else {
                // MariaDB commits each DDL statement: statement 1 took effect and is recorded, so a fixed file resumes after it.
                assertThat(error).contains("statements 1-1 of the file took effect and are recorded", "resume at statement 2");
                assertThat(db.tables()).containsExactly("a", "atlas_schema_revisions", "b");
                assertThat(db.rows("SELECT version, applied, total, error IS NOT NULL FROM atlas_schema_revisions ORDER BY version"))
                        .containsExactly("1|1|1|0", "2|1|2|1");
            }
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d)).out()).contains("Migration Status: FAILED",
                    "File:  2_b.sql:3, statement 2 of 2", "SQL:   CREATE TABLE broken ( x INT,, )");
        }
    }

    private static String bool(MigrateTarget.Kind kind, boolean b) {
        return switch (kind) {
            case POSTGRES -> b ? "t" : "f";
            default -> b ? "1" : "0";
        };
    }

    // ---- import -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void aFlywayDirectoryAppliesAsItIsAndImportedIntoTheAtlasFormat(MigrateTarget.Kind kind) throws Exception {
        Path fly = Files.createDirectories(work.resolve("flyway"));
        Files.writeString(fly.resolve("V1__users.sql"), "CREATE TABLE users (id INT PRIMARY KEY);\n");
        Files.writeString(fly.resolve("V2__posts.sql"), "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT);\nCREATE INDEX posts_user ON posts (user_id);\n");
        Files.writeString(fly.resolve("U2__posts.sql"), "DROP TABLE posts;\n");
        Path out = work.resolve("atlas");
        Cli.Result imported = ok("migrate", "import", "--from", file(fly) + "?format=flyway", "--to", file(out));
        assertThat(imported.out()).contains("-- 1 down, undo or rollback part(s) were left out");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("1_users.sql", "2_posts.sql", "atlas.sum");
        }
        ok("migrate", "validate", "--dir", file(out));
        ok("migrate", "validate", "--dir", file(fly) + "?format=flyway");
        assertThat(fails(2, "migrate", "import", "--from", file(fly) + "?format=flyway", "--to", file(out)))
                .contains("already holds migration files");
        assertThat(fails(2, "migrate", "import", "--from", file(out), "--to", file(work.resolve("again")))).contains("already in the atlas format");
        assertThat(fails(2, "migrate", "import", "--from", file(fly) + "?format=flyway", "--to", file(work.resolve("x")) + "?format=goose"))
                .contains("writes the atlas format");

        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            // The imported directory, in atlas's revision table...
            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(out)).out()).contains("-- 2 migrations ok, 3 sql statements");
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(out)).out()).contains("Migration Status: OK", "Current Version: 2");
            assertThat(db.rows("SELECT version, applied, total FROM atlas_schema_revisions ORDER BY version")).containsExactly("1|1|1", "2|2|2");
        }
        try (MigrateTarget db = MigrateTarget.open(kind, Files.createDirectories(work.resolve("flyway-db")))) {
            // ... and the Flyway directory itself, in Flyway's, with no atlas.sum needed.
            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(fly) + "?format=flyway").out())
                    .contains("-- migrating version 1\n", "-- migrating version 2\n", "-- 2 migrations ok, 3 sql statements");
            assertThat(db.rows("SELECT version, script, success FROM flyway_schema_history ORDER BY installed_rank"))
                    .containsExactly("1|V1__users.sql|" + bool(kind, true), "2|V2__posts.sql|" + bool(kind, true));
            assertThat(db.tables()).doesNotContain("atlas_schema_revisions");
        }
    }

    // ---- apply flags ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(MigrateTarget.Kind.class)
    void aDatabaseWithTablesNeedsABaselineOrAllowDirty(MigrateTarget.Kind kind) throws Exception {
        Path d = dir("1_users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n", "2_posts.sql", "CREATE TABLE posts (id INT PRIMARY KEY);\n");
        try (MigrateTarget db = MigrateTarget.open(kind, work)) {
            db.exec("CREATE TABLE users (id INT PRIMARY KEY)");
            assertThat(fails(2, "migrate", "apply", "--url", db.url(), "--dir", file(d))).contains("the database is not clean", "users",
                    "--baseline VERSION", "--allow-dirty");
            assertThat(db.tables()).containsExactly("users");
            assertThat(fails(2, "migrate", "apply", "--url", db.url(), "--dir", file(d), "--baseline", "7")).contains("baseline version 7");
            assertThat(db.tables()).containsExactly("users");

            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(d), "--baseline", "1").out())
                    .contains("-- migrating version 2", "-- 1 migration ok, 1 sql statement").doesNotContain("-- migrating version 1");
            assertThat(db.rows("SELECT version, type FROM atlas_schema_revisions ORDER BY version")).containsExactly("1|1", "2|2");
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d)).out()).contains("Migration Status: OK");
        }
        try (MigrateTarget db = MigrateTarget.open(kind, Files.createDirectories(work.resolve("dirty")))) {
            db.exec("CREATE TABLE unrelated (id INT)");
            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(d), "--allow-dirty").out()).contains("-- 2 migrations ok");
            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "posts", "unrelated", "users");
        }
    }

    @Test
    void txModeAllRollsBackEveryFileOfTheRunOnPostgres() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n",
                "3_c.sql", "CREATE TABLE c (x INT);\nINSERT INTO nowhere VALUES (1);\n");
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.POSTGRES, work)) {
            assertThat(fails(7, "migrate", "apply", "--url", db.url(), "--dir", file(d), "--tx-mode", "all"))
                    .contains("3_c.sql:2: statement 2 of 2 failed", "rolled back, and so were the files before it");
            assertThat(db.tables()).containsExactly("atlas_schema_revisions");
            assertThat(db.rows("SELECT version, applied, total FROM atlas_schema_revisions")).containsExactly("3|0|2");
            // Per file (the default), the files before the failing one stay.
            fails(7, "migrate", "apply", "--url", db.url(), "--dir", file(d));
            assertThat(db.tables()).containsExactly("a", "atlas_schema_revisions", "b");
        }
    }

    @Test
    void theRevisionTableGoesWhereRevisionsSchemaSays() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.POSTGRES, work)) {
            db.exec("CREATE SCHEMA atlas_meta");
            ok("migrate", "apply", "--url", db.url(), "--dir", file(d), "--revisions-schema", "atlas_meta");
            assertThat(db.tables()).containsExactly("a", "atlas_meta.atlas_schema_revisions");
            assertThat(ok("migrate", "status", "--url", db.url(), "--dir", file(d), "--revisions-schema", "atlas_meta").out())
                    .contains("Migration Status: OK");
            assertThat(ok("migrate", "apply", "--url", db.url(), "--dir", file(d), "--revisions-schema", "atlas_meta").out())
                    .isEqualTo("No migration files to execute\n");
        }
    }

    @Test
    void aHeldSchemaLockTimesOutAfterLockTimeout() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.POSTGRES, work); Connection holder = db.connect()) {
            SchemaLock lock = Dialects.forConnection(holder).execution().schemaLock().orElseThrow();
            SchemaLock.Held held = lock.acquire(holder, SchemaLock.keyFor(holder), Duration.ofSeconds(10));
            try {
                long start = System.nanoTime();
                assertThat(fails(9, "migrate", "apply", "--url", db.url(), "--dir", file(d), "--lock-timeout", "1.5s"))
                        .contains("schema lock", "1500 ms");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            } finally {
                held.release(false);
            }
            assertThat(db.tables()).isEmpty();
        }
    }

    @Test
    void badFlagValuesAreOneClearError() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n");
        String url = "sqlite://" + work.resolve("app.db");
        assertThat(fails(2, "migrate", "apply", "--url", url, "--dir", file(d), "--tx-mode", "sometimes"))
                .contains("unknown transaction mode \"sometimes\"", "file, all or none");
        assertThat(fails(2, "migrate", "apply", "--url", url, "--dir", file(d), "--lock-timeout", "soon"))
                .contains("--lock-timeout", "invalid duration \"soon\"");
        assertThat(fails(2, "migrate", "apply", "-1", "--url", url, "--dir", file(d))).contains("0 (all) or more");
        assertThat(fails(2, "migrate", "apply", "--dir", file(d))).contains("--url");
        assertThat(work.resolve("app.db")).doesNotExist();
    }
}

package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.BootstrapResult;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up apply from a source URL: a program's DDL (ext://) and a file:// URL reach the same database state as SQL files. */
class SourceUrlBootstrapIT {
    @TempDir
    Path dir;

    @Test
    void aProgramsOutputIsTheDesiredSchema() throws Exception {
        String url = "sqlite://" + dir.resolve("app.db");
        String program = "ext://printf 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);'";
        BootstrapResult first = SchemaBootstrap.of(url).desired(program).run();
        assertThat(first.wasApplied()).isTrue();
        assertThat(SchemaBootstrap.of(url).desired(program).run().wasApplied()).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(Atlas.inspect(c, io.atlas4j.inspect.InspectOptions.defaults()).tables()).extracting(Table::name)
                    .contains("users");
        }
    }

    @Test
    void planThenApplyRunsTheProgramOnce() throws Exception {
        String url = "sqlite://" + dir.resolve("once.db");
        Path runs = dir.resolve("runs.log");
        Path script = Files.writeString(dir.resolve("count.sh"), "echo run >> '" + runs + "'\n"
                + "printf 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);'\n");
        SchemaBootstrap bootstrap = SchemaBootstrap.of(url).desired("ext://sh " + script);
        var approved = bootstrap.plan();
        assertThat(approved.desired()).isPresent();
        BootstrapResult r = bootstrap.apply(approved);
        assertThat(r.wasApplied()).isTrue();
        assertThat(Files.readAllLines(runs)).as("the program ran once for a plan and its apply").hasSize(1);
        // a plan made without its desired schema still applies, loading the source again
        var bare = SchemaBootstrap.of(url).desired("ext://sh " + script).plan();
        var stripped = new io.atlas4j.ApprovedPlan(bare.fingerprint(), bare.changes(), bare.plan(), bare.lint(), bare.suggestions());
        assertThat(SchemaBootstrap.of(url).desired("ext://sh " + script).apply(stripped).wasApplied()).isFalse();
        assertThat(Files.readAllLines(runs)).hasSize(3);
    }

    @Test
    void renameHintsInAProgramsOutputPlanARename() throws Exception {
        String url = "sqlite://" + dir.resolve("rename.db");
        SchemaBootstrap.of(url).desired("ext://printf 'CREATE TABLE users (id INTEGER PRIMARY KEY);'").run();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rename.db"))) {
            c.createStatement().execute("INSERT INTO users (id) VALUES (7)");
        }
        Path script = Files.writeString(dir.resolve("gen.sh"), "printf 'CREATE TABLE members ( -- atlas:renamed-from users\\n"
                + "  id INTEGER PRIMARY KEY\\n);\\n'\n");
        BootstrapResult r = SchemaBootstrap.of(url).desired("ext://sh " + script).run();
        assertThat(r.applied()).extracting(s -> s.sql()).anySatisfy(sql -> assertThat(sql).containsIgnoringCase("RENAME"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rename.db"))) {
            var rs = c.createStatement().executeQuery("SELECT id FROM members");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void aFailingProgramLeavesTheDatabaseUntouched() throws Exception {
        Path db = dir.resolve("untouched.db");
        String url = "sqlite://" + db;
        SchemaBootstrap.of(url).desired("ext://printf 'CREATE TABLE keep (id INTEGER PRIMARY KEY);'").run();
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> SchemaBootstrap.of(url).desired("ext://sh -c 'echo broken model >&2; exit 2'").run())
                .hasMessageContaining("exited with status 2").hasMessageContaining("broken model");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void anUnknownSchemeIsRefusedWhenConfigured() {
        assertThatThrownBy(() -> SchemaBootstrap.of("sqlite://" + dir.resolve("x.db")).desired("jpa://com.example"))
                .hasMessageContaining("atlas4j-jpa");
    }
}

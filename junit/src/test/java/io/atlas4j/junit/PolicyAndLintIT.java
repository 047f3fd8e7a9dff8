package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.BootstrapResult;
import io.atlas4j.HistoryEntry;
import io.atlas4j.Policy;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.change.DropTable;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.StoredDataException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintException;
import io.atlas4j.plan.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policies and lint refuse or allow a start-up apply; a failed apply is recorded and leaves the schema as it was. */
class PolicyAndLintIT {
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void policiesDecideWhatMayBeDropped(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            db.execute("CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY)", "CREATE TABLE tmp_import (id INTEGER)",
                    "CREATE TABLE audit (id INTEGER)");
            Path onlyUsers = Files.writeString(dir.resolve("u.sql"), "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY);");
            Path nothing = Files.writeString(dir.resolve("n.sql"), "CREATE TABLE other (id INTEGER);");

            // drops refused unless allowed; only tmp_* allowed: audit is still refused, nothing applied
            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(onlyUsers).policy(Policy.defaults().allowDrops("tmp_*")).run())
                    .isInstanceOf(DestructiveChangeException.class).hasMessageContaining("drop table audit (destructive changes are not allowed)")
                    .hasMessageNotContaining("tmp_import");
            assertThat(db.inspect()).hasTable("tmp_import").hasTable("audit");

            // never drop users, even with destructive changes allowed
            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(nothing).policy(Policy.defaults().allowDestructive().neverDrop("users")).run())
                    .isInstanceOf(DestructiveChangeException.class).hasMessageContaining("drop table users (policy: never drop users)");
            assertThat(db.inspect()).hasTable("users").doesNotHaveTable("other");

            // skipping table drops leaves extra tables alone
            BootstrapResult r = SchemaBootstrap.of(db.dataSource()).desired(onlyUsers).policy(Policy.defaults().skip(DropTable.class)).run();
            assertThat(r.status()).isEqualTo(BootstrapResult.Status.UP_TO_DATE);

            // allowed for tmp_* and audit: applied
            r = SchemaBootstrap.of(db.dataSource()).desired(onlyUsers).policy(Policy.defaults().allowDrops("tmp_*", "audit")).run();
            assertThat(r.wasApplied()).isTrue();
            assertThat(db.inspect()).hasTable("users").doesNotHaveTable("tmp_import").doesNotHaveTable("audit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void lintFailsTheApplyAndAFailedApplyIsRecorded(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            db.execute("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER)", "INSERT INTO t VALUES (1, NULL)", "INSERT INTO t VALUES (2, 5)");
            Path notNull = Files.writeString(dir.resolve("t.sql"), "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER NOT NULL);");

            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(notNull).lint(LintConfig.defaults(), Severity.ERROR).run())
                    .isInstanceOf(LintException.class)
                    .hasMessageContaining("ERROR MF103 t.a: sets NOT NULL on \"a\": 1 existing row(s) hold NULL");
            assertThat(SchemaBootstrap.of(db.dataSource()).history()).isEmpty();

            // without lint failing it, the stored NULL still refuses the change before anything runs
            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(notNull).run()).isInstanceOf(StoredDataException.class)
                    .hasMessageContaining("\"t.a\" holds NULL in 1 row(s)");
            assertThat(SchemaBootstrap.of(db.dataSource()).history()).isEmpty();

            // a change the rows break that no count foresees: the database rejects it, the failure is recorded, nothing changed
            Path orphans = Files.writeString(dir.resolve("c.sql"), "CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);\n"
                    + "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, CONSTRAINT t_a FOREIGN KEY (a) REFERENCES p (id));");
            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(orphans).run()).isInstanceOf(ApplyException.class);
            assertThat(SchemaBootstrap.of(db.dataSource()).history()).singleElement().satisfies((HistoryEntry h) -> {
                assertThat(h.success()).isFalse();
                assertThat(h.error()).isPresent();
                assertThat(h.fingerprintAfter()).isEqualTo(h.fingerprintBefore());
            });
            assertThat(db.inspect()).table("t").column("a").isNullable();
        }
    }
}

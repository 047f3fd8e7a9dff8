package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.BootstrapResult;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.SchemaFingerprint;
import io.atlas4j.error.ConflictException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A plan approved against schema A is refused once the database has become schema B. */
class FingerprintConflictIT {
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void approvedPlanIsBoundToItsSchema(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            db.execute("CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY)");
            Path desired = Files.writeString(dir.resolve("desired.sql"),
                    "CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(50));\nCREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY);\n");
            SchemaBootstrap bootstrap = SchemaBootstrap.of(db.dataSource()).desired(desired);
            ApprovedPlan approved = bootstrap.plan();
            assertThat(approved.fingerprint()).isEqualTo(SchemaFingerprint.of(db.inspect()));
            assertThat(approved.plan()).hasStatementCount(2).containsStatementMatching("(?i)note").containsStatementMatching("(?i)CREATE TABLE");

            db.execute("CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY)");
            assertThatThrownBy(() -> bootstrap.apply(approved)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("the database schema changed since the plan was approved")
                    .hasMessageContaining("nothing was applied");
            assertThat(db.inspect()).table("a").doesNotHaveColumn("note");
            assertThat(db.inspect()).hasTable("b");

            // the same plan, approved again against the current schema, applies
            ApprovedPlan again = bootstrap.plan();
            BootstrapResult r = bootstrap.apply(again);
            assertThat(r.wasApplied()).isTrue();
            assertThat(again.plan()).hasStatementCount(1);
            assertThat(db.inspect()).table("a").hasColumn("note");
            assertThat(bootstrap.history()).singleElement().satisfies(h -> {
                assertThat(h.fingerprintBefore()).isEqualTo(again.fingerprint());
                assertThat(h.success()).isTrue();
            });
        }
    }
}

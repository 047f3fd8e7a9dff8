package io.atlas4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Data-aware lint counts the existing rows that a new NOT NULL or UNIQUE would reject. */
class DataAwareLintIT {
    static final String CURRENT = "CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER)";
    static final String DESIRED = """
            CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER NOT NULL, b INTEGER, c INTEGER NOT NULL,
              d INTEGER NOT NULL);
            CREATE UNIQUE INDEX t_b ON t (b);
            CREATE UNIQUE INDEX t_c ON t (c);
            """;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void countsTheRowsThatWouldFail(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            db.execute(CURRENT);
            // a: 3 NULLs; b: values 1,1,1,2,2,3 and NULLs -> (3-1) + (2-1) = 3 duplicates; c: no NULLs, no duplicates
            int[][] rows = {{1, 0, 1}, {2, 0, 1}, {3, 0, 1}, {4, 1, 2}, {5, 1, 2}, {6, 1, 3}, {7, 1, -1}, {8, 1, -1}, {9, 1, -1}, {10, 1, -1}};
            for (int[] r : rows) {
                db.execute("INSERT INTO t (id, a, b, c) VALUES (" + r[0] + ", " + (r[1] == 0 ? "NULL" : "5") + ", "
                        + (r[2] < 0 ? "NULL" : String.valueOf(r[2])) + ", " + r[0] + ")");
            }
            Path desired = Files.writeString(dir.resolve("d.sql"), DESIRED);
            ApprovedPlan p = SchemaBootstrap.of(db.dataSource()).desired(desired).plan();

            assertThat(p.lint().withCode("MF103")).singleElement().satisfies(d -> {
                assertThat(d.object()).isEqualTo("t.a");
                assertThat(d.affectedRows()).isEqualTo(OptionalLong.of(3));
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
                assertThat(d.message()).contains("3 existing row(s) hold NULL");
            });
            assertThat(p.lint().withCode("MF101")).singleElement().satisfies(d -> {
                assertThat(d.object()).isEqualTo("t.b");
                assertThat(d.affectedRows()).isEqualTo(OptionalLong.of(3));
                assertThat(d.message()).contains("3 duplicate row(s) would violate it");
            });
            assertThat(p.lint().withCode("MF102")).singleElement().satisfies(d -> {
                assertThat(d.object()).isEqualTo("t.d");
                assertThat(d.affectedRows()).isEqualTo(OptionalLong.of(10));
            });
            // c holds no NULLs and no duplicates: no data finding for it (lock hazards may still name it on PostgreSQL)
            assertThat(p.lint().diagnostics()).filteredOn(d -> d.code().startsWith("MF")).map(Diagnostic::object).doesNotContain("t.c");
        }
    }
}

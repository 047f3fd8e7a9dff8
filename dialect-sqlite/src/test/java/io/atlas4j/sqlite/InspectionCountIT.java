package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.inspect.CountingConnection;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inspection issues a fixed number of statements, whatever the number of tables: counted, not assumed. */
class InspectionCountIT {
    @TempDir
    Path dir;

    @Test
    void sameStatementCountFor10And500Tables() {
        int small = statementsToInspect(10);
        int large = statementsToInspect(500);
        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small);
        System.out.println("statements executed per inspection: " + small + " (10 tables), " + large + " (500 tables)");
    }

    private int statementsToInspect(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, ")
                    .append("parent INTEGER REFERENCES t").append(Math.max(0, i - 1)).append(" (id) ON DELETE CASCADE, ")
                    .append("n INTEGER DEFAULT 0 CHECK (n >= 0));\n")
                    .append("CREATE INDEX t").append(i).append("_n ON t").append(i).append(" (n) WHERE n > 0;\n");
            if (i % 10 == 0) sql.append("CREATE VIEW v").append(i).append(" AS SELECT id FROM t").append(i).append(";\n");
        }
        try (SqliteDb db = SqliteDb.open(dir.resolve("count" + tables + ".db"))) {
            db.exec("BEGIN;\n" + sql + "COMMIT;");
            CountingConnection counting = new CountingConnection(db.connection);
            Schema s = SqliteDb.DIALECT.inspector().inspectSchema(counting.connection(), InspectOptions.defaults());
            assertThat(s.tables()).hasSize(tables);
            assertThat(s.tables().get(tables - 1).foreignKeys()).hasSize(1);
            assertThat(s.tables().get(tables - 1).indexes()).hasSize(2);
            assertThat(s.tables().get(tables - 1).checks()).hasSize(1);
            assertThat(counting.executed()).isEqualTo(counting.created());
            return counting.executed();
        }
    }
}

package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.inspect.CountingConnection;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import java.sql.Connection;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Inspection issues the same number of statements for 10 tables as for 1,000. */
class InspectionCountIT {
    @Test
    void statementCountDoesNotGrowWithTables() throws Exception {
        int[] small = count(MariaDb::server, 10);
        int[] large = count(MariaDb::server, 1000);
        System.out.printf("inspection statements: 10 tables -> %d created / %d executed; 1000 tables -> %d created / %d executed%n",
                small[0], small[1], large[0], large[1]);
        assertThat(large[0]).isEqualTo(small[0]);
        assertThat(large[1]).isEqualTo(small[1]);
        assertThat(small[1]).isLessThanOrEqualTo(14);
    }

    /** {@return statements created and executed to inspect a schema of n tables shaped like the benchmark's} */
    static int[] count(Supplier<Connection> server, int n) throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_count", server)) {
            MySqlDialect d = Harness.dialect(db.connection);
            // Sequences exist only in MariaDB; on MySQL the schema has the function and the trigger.
            boolean sequences = d.server().isMariaDb();
            StringBuilder script = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                script.append("CREATE TABLE t").append(i).append(" (id bigint NOT NULL PRIMARY KEY, code varchar(64) NOT NULL, ")
                        .append("name varchar(255), qty int NOT NULL DEFAULT 0, amount decimal(12,2), active boolean NOT NULL DEFAULT TRUE, ")
                        .append("created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, notes text");
                if (i % 2 == 0) script.append(", parent_id bigint, CONSTRAINT t").append(i).append("_parent_fk FOREIGN KEY (parent_id) REFERENCES t")
                        .append(i / 2).append(" (id)");
                script.append(", UNIQUE KEY t").append(i).append("_code_uk (code), KEY t").append(i).append("_created_ix (created_at, qty)");
                if (i % 5 == 0) script.append(", CONSTRAINT t").append(i).append("_qty_ck CHECK (qty >= 0)");
                script.append(");\n");
                if (i % 10 == 0) script.append("CREATE VIEW v").append(i).append(" AS SELECT id, code FROM t").append(i).append(" WHERE active;\n");
            }
            script.append("CREATE TRIGGER trg BEFORE INSERT ON t1 FOR EACH ROW SET NEW.qty = NEW.qty;\n");
            script.append("CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN x;\n");
            script.append("CREATE EVENT ev ON SCHEDULE EVERY 1 DAY DO DELETE FROM t1 WHERE id < 0;\n");
            if (sequences) script.append("CREATE SEQUENCE s;\n");
            script.append("CREATE TABLE parts (id int NOT NULL PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 2;\n");
            Harness.runNative(db.connection, d, script.toString());
            CountingConnection c = new CountingConnection(db.connection);
            Schema s = d.inspector().inspectSchema(c.connection(), InspectOptions.defaults());
            assertThat(s.tables()).hasSize(n + 1);
            assertThat(s.views()).hasSize(n / 10);
            assertThat(s.objects()).hasSize(sequences ? 4 : 3);
            return new int[] {c.created(), c.executed()};
        }
    }
}

package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.atlas4j.error.ApplyException;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * MySQL DDL commits statement by statement. When the second statement of a plan fails, the error
 * names it and lists exactly the statements that took effect; once the cause is fixed, planning
 * again from what the database now holds and applying converges.
 */
class PartialFailureIT {
    @Test
    void reportsAppliedPrefixAndConvergesAfterFix() throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_partial")) {
            MySqlDialect d = Harness.dialect(db.connection);
            db.exec("CREATE TABLE t (id int NOT NULL PRIMARY KEY, email varchar(50))");
            db.exec("INSERT INTO t VALUES (1, 'a@x'), (2, 'a@x')");
            String desired = """
                    CREATE TABLE audit (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, note varchar(100));
                    CREATE TABLE t (id int NOT NULL PRIMARY KEY, email varchar(50), UNIQUE KEY uq_email (email));
                    CREATE VIEW emails AS SELECT email FROM t;
                    """;
            Schema want = Harness.loadDev(db.connection, d, desired);
            Plan plan = Harness.plan(d, Harness.inspect(db.connection, d), want);
            assertThat(plan.transactional()).isFalse();
            assertThat(plan.statements()).hasSize(3);
            assertThat(plan.statements().get(1).sql()).contains("UNIQUE INDEX `uq_email`");

            ApplyException e = catchThrowableOfType(ApplyException.class, () -> Harness.apply(db.connection, plan));
            assertThat(e).isNotNull();
            assertThat(e.failedIndex()).isEqualTo(1);
            assertThat(e.failedStatement()).isEqualTo(plan.statements().get(1).sql());
            assertThat(e.applied()).containsExactly(plan.statements().get(0).sql());
            assertThat(e.getMessage()).contains("statement 2 of 3 failed").contains("uq_email").contains("were applied");

            // The applied prefix is really there, the rest is not.
            Schema half = Harness.inspect(db.connection, d);
            assertThat(half.table("audit")).isPresent();
            assertThat(half.views()).isEmpty();

            db.exec("UPDATE t SET email = 'b@x' WHERE id = 2");
            Plan rest = Harness.plan(d, half, want);
            assertThat(rest.statements()).hasSize(2);
            Harness.apply(db.connection, rest);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).isEmpty();
        }
    }
}

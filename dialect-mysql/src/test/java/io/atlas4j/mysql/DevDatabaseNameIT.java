package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desired file loaded the CLI's way, through a scratch dev database that the dialect creates on
 * the target's server, and applied to a target of another name: the server writes the scratch
 * database's name into what it reports (a default calling nextval(), view definitions), and none of
 * it may reach the plan.
 */
class DevDatabaseNameIT {
    @TempDir
    Path dir;

    @Test
    void noDevDatabaseNameReachesThePlan() throws Exception {
        String sql = """
                CREATE SEQUENCE seq START WITH 100;
                CREATE TABLE t (
                  id bigint NOT NULL DEFAULT nextval(seq) PRIMARY KEY,
                  other bigint DEFAULT (NEXT VALUE FOR seq),
                  a int NOT NULL CHECK (a > 0),
                  b int GENERATED ALWAYS AS (a * 2) VIRTUAL,
                  CONSTRAINT t_a CHECK (a < 1000)
                );
                CREATE VIEW v AS SELECT t.id, t.b, lastval(seq) AS last FROM t WHERE t.a > 1;
                CREATE VIEW w AS SELECT v.id FROM v JOIN t ON t.id = v.id;
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = NEW.a + 0;
                CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN x + 1;
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t WHERE a < 0;
                """;
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, sql);
        try (MariaDb.Db target = new MariaDb.Db("a4j_target"); MariaDb.Db nativeDb = new MariaDb.Db("a4j_target_native")) {
            MySqlDialect d = Harness.dialect(target.connection);
            Schema want = Atlas.load(file, d, target.connection);
            assertThat(target.connection.getCatalog()).as("the dev database gives the target connection back").isEqualTo(target.name);
            Plan plan = Harness.plan(d, Harness.inspect(target.connection, d), want);
            assertThat(plan.statements()).extracting(Statement::sql).allSatisfy(s -> assertThat(s).doesNotContain("atlas4j_dev_"));
            Harness.apply(target.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(target.connection, d), want)).isEmpty();
            Harness.runNative(nativeDb.connection, d, sql);
            assertThat(Catalog.report(Catalog.read(nativeDb.connection, nativeDb.name), Catalog.read(target.connection, target.name)))
                    .isEmpty();
            target.exec("INSERT INTO t (a) VALUES (5)");
            try (var st = target.connection.createStatement(); var rs = st.executeQuery("SELECT id, b FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(100);
                assertThat(rs.getInt(2)).isEqualTo(10);
            }
        }
    }
}

package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With online hints on, index-only and column-addition ALTERs carry ALGORITHM/LOCK hints that MariaDB accepts, and still converge. */
class OnlineHintsIT {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE TABLE t (id int NOT NULL PRIMARY KEY, a int)|CREATE TABLE t (id int NOT NULL PRIMARY KEY, a int, KEY ia (a))|ALGORITHM=INPLACE, LOCK=NONE",
            "CREATE TABLE t (id int NOT NULL PRIMARY KEY, a int, KEY ia (a))|CREATE TABLE t (id int NOT NULL PRIMARY KEY, a int)|ALGORITHM=INPLACE, LOCK=NONE",
            "CREATE TABLE t (id int NOT NULL PRIMARY KEY)|CREATE TABLE t (id int NOT NULL PRIMARY KEY, b varchar(10) DEFAULT 'x')|ALGORITHM=INSTANT"})
    void hintedPlansConverge(String current, String desired, String hint) throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_hints")) {
            MySqlDialect d = Harness.dialect(db.connection).withOnlineHints(true);
            Harness.runNative(db.connection, d, current);
            Schema want = Harness.loadDev(db.connection, d, desired);
            Plan plan = Harness.plan(d, Harness.inspect(db.connection, d), want);
            assertThat(plan.statements()).extracting(Statement::sql).singleElement().asString().endsWith(", " + hint);
            Harness.apply(db.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).isEmpty();
        }
    }
}

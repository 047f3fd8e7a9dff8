package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events are part of the schema: inspected, compared, created, altered in place and dropped. */
class EventIT {
    @TempDir
    Path dir;

    /**
     * A dev database the user gives is loaded, inspected and emptied again, event included (what
     * {@code --dev-url} does), so the same file loads into it a second time; the drop plan drops the event.
     */
    @Test
    void aReusedDevDatabaseIsLeftWithoutTheEvent() throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, """
                CREATE TABLE records (id int NOT NULL PRIMARY KEY);
                CREATE EVENT cleanup ON SCHEDULE EVERY 1 DAY DO DELETE FROM records;
                """);
        try (MariaDb.Db dev = new MariaDb.Db("a4j_event_dev")) {
            MySqlDialect d = Harness.dialect(dev.connection);
            for (int load = 1; load <= 2; load++) {
                Schema loaded = Atlas.load(file, dev.connection);
                assertThat(loaded.objects()).as("load %d", load).singleElement().isInstanceOf(Event.class);
                // Loading borrows the dev database and empties it again, event included.
                assertThat(events(dev)).as("events left after load %d", load).isZero();
                Plan empty = Atlas.diff(loaded, Schema.empty(loaded.name()), d).plan(d);
                assertThat(empty.statements()).extracting(Statement::sql).contains("DROP EVENT `cleanup`");
            }
        }
    }

    /** A changed schedule, body, status, completion or comment is one ALTER EVENT; the event is not re-created. */
    @Test
    void changesAreAlteredInPlace() throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_event")) {
            MySqlDialect d = Harness.dialect(db.connection);
            db.exec("CREATE TABLE records (id int NOT NULL PRIMARY KEY)");
            db.exec("CREATE EVENT cleanup ON SCHEDULE EVERY 1 DAY DO DELETE FROM records");
            String created = createdAt(db);
            Schema want = Harness.loadDev(db.connection, d, """
                    CREATE TABLE records (id int NOT NULL PRIMARY KEY);
                    CREATE EVENT cleanup ON SCHEDULE EVERY 2 HOUR ON COMPLETION PRESERVE DISABLE COMMENT 'hourly'
                    DO DELETE FROM records WHERE id < 0;
                    """);
            Plan plan = Harness.plan(d, Harness.inspect(db.connection, d), want);
            assertThat(plan.statements()).extracting(Statement::sql).containsExactly("ALTER EVENT `cleanup` ON SCHEDULE EVERY 2 HOUR "
                    + "ON COMPLETION PRESERVE DISABLE COMMENT 'hourly' DO DELETE FROM records WHERE id < 0");
            Harness.apply(db.connection, plan);
            assertThat(Harness.diff(d, Harness.inspect(db.connection, d), want)).isEmpty();
            assertThat(createdAt(db)).as("CREATED of an altered event").isEqualTo(created);
        }
    }

    private static int events(MariaDb.Db db) throws Exception {
        try (var st = db.connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '" + db.name + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String createdAt(MariaDb.Db db) throws Exception {
        try (var st = db.connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT CREATED FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '" + db.name + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

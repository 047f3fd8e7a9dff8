package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.Event;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code CREATE EVENT} offline, as information_schema.EVENTS keeps it, and the schedules refused. */
class OfflineMySqlEventsTest {
    private static final Dialect D = MySqlDialect.create();

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D);
    }

    @Test
    void recurringEventKeepsItsBodyAsWritten() {
        Schema s = load("""
                CREATE EVENT `cleanup`
                ON SCHEDULE EVERY 007 DAY
                ON COMPLETION PRESERVE
                DISABLE
                COMMENT 'purge ''old'' data'
                DO DELETE FROM records   WHERE created_at < NOW() - INTERVAL 30 DAY;
                """);
        assertThat(s.objects()).singleElement().isEqualTo(new Event("cleanup", "EVERY 7 DAY", "DISABLE", true, "purge 'old' data",
                "DELETE FROM records   WHERE created_at < NOW() - INTERVAL 30 DAY", Attrs.EMPTY));
    }

    @Test
    void definerCompoundBodyAndOneTimeSchedule() {
        Schema s = load("""
                CREATE DEFINER='root'@'%' EVENT `daily`
                ON SCHEDULE EVERY '01 04' DAY_HOUR DISABLE ON SLAVE
                DO BEGIN
                  DELETE FROM old_records;
                END;
                CREATE EVENT IF NOT EXISTS once ON SCHEDULE AT '2999-01-01 00:00:00' DO DELETE FROM records;
                CREATE EVENT IF NOT EXISTS once ON SCHEDULE AT '2999-06-01 00:00:00' DO DELETE FROM other;
                """);
        assertThat(s.objects()).containsExactly(
                new Event("daily", "EVERY '1 4' DAY_HOUR", "DISABLE ON SLAVE", false, "", "BEGIN\n  DELETE FROM old_records;\nEND", Attrs.EMPTY),
                new Event("once", "AT '2999-01-01 00:00:00'", "ENABLE", false, "", "DELETE FROM records", Attrs.EMPTY));
    }

    @Test
    void dropEvent() {
        assertThat(load("CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO DELETE FROM r; DROP EVENT E;").objects()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE EVENT e ON SCHEDULE EVERY 1 DAY STARTS '2999-01-01 00:00:00' DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE EVERY 1 DAY ENDS '2999-01-01 00:00:00' DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE AT '2001-01-01 00:00:00' DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE AT '2999-01-01' DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 HOUR DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE EVERY 1.5 HOUR DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE EVERY '1 25' DAY_HOUR DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE EVERY '1 4:30' DAY_MINUTE DO DELETE FROM r",
            "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM r; CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM r",
            "DROP EVENT e",
    })
    void refusesWhatTheCatalogWouldStoreOtherwise(String sql) {
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}

package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.View;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks and views as MariaDB re-prints them: row constructors, one-item IN lists, views that read no table. */
class OfflineMySqlExprTest {
    private static final Dialect D = MySqlDialect.create();

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D);
    }

    @Test
    void rowConstructorsAndOneItemLists() {
        Schema s = load("""
                CREATE TABLE `m` (
                  `a` int, `b` int,
                  CONSTRAINT c1 CHECK ((`a`, `b`) IN ((1, 3), (2, 4))),
                  CONSTRAINT c2 CHECK ((a, b) NOT IN ((1, 2), (3, 4))),
                  CONSTRAINT c3 CHECK ((a, b) IN ((1, 2))),
                  CONSTRAINT c4 CHECK (a IN (1)),
                  CONSTRAINT c5 CHECK (a NOT IN (1))
                );
                """);
        assertThat(s.table("m").orElseThrow().checks()).extracting(Check::expr).containsExactly(
                "(`a`,`b`) in ((1,3),(2,4))", "(`a`,`b`) not in ((1,2),(3,4))", "(`a`,`b`) = (1,2)", "`a` = 1", "`a` <> 1");
    }

    @Test
    void viewWithoutTables() {
        Schema s = load("""
                CREATE VIEW v1 AS select substr(min(202006),1,4) AS `c`;
                CREATE VIEW v2 AS select substring(min(202006),1) AS `c`, 'x' as d, count(*) as e;
                CREATE VIEW v3 AS select 1 AS x from dual;
                """);
        assertThat(s.views()).extracting(View::definition).containsExactly(
                "select substr(min(202006),1,4) AS `c`", "select substr(min(202006),1) AS `c`,'x' AS `d`,count(0) AS `e`", "select 1 AS `x`");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE VIEW v AS select 1",
            "CREATE VIEW v AS select 1 as x, 2 as X",
            "CREATE VIEW v AS select 1 as x where 1 = 1",
            "CREATE VIEW v AS select a as x",
            "CREATE VIEW v AS select 1 as x from dual limit 1",
    })
    void refusesViewsWithoutTablesItCannotPrint(String sql) {
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}

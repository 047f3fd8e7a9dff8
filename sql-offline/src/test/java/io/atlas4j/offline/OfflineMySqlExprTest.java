package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Check;
import io.atlas4j.mysql.Partitioning;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
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
                CREATE VIEW v4 AS select substr(min(202006) from 1) AS `c`, substring(min(202006) from 1 for 4) AS d;
                """);
        assertThat(s.views()).extracting(View::definition).containsExactly(
                "select substr(min(202006),1,4) AS `c`", "select substr(min(202006),1) AS `c`,'x' AS `d`,count(0) AS `e`", "select 1 AS `x`",
                "select substr(min(202006),1) AS `c`,substr(min(202006),1,4) AS `d`");
    }

    @Test
    void windowFunctionsInAView() {
        Schema s = load("""
                CREATE TABLE tm (a int, b int);
                CREATE VIEW w AS select row_number() over () as rn, rank() over (order by p.a asc, b desc) as r,
                  sum(a) over (partition by b) as s, lag(a, 2) over (order by a) as l,
                  coalesce(lead(p.a) over (partition by p.a order by p.a), 0) as c, count(*) over (partition by a) as k from tm p;
                """);
        assertThat(s.views().get(0).definition()).isEqualTo("select row_number() over () AS `rn`,rank() over ( order by `p`.`a`,`p`.`b` desc) AS `r`,"
                + "sum(`p`.`a`) over ( partition by `p`.`b`) AS `s`,lag(`p`.`a`,2) over ( order by `p`.`a`) AS `l`,"
                + "coalesce(lead(`p`.`a`,1) over ( partition by `p`.`a` order by `p`.`a`),0) AS `c`,count(0) over ( partition by `p`.`a`) AS `k` from `tm` `p`");
    }

    @Test
    void subqueriesInAView() {
        Schema s = load("""
                CREATE TABLE email_logs (id int NOT NULL, invoice_id int, type varchar(50) NOT NULL);
                CREATE VIEW v AS SELECT el1.invoice_id, (select max(id) as m from email_logs) as a,
                  (select type from email_logs where id = el1.invoice_id) as c
                  FROM email_logs el1
                  WHERE el1.type = 'invoice' AND el1.id = (SELECT MAX(el2.id) FROM email_logs el2 WHERE el2.invoice_id = el1.invoice_id)
                    AND el1.id IN (select id from email_logs);
                """);
        assertThat(s.views().get(0).definition()).isEqualTo("select `el1`.`invoice_id` AS `invoice_id`,"
                + "(select max(`email_logs`.`id`) AS `m` from `email_logs`) AS `a`,"
                + "(select `email_logs`.`type` from `email_logs` where `email_logs`.`id` = `el1`.`invoice_id`) AS `c` from `email_logs` `el1`"
                + " where `el1`.`type` = 'invoice' and `el1`.`id` = (select max(`el2`.`id`) from `email_logs` `el2` where `el2`.`invoice_id` = `el1`.`invoice_id`)"
                + " and `el1`.`id` in (select `email_logs`.`id` from `email_logs`)");
    }

    @Test
    void collateInAView() {
        Schema s = load("""
                create table users (id int not null, name varchar(255) not null) COLLATE=utf8mb4_general_ci;
                create view user_view as select u.id as id, (u.name collate `utf8mb4_unicode_ci`) as name from users as u;
                create view uv2 as select u.name collate utf8mb4_bin as n, u.name COLLATE 'UTF8MB4_BIN' as m from users u;
                """);
        assertThat(s.views()).extracting(View::definition).containsExactly(
                "select `u`.`id` AS `id`,`u`.`name` collate utf8mb4_unicode_ci AS `name` from `users` `u`",
                "select `u`.`name` collate utf8mb4_bin AS `n`,`u`.`name` collate utf8mb4_bin AS `m` from `users` `u`");
    }

    @Test
    void toDaysInPartitionsAndChecks() {
        Schema s = load("""
                CREATE TABLE pt (id int, d datetime not null, check (TO_DAYS(d) > 5))
                PARTITION BY RANGE (TO_DAYS(d)) (PARTITION p1 VALUES LESS THAN (739400));
                """);
        Table t = s.table("pt").orElseThrow();
        assertThat(t.checks()).extracting(Check::expr).containsExactly("to_days(`d`) > 5");
        assertThat(t.attrs().get(Partitioning.class).orElseThrow().toString()).contains("to_days(`d`)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TABLE t (a int, CHECK (row_number() over () > 0))",
            "CREATE TABLE t (a int); CREATE VIEW v AS select sum(a) over (order by a rows between 1 preceding and current row) as s from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select ntile(2) over (order by a) as s from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select lead(a) over (partition by a) as s from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select rank() over () as s from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select lead(a, 1, 0) over (order by a) as s from t",
            "CREATE VIEW v AS select 1",
            "CREATE TABLE t (a int); CREATE VIEW v AS select (a + 1) collate utf8mb4_bin as x from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select a from t where exists (select 1 from t x where x.a = t.a)",
            "CREATE TABLE t (a int); CREATE VIEW v AS select a from t where a not in (select a from t)",
            "CREATE TABLE t (a int); CREATE VIEW v AS select (select * from t) as x from t",
            "CREATE TABLE t (a int); CREATE VIEW v AS select a from t where a = (select a from t order by a limit 1)",
            "CREATE VIEW v AS select trim(both 'x' from 'xax') as t",
            "CREATE VIEW v AS select 1 as x, 2 as X",
            "CREATE VIEW v AS select 1 as x where 1 = 1",
            "CREATE VIEW v AS select a as x",
            "CREATE VIEW v AS select 1 as x from dual limit 1",
    })
    void refusesViewsWithoutTablesItCannotPrint(String sql) {
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}

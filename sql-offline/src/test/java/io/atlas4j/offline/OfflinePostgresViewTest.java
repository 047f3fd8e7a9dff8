package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.View;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Views beyond a plain SELECT, printed as PostgreSQL 15's {@code pg_get_viewdef(oid, true)} printed them for
 * the same SQL (the inspector strips the leading space and the final semicolon): set operations, WITH
 * [RECURSIVE], DISTINCT ON, subqueries in FROM, SELECT without FROM, the names the server gives unnamed
 * columns, the sort and group clauses, and the names it makes unique across query levels.
 */
class OfflinePostgresViewTest {
    private static final Dialect D = PostgresDialect.create();

    private static String view(String sql, String name) {
        Schema s = OfflineSchemas.load(sql, "schema.sql", D);
        return s.view(name).map(View::definition).orElseThrow();
    }

    private static String v(String sql) {
        return view(sql, "v");
    }

    @Test
    void countDistinct() {
        // read from a PostgreSQL 15 catalog
        assertThat(v("create table u (a int, b text); create view v as select count(distinct a) as n, count(DISTINCT (b)) from u"))
                .isEqualTo("SELECT count(DISTINCT u.a) AS n,\n    count(DISTINCT u.b) AS count\n   FROM u");
    }

    @Test
    void setOperations() {
        assertThat(v("create view v as select 1 as id union select 2 as id")).isEqualTo("SELECT 1 AS id\nUNION\n SELECT 2 AS id");
        assertThat(v("create view v as select 1 as id union all select 2 as id")).isEqualTo("SELECT 1 AS id\nUNION ALL\n SELECT 2 AS id");
        assertThat(v("create view v as select 1 as id except select 2 as id")).isEqualTo("SELECT 1 AS id\nEXCEPT\n SELECT 2 AS id");
        assertThat(v("create view v as select 1 as id intersect select 2 as id")).isEqualTo("SELECT 1 AS id\nINTERSECT\n SELECT 2 AS id");
        assertThat(v("create view v as (select 1 as id) union all (select 2 as id)")).isEqualTo("SELECT 1 AS id\nUNION ALL\n SELECT 2 AS id");
        assertThat(v("create view v as select 1 as id, 'a' as name union all select 2 as id, 'b' as name union all select 3 as id, 'c' as name"))
                .isEqualTo("SELECT 1 AS id,\n    'a'::text AS name\nUNION ALL\n SELECT 2 AS id,\n    'b'::text AS name\nUNION ALL\n"
                        + " SELECT 3 AS id,\n    'c'::text AS name");
    }

    @Test
    void setOperationsNestAndNameTheirColumnsAfterTheFirstOperand() {
        String t = "create table t (a int, b text);\n";
        assertThat(v(t + "create view v as select a from t union (select a from t except select a from t) intersect select 3"))
                .isEqualTo("SELECT t.a\n   FROM t\nUNION (\n        (\n                 SELECT t.a\n                   FROM t\n"
                        + "                EXCEPT\n                 SELECT t.a\n                   FROM t\n        ) INTERSECT\n"
                        + "         SELECT 3 AS a\n)");
        assertThat(v(t + "create view v as (select a from t union select 1) union all select 2"))
                .isEqualTo("(\n         SELECT t.a\n           FROM t\n        UNION\n         SELECT 1 AS a\n) UNION ALL\n SELECT 2 AS a");
        assertThat(v(t + "create view v as select a, 1 from t union all select 2, 3"))
                .isEqualTo("SELECT t.a,\n    1 AS \"?column?\"\n   FROM t\nUNION ALL\n SELECT 2 AS a,\n    3");
        assertThat(v(t + "create view v as select a from t union select a from t order by 1 limit 3"))
                .isEqualTo("SELECT t.a\n   FROM t\nUNION\n SELECT t.a\n   FROM t\n  ORDER BY 1\n LIMIT 3");
        assertThat(v(t + "create view v as select a from t union select a from t order by a desc"))
                .isEqualTo("SELECT t.a\n   FROM t\nUNION\n SELECT t.a\n   FROM t\n  ORDER BY 1 DESC");
        assertThat(v("create table items (id bigint);\ncreate view v as (select id from items order by id desc limit 1) union all select id from items"))
                .isEqualTo("( SELECT items.id\n   FROM items\n  ORDER BY items.id DESC\n LIMIT 1)\nUNION ALL\n SELECT items.id\n   FROM items");
    }

    @Test
    void withoutFromAndUnnamedColumns() {
        assertThat(v("create view v as select 10 as n")).isEqualTo("SELECT 10 AS n");
        assertThat(v("create view v as select 1 where 1 = any(array[1, 4, 5])")).isEqualTo("SELECT 1 AS \"?column?\"\n  WHERE 1 = ANY (ARRAY[1, 4, 5])");
        assertThat(v("create table t (id integer primary key, a text, b integer);\ncreate view v as select id, a, max(b) from t group by id"))
                .isEqualTo("SELECT t.id,\n    t.a,\n    max(t.b) AS max\n   FROM t\n  GROUP BY t.id");
        assertThat(v("create type e as enum ('a', 'b');\ncreate table t (id integer, category e);\ncreate view v as select *, 'b'::e from t"))
                .isEqualTo("SELECT t.id,\n    t.category,\n    'b'::e AS e\n   FROM t");
        assertThat(v("create table t (a int, b text);\ncreate view v as select 1::int, lower(b), 'x' from t"))
                .isEqualTo("SELECT 1 AS int4,\n    lower(t.b) AS lower,\n    'x'::text AS \"?column?\"\n   FROM t");
    }

    @Test
    void commonTableExpressions() {
        assertThat(v("create table users (id bigint primary key, active boolean not null);\n"
                + "create view v as with recent_users as (select id from users where active = true) select * from recent_users"))
                .isEqualTo("WITH recent_users AS (\n         SELECT users.id\n           FROM users\n          WHERE users.active = true\n        )\n"
                        + " SELECT recent_users.id\n   FROM recent_users");
        assertThat(v("create table sessions (user_id text not null, duration integer not null);\n"
                + "create view v as with active_users as (select distinct user_id from sessions where duration > 0),\n"
                + "user_counts as (select user_id, count(*) as session_count from sessions group by user_id)\n"
                + "select au.user_id, uc.session_count from active_users au join user_counts uc on au.user_id = uc.user_id"))
                .isEqualTo("WITH active_users AS (\n         SELECT DISTINCT sessions.user_id\n           FROM sessions\n"
                        + "          WHERE sessions.duration > 0\n        ), user_counts AS (\n         SELECT sessions.user_id,\n"
                        + "            count(*) AS session_count\n           FROM sessions\n          GROUP BY sessions.user_id\n        )\n"
                        + " SELECT au.user_id,\n    uc.session_count\n   FROM active_users au\n     JOIN user_counts uc ON au.user_id = uc.user_id");
        assertThat(v("create table t (a int);\ncreate view v as with x as materialized (select a from t) select * from x"))
                .isEqualTo("WITH x AS MATERIALIZED (\n         SELECT t.a\n           FROM t\n        )\n SELECT x.a\n   FROM x");
        assertThat(v("create view v as with recursive cte as (select 1 as n union all select cte_1.n + 1 from cte cte_1 where cte_1.n < 10)\n"
                + "select cte.n from cte"))
                .isEqualTo("WITH RECURSIVE cte AS (\n         SELECT 1 AS n\n        UNION ALL\n         SELECT cte_1.n + 1\n"
                        + "           FROM cte cte_1\n          WHERE cte_1.n < 10\n        )\n SELECT cte.n\n   FROM cte");
    }

    @Test
    void namesMadeUniqueAcrossQueryLevels() {
        String t = "create table t (a int, b text);\n";
        // a CTE reading the table it hides: the server qualifies the table and renames it
        assertThat(v(t + "create view v as with t as (select a from t) select * from t"))
                .isEqualTo("WITH t AS (\n         SELECT t_1.a\n           FROM public.t t_1\n        )\n SELECT t.a\n   FROM t");
        assertThat(v(t + "create view v as select s.x from (select a as x from t) s, t where s.x = t.a"))
                .isEqualTo("SELECT s.x\n   FROM ( SELECT t_1.a AS x\n           FROM t t_1) s,\n    t\n  WHERE s.x = t.a");
        // the rule of a PostgreSQL 15 view holds old and new first
        assertThat(v(t + "create view v as select new.a from t new")).isEqualTo("SELECT new_1.a\n   FROM t new_1");
        assertThat(view(t + "create materialized view mv as select old.a from t old", "mv")).isEqualTo("SELECT old_1.a\n   FROM t old_1");
        assertThat(v(t + "create view v as with x(k) as (select 1) select * from x, t"))
                .isEqualTo("WITH x(k) AS (\n         SELECT 1 AS \"?column?\"\n        )\n SELECT x.k,\n    t.a,\n    t.b\n   FROM x,\n    t");
    }

    @Test
    void subqueriesAndJoins() {
        assertThat(v("create table a (id bigint, name text);\ncreate table b (id bigint, name text);\ncreate table x (id bigint);\n"
                + "create view v as select * from ((select a.id, a.name from a join x using (id)) union all (select b.id, b.name from b join x using (id))) t"))
                .isEqualTo("SELECT t.id,\n    t.name\n   FROM ( SELECT a.id,\n            a.name\n           FROM a\n             JOIN x USING (id)\n"
                        + "        UNION ALL\n         SELECT b.id,\n            b.name\n           FROM b\n             JOIN x USING (id)) t");
        assertThat(v("create table users (id bigint primary key, name varchar(100));\ncreate table posts (id bigint primary key, user_id bigint);\n"
                + "create view v as select p.id from (posts as p join users as u on ((p.user_id = u.id)))"))
                .isEqualTo("SELECT p.id\n   FROM posts p\n     JOIN users u ON p.user_id = u.id");
        assertThat(v("create table t (a int, b text);\ncreate view v as select a from t join t u using (a)"))
                .isEqualTo("SELECT t.a\n   FROM t\n     JOIN t u USING (a)");
        // * reads a USING join's merged columns first
        assertThat(v("create table p (id int, x text, y int);\ncreate table q (id int, z text, y int);\ncreate table r (id int, w text);\n"
                + "create view v as select * from r join p using (id) join q using (id, y)"))
                .isEqualTo("SELECT r.id,\n    p.y,\n    r.w,\n    p.x,\n    q.z\n   FROM r\n     JOIN p USING (id)\n     JOIN q USING (id, y)");
    }

    @Test
    void sortAndGroupClauses() {
        String t = "create table t (a int, b text);\n";
        assertThat(v("create table carrier (carrier text);\ncreate view v as select distinct on (c.carrier) c.carrier from carrier c"))
                .isEqualTo("SELECT DISTINCT ON (c.carrier) c.carrier\n   FROM carrier c");
        assertThat(v(t + "create view v as select distinct on (a) a, b from t order by a, b"))
                .isEqualTo("SELECT DISTINCT ON (t.a) t.a,\n    t.b\n   FROM t\n  ORDER BY t.a, t.b");
        assertThat(v(t + "create view v as select t.a from t t group by lower(t.b), t.a order by lower(t.b), t.a nulls first, a desc nulls last"))
                .isEqualTo("SELECT t.a\n   FROM t t\n  GROUP BY (lower(t.b)), t.a\n  ORDER BY (lower(t.b)), t.a NULLS FIRST");
        assertThat(v(t + "create view v as select a, b from t group by 1, b")).isEqualTo("SELECT t.a,\n    t.b\n   FROM t\n  GROUP BY t.a, t.b");
        assertThat(v(t + "create view v as select a as z from t order by z")).isEqualTo("SELECT t.a AS z\n   FROM t\n  ORDER BY t.a");
        assertThat(v(t + "create view v as select a from t order by 1 limit 2 offset 3"))
                .isEqualTo("SELECT t.a\n   FROM t\n  ORDER BY t.a\n OFFSET 3\n LIMIT 2");
        assertThat(v(t + "create view v as select a from t fetch first 2 rows only")).isEqualTo("SELECT t.a\n   FROM t\n LIMIT 2");
        assertThat(v(t + "create view v as select all a from t fetch first row only")).isEqualTo("SELECT t.a\n   FROM t\n LIMIT 1");
    }

    @Test
    void subqueriesInConditions() {
        String points = "create table points (id bigint primary key, user_id varchar(100) not null, point_type smallint not null);\n";
        assertThat(v(points + "create view v as select * from points where id in (select max(id) as id from points group by point_type, user_id)"))
                .isEqualTo("SELECT points.id,\n    points.user_id,\n    points.point_type\n   FROM points\n"
                        + "  WHERE (points.id IN ( SELECT max(points_1.id) AS id\n           FROM points points_1\n"
                        + "          GROUP BY points_1.point_type, points_1.user_id))");
        assertThat(v(points + "create table t (a int);\n"
                + "create view v as select a from t where exists (select 1 from points) and not exists (select max(id) from points p where p.id > 1)"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE (EXISTS ( SELECT 1\n           FROM points)) AND NOT (EXISTS ( SELECT max(p.id) AS max\n"
                        + "           FROM points p\n          WHERE p.id > 1))");
    }

    @Test
    void subqueriesUnderAndOrNot() {
        String t = "create table t (a int, b text, c varchar(10), d numeric);\ncreate table u (a int, e text);\n";
        assertThat(v(t + "create view v as select a from t where b = 'q' and a in (select a from u) and (d > 1 or c = 'k')"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE t.b = 'q'::text AND (t.a IN ( SELECT u.a\n           FROM u)) AND (t.d > 1::numeric OR t.c::text = 'k'::text)");
        assertThat(v(t + "create view v as select a from t where not exists (select 1 from u) or (a > 1 and b = 'x')"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE NOT (EXISTS ( SELECT 1\n           FROM u)) OR t.a > 1 AND t.b = 'x'::text");
    }

    @Test
    void scalarSubqueriesAndQuantifiedComparisons() {
        String t = "create table t (a int, b text);\ncreate table u (a int, e text);\n";
        assertThat(v(t + "create view v as select a, (select max(a) from u) as m from t"))
                .isEqualTo("SELECT t.a,\n    ( SELECT max(u.a) AS max\n           FROM u) AS m\n   FROM t");
        assertThat(v(t + "create view v as select a from t where a not in (select a from u)"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE NOT (t.a IN ( SELECT u.a\n           FROM u))");
        assertThat(v(t + "create view v as select a from t where a > all (select a from u) and a <> any (select a from u where e = 'x')"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE (t.a > ALL ( SELECT u.a\n           FROM u)) AND (t.a <> ANY ( SELECT u.a\n"
                        + "           FROM u\n          WHERE u.e = 'x'::text))");
        assertThat(v(t + "create view v as select a from t where a = any (select a from u)"))
                .isEqualTo("SELECT t.a\n   FROM t\n  WHERE (t.a IN ( SELECT u.a\n           FROM u))");
    }

    @Test
    void aColumnListRenamesTheFirstColumns() {
        String t = "create table t (a int, b text, c varchar(10));\n";
        assertThat(v(t + "create view v (x, \"Y\") as select a, b, c from t")).isEqualTo("SELECT t.a AS x,\n    t.b AS \"Y\",\n    t.c\n   FROM t");
        assertThat(v(t + "create view v (n) as select a from t union select 1")).isEqualTo("SELECT t.a AS n\n   FROM t\nUNION\n SELECT 1 AS n");
        assertThat(v(t + "create view v (b) as select b as q from t order by q")).isEqualTo("SELECT t.b\n   FROM t\n  ORDER BY t.b");
        Schema s = OfflineSchemas.load(t + "create materialized view mv (k) as select a from t;\ncreate index on mv (k);", "schema.sql", D);
        assertThat(s.view("mv").orElseThrow().definition()).isEqualTo("SELECT t.a AS k\n   FROM t");
        assertThat(s.view("mv").orElseThrow().attrs().get(io.atlas4j.postgres.PgMaterialized.class).orElseThrow().indexes())
                .containsExactly("CREATE INDEX mv_k_idx ON mv USING btree (k)");
    }

    @Test
    void valuesWithoutSpacesBetweenItsValues() {
        assertThat(v("create view v as values (1, 'a'), (2, 'b')")).isEqualTo("VALUES (1,'a'::text), (2,'b'::text)");
        assertThat(v("create view v as values (1) union all values (2)")).isEqualTo("VALUES (1)\nUNION ALL\n VALUES (2)");
        assertThat(v("create view v as values (1 + 2, 'a' || 'b')")).isEqualTo("VALUES (1 + 2,'a'::text || 'b'::text)");
    }

    @Test
    void materializedViewOverAUnionKeepsItsIndexes() {
        Schema s = OfflineSchemas.load("create materialized view mv as select 1 as id union select 2 as id;\ncreate unique index on mv (id);", "schema.sql", D);
        View mv = s.view("mv").orElseThrow();
        assertThat(mv.definition()).isEqualTo("SELECT 1 AS id\nUNION\n SELECT 2 AS id");
        assertThat(mv.attrs().get(io.atlas4j.postgres.PgMaterialized.class).orElseThrow().indexes())
                .containsExactly("CREATE UNIQUE INDEX mv_id_idx ON mv USING btree (id)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "create view v (x, y) as values (1, 'a')",
        "create table t (a int); create view v as select a from t union values (5)",
        "create view v as values (1), (2) order by 1",
        "create table t (a int); create view v as select * from t full join t u using (a)",
        "create table t (v varchar(10)); create table u (v varchar(20)); create view v as select v from t join u using (v)",
        "create table t (a int); create view v as select 1 union select 'x'::text",
        "create table t (a int); create view v as select a from t, lateral (select 1) s",
        "create table t (a int); create view v as select * from (select a, a from t) s",
        "create table t (a int); create view v as select 1 as a from t order by 1",
        "create table t (a int); create view v as select 1::float(3) from t",
        "create table t (a int, b text); create table u (a int, e text); create view v as select a from t where (a, b) in (select a, e from u)",
        "create table t (a int); create view v as select a from t where a in (select a::bigint from t)",
    })
    void refusesWhatItCannotPrintExactly(String sql) {
        assertThatThrownBy(() -> OfflineSchemas.load(sql.replace("; ", ";\n"), "schema.sql", D))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageContaining("cannot load offline: ");
    }
}

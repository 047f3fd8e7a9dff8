package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.postgres.PgDomain;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Expressions as PostgreSQL 15 prints them back from its catalog. Every expected text below is what the server
 * returned for the same DDL ({@code pg_get_constraintdef(oid, true)} for checks and domain checks,
 * {@code pg_get_expr(indpred, indrelid, true)} and {@code pg_get_indexdef(oid, k, true)} for indexes,
 * {@code pg_get_expr(adbin, adrelid)} for generated columns and defaults).
 */
class OfflinePostgresExprTest {
    private static final Dialect D = PostgresDialect.create();

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D);
    }

    private static Optional<io.atlas4j.schema.SchemaObject> object(Schema s, String name) {
        return s.objects().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private static Map<String, String> checks(Table t) {
        return t.checks().stream().collect(Collectors.toMap(Check::name, Check::expr));
    }

    @Test
    void domainsAsTheCatalogPrintsThem() {
        Schema s = load("""
                create domain dt as text check (value ~ '@' and char_length(value) > 3) check (value !~ '^\\s' or value = lower(value));
                create domain dv as varchar(20) not null default 'a' check (value in ('a','b')) check (length(value) >= 1);
                create domain di as integer default 0 check (value >= 0 and value <= 150) constraint cc check (not (value = 5));
                create domain dn as numeric(5,2) check (value >= 0.0) check (value > 0) check (value between 1 and 4);
                create domain dd as date check (value > '1900-01-01'::date and value < current_date);
                create domain dts as timestamp check (value >= current_timestamp);
                """);
        assertThat(object(s, "dt")).contains(new PgDomain("dt", "text", false, Optional.empty(), List.of(
                "dt_check: CHECK (VALUE ~ '@'::text AND char_length(VALUE) > 3)",
                "dt_check1: CHECK (VALUE !~ '^\\s'::text OR VALUE = lower(VALUE))"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(object(s, "dv")).contains(new PgDomain("dv", "character varying(20)", true, Optional.of("'a'::character varying"), List.of(
                "dv_check: CHECK (VALUE::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[]))",
                "dv_check1: CHECK (length(VALUE::text) >= 1)"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(object(s, "di")).contains(new PgDomain("di", "integer", false, Optional.of("0"), List.of(
                "cc: CHECK (NOT VALUE = 5)", "di_check: CHECK (VALUE >= 0 AND VALUE <= 150)"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(object(s, "dn")).contains(new PgDomain("dn", "numeric(5,2)", false, Optional.empty(), List.of(
                "dn_check: CHECK (VALUE >= 0.0)", "dn_check1: CHECK (VALUE > 0::numeric)",
                "dn_check2: CHECK (VALUE >= 1::numeric AND VALUE <= 4::numeric)"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(object(s, "dd")).contains(new PgDomain("dd", "date", false, Optional.empty(), List.of(
                "dd_check: CHECK (VALUE > '1900-01-01'::date AND VALUE < CURRENT_DATE)"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(object(s, "dts")).contains(new PgDomain("dts", "timestamp without time zone", false, Optional.empty(), List.of(
                "dts_check: CHECK (VALUE >= CURRENT_TIMESTAMP)"), io.atlas4j.schema.Attrs.EMPTY));
    }

    @Test
    void checksWithTheCastsOperatorResolutionAdds() {
        Table t = load("""
                create type e as enum ('a','b');
                create table t (i int, b bigint, s smallint, n numeric, n2 numeric(5,2), v varchar(10), x text, c char(3), f boolean,
                  en e, r real, dp double precision,
                  constraint k1 check (not i = 5), constraint k2 check (i + 1 * 2 > (3 - 1) - 2),
                  constraint k3 check (i is null or v is not null and x like 'a%'), constraint k4 check ((i > 0) = true),
                  constraint k5 check (v = 'a' or c = 'b' or n > 1 or n2 > 1.5 or b > 2 or s > 1 or r > 1 or dp > 2.5 or x || 'a' = 'b'),
                  constraint k6 check (not (i = 5 or i = 6)),
                  constraint k7 check (i in (1,2) and n in (1, 2.5) and c in ('a','b') and en in ('a') and x not in ('a','b')),
                  constraint k8 check ((i > 0 and b > 0) or not f), constraint k9 check (i between 1 and 5 or i not between 7 and 8),
                  constraint k10 check (lower(v) = 'a' and upper(x) = x and length(c) > 1), constraint k11 check (f = true and f is not true));
                """).table("t").orElseThrow();
        assertThat(checks(t)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("k1", "NOT i = 5"),
                Map.entry("k2", "(i + 1 * 2) > (3 - 1 - 2)"),
                Map.entry("k3", "i IS NULL OR v IS NOT NULL AND x ~~ 'a%'::text"),
                Map.entry("k4", "(i > 0) = true"),
                Map.entry("k5", "v::text = 'a'::text OR c = 'b'::bpchar OR n > 1::numeric OR n2 > 1.5 OR b > 2 OR s > 1 OR r > 1::double precision "
                        + "OR dp > 2.5::double precision OR (x || 'a'::text) = 'b'::text"),
                Map.entry("k6", "NOT (i = 5 OR i = 6)"),
                Map.entry("k7", "(i = ANY (ARRAY[1, 2])) AND (n = ANY (ARRAY[1::numeric, 2.5])) AND (c = ANY (ARRAY['a'::bpchar, 'b'::bpchar])) "
                        + "AND en = 'a'::e AND (x <> ALL (ARRAY['a'::text, 'b'::text]))"),
                Map.entry("k8", "i > 0 AND b > 0 OR NOT f"),
                Map.entry("k9", "i >= 1 AND i <= 5 OR i < 7 OR i > 8"),
                Map.entry("k10", "lower(v::text) = 'a'::text AND upper(x) = x AND length(c) > 1"),
                Map.entry("k11", "f = true AND f IS NOT TRUE")));
    }

    @Test
    void indexExpressionsAndPredicates() {
        Table t = load("""
                create table t (i int, n numeric, v varchar(10), x text);
                create index a on t (i) where v in ('a','b');
                create index b on t (lower(v), (i + 1), (x || 'a'));
                create index c on t (i) where i > 0 and (n > 1 or x ~ 'a');
                create index on t (lower(x));
                """).table("t").orElseThrow();
        Map<String, Index> byName = t.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(byName.get("a").attrs().get(IndexPredicate.class).orElseThrow().sql())
                .isEqualTo("v::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])");
        assertThat(byName.get("b").parts()).extracting(p -> ((IndexPart.OfExpr) p).sql())
                .containsExactly("lower(v::text)", "(i + 1)", "(x || 'a'::text)");
        assertThat(byName.get("c").attrs().get(IndexPredicate.class).orElseThrow().sql()).isEqualTo("i > 0 AND (n > 1::numeric OR x ~ 'a'::text)");
        assertThat(byName).containsKey("t_lower_idx");
    }

    @Test
    void generatedColumnsAndDefaultsInThePlainForm() {
        Table t = load("""
                create table t (i int, n numeric, v varchar(10), x text, f boolean,
                  g1 int generated always as (i * 2 + 1) stored, g2 text generated always as (x || 'a' || lower(v)) stored,
                  g3 boolean generated always as (i > 0 and not f) stored, g4 numeric generated always as (n * 2) stored,
                  d1 int default (1 + 2), d2 text default lower('A'), d3 boolean default (1 > 0), d5 varchar(10) default ('a' || 'b'));
                """).table("t").orElseThrow();
        assertThat(t.column("g1").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((i * 2) + 1)", true));
        assertThat(t.column("g2").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((x || 'a'::text) || lower((v)::text))", true));
        assertThat(t.column("g3").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((i > 0) AND (NOT f))", true));
        assertThat(t.column("g4").orElseThrow().attrs().get(Generated.class)).contains(new Generated("(n * (2)::numeric)", true));
        assertThat(t.column("d1").orElseThrow().defaultValue().map(Expr::sql)).contains("(1 + 2)");
        assertThat(t.column("d2").orElseThrow().defaultValue().map(Expr::sql)).contains("lower('A'::text)");
        assertThat(t.column("d3").orElseThrow().defaultValue().map(Expr::sql)).contains("(1 > 0)");
        assertThat(t.column("d5").orElseThrow().defaultValue().map(Expr::sql)).contains("('a'::text || 'b'::text)");
    }

    @Test
    void nullDefaultsThatNeedALengthCoercionTimeZonesAndWrittenArrays() {
        Table t = load("""
                create table t (a int default null, b varchar(16) default null, c numeric(10,2) default null, e char(2) default null,
                  f timestamp(3) default null, g varchar default null, j varchar(5)[] default null,
                  k timestamp default (now() AT TIME ZONE 'utc'), l timestamp default (current_timestamp at time zone 'UTC'),
                  m text default (now() at time zone 'utc')::text,
                  v varchar(5) check (v = any (array['a','b'])), x text check (x = all (array['a'])), d date check (d >= date '2020-01-01'),
                  h time check (h >= time '09:00:00'));
                """).table("t").orElseThrow();
        Map<String, String> defaults = new java.util.HashMap<>();
        t.columns().forEach(c -> c.defaultValue().ifPresent(d -> defaults.put(c.name(), d.sql())));
        assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.of("b", "NULL::character varying", "c", "NULL::numeric", "e", "NULL::bpchar",
                "f", "NULL::timestamp without time zone", "j", "NULL::character varying[]", "k", "(now() AT TIME ZONE 'utc'::text)",
                "l", "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC'::text)", "m", "((now() AT TIME ZONE 'utc'::text))::text"));
        assertThat(checks(t)).containsExactlyInAnyOrderEntriesOf(Map.of("t_v_check", "v::text = ANY (ARRAY['a'::text, 'b'::text])",
                "t_x_check", "x = ALL (ARRAY['a'::text])", "t_d_check", "d >= '2020-01-01'::date", "t_h_check", "h >= '09:00:00'::time without time zone"));
    }

    /** The layout of {@code pg_get_viewdef(oid, true)} on PostgreSQL 15, as the server printed these views (the inspector strips the final semicolon). */
    @Test
    void viewsAsPgGetViewdefPrintsThem() {
        Schema s = load("""
                create table users (id integer primary key, name text, active boolean, v varchar(10), n numeric);
                create table posts (id int, user_id int, title text);
                create view v1 as select id from users;
                create view v2 as SELECT id, name FROM users WHERE active = true;
                create view v3 as select * from users where not active and v = 'a' order by id desc limit 5;
                create view v4 as select u.id as uid, p.title, count(*) as c from users u join posts p on p.user_id = u.id
                  left join posts q on q.id = p.id where u.id > 0 group by u.id, p.title having count(*) > 1;
                create view v5 as select id, n::numeric(10,2) as amount, lower(name) l, id + 1 as next from users;
                create view v6 as select id from v1;
                create view v7 as select distinct name from users;
                comment on view v7 is 'names';
                """);
        Map<String, String> defs = s.views().stream().collect(Collectors.toMap(io.atlas4j.schema.View::name, io.atlas4j.schema.View::definition));
        assertThat(defs).containsExactlyInAnyOrderEntriesOf(Map.of(
                "v1", "SELECT users.id\n   FROM users",
                "v2", "SELECT users.id,\n    users.name\n   FROM users\n  WHERE users.active = true",
                "v3", "SELECT users.id,\n    users.name,\n    users.active,\n    users.v,\n    users.n\n   FROM users\n"
                        + "  WHERE NOT users.active AND users.v::text = 'a'::text\n  ORDER BY users.id DESC\n LIMIT 5",
                "v4", "SELECT u.id AS uid,\n    p.title,\n    count(*) AS c\n   FROM users u\n     JOIN posts p ON p.user_id = u.id\n"
                        + "     LEFT JOIN posts q ON q.id = p.id\n  WHERE u.id > 0\n  GROUP BY u.id, p.title\n HAVING count(*) > 1",
                "v5", "SELECT users.id,\n    users.n::numeric(10,2) AS amount,\n    lower(users.name) AS l,\n    users.id + 1 AS next\n   FROM users",
                "v6", "SELECT v1.id\n   FROM v1",
                "v7", "SELECT DISTINCT users.name\n   FROM users"));
        assertThat(s.view("v7").orElseThrow().attrs().get(io.atlas4j.schema.Comment.class)).contains(new io.atlas4j.schema.Comment("names"));
    }

    @Test
    void materializedViewsWithTheirIndexesAsPgGetIndexdefPrintsThem() {
        Schema s = load("""
                create table users (id integer primary key, "Name" text);
                create materialized view mv as select id, "Name" from users with no data;
                create unique index on mv (id desc, "Name");
                create index mi on mv using btree (id);
                """);
        io.atlas4j.schema.View mv = s.view("mv").orElseThrow();
        assertThat(mv.definition()).isEqualTo("SELECT users.id,\n    users.\"Name\"\n   FROM users");
        assertThat(mv.attrs().get(io.atlas4j.postgres.PgMaterialized.class).orElseThrow().indexes()).containsExactlyInAnyOrder(
                "CREATE UNIQUE INDEX \"mv_id_Name_idx\" ON mv USING btree (id DESC, \"Name\")", "CREATE INDEX mi ON mv USING btree (id)");
    }

    /** USING and WITH CHECK as {@code pg_get_expr(polqual, polrelid)} printed them on PostgreSQL 15. */
    @Test
    void policiesAsTheCatalogPrintsThem() {
        Schema s = load("""
                create table users (id int, tenant_id int, t uuid, name text);
                alter table users enable row level security;
                create policy p1 on users for all to public using (tenant_id = 1);
                create policy p2 on users as restrictive for select to postgres using (true);
                create policy p3 on users for insert with check (t = current_setting('app.tenant')::uuid);
                create policy p4 on users using (tenant_id::text = current_setting('app.tenant_id', true)::text and name <> 'x');
                """);
        Map<String, io.atlas4j.postgres.PgPolicy> p = s.objects().stream().filter(o -> o instanceof io.atlas4j.postgres.PgPolicy)
                .map(o -> (io.atlas4j.postgres.PgPolicy) o).collect(Collectors.toMap(io.atlas4j.postgres.PgPolicy::policy, x -> x));
        assertThat(p.get("p1").using()).contains("(tenant_id = 1)");
        assertThat(p.get("p1").roles()).containsExactly("PUBLIC");
        assertThat(p.get("p2").permissive()).isFalse();
        assertThat(p.get("p2").using()).contains("true");
        assertThat(p.get("p2").roles()).containsExactly("postgres");
        assertThat(p.get("p3").check()).contains("(t = (current_setting('app.tenant'::text))::uuid)");
        assertThat(p.get("p3").command()).isEqualTo("INSERT");
        assertThat(p.get("p4").using()).contains("(((tenant_id)::text = current_setting('app.tenant_id'::text, true)) AND (name <> 'x'::text))");
    }

    @Test
    void indexIncludeStorageAndNullsNotDistinct() {
        Table t = load("""
                create table t (id int, "Data" text, s text);
                create index i1 on t (id) include ("Data", s) with (fillfactor = 70, deduplicate_items = off);
                create unique index i2 on t (s) nulls not distinct;
                """).table("t").orElseThrow();
        Map<String, Index> byName = t.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(byName.get("i1").attrs().get(io.atlas4j.postgres.PgIndexInclude.class)).contains(new io.atlas4j.postgres.PgIndexInclude(List.of("\"Data\"", "s")));
        assertThat(byName.get("i1").attrs().get(io.atlas4j.postgres.PgStorageParameters.class).orElseThrow().parameters())
                .containsExactly("fillfactor=70", "deduplicate_items=off");
        assertThat(byName.get("i2").attrs().has(io.atlas4j.postgres.PgNullsNotDistinct.class)).isTrue();
    }

    @Test
    void excludeConstraintsAsPgGetConstraintdefPrintsThem() {
        Table t = load("""
                create table e (name varchar(255), a tstzrange, b tstzrange, constraint ex1 exclude using btree (name with =) where (name is not null),
                  exclude (name with =));
                alter table e add exclude using gist (a with &&, b with &&);
                """).table("e").orElseThrow();
        assertThat(t.attrs().get(io.atlas4j.postgres.PgExcludes.class).orElseThrow().constraints()).containsExactly(
                new io.atlas4j.postgres.PgExclude("e_a_b_excl", "EXCLUDE USING gist (a WITH &&, b WITH &&)"),
                new io.atlas4j.postgres.PgExclude("e_name_excl", "EXCLUDE USING btree (name WITH =)"),
                new io.atlas4j.postgres.PgExclude("ex1", "EXCLUDE USING btree (name WITH =) WHERE (name IS NOT NULL)"));
    }

    /** The sequences behind these identity columns, as pg_sequence held them on PostgreSQL 15. */
    @Test
    void identityOptionsNoInheritChecksAndTypeComments() {
        Schema s = load("""
                create table v (a int generated by default as identity (start with -100 increment by 5 minvalue -200),
                  b bigint generated always as identity (increment by -1), c int check (c > 0) no inherit);
                create type mood as enum ('a');
                comment on type mood is 'feelings';
                """);
        Table t = s.table("v").orElseThrow();
        assertThat(t.column("a").orElseThrow().attrs().get(io.atlas4j.postgres.PgIdentity.class))
                .contains(new io.atlas4j.postgres.PgIdentity(false, -100, 5, -200, Integer.MAX_VALUE, 1, false));
        assertThat(t.column("b").orElseThrow().attrs().get(io.atlas4j.postgres.PgIdentity.class))
                .contains(new io.atlas4j.postgres.PgIdentity(true, -1, -1, Long.MIN_VALUE, -1, 1, false));
        assertThat(t.checks().get(0).attrs().has(io.atlas4j.postgres.PgNoInherit.class)).isTrue();
        assertThat(object(s, "mood").orElseThrow().attrs().get(io.atlas4j.schema.Comment.class)).contains(new io.atlas4j.schema.Comment("feelings"));
    }

    @Test
    void partitionedTablesKeepTheirKeyAsPgGetPartkeydefPrintsIt() {
        Table t = load("create table p (a int, \"B\" date) partition by range (a, \"B\");").table("p").orElseThrow();
        assertThat(t.attrs().get(io.atlas4j.postgres.PgPartitionKey.class)).contains(new io.atlas4j.postgres.PgPartitionKey("RANGE (a, \"B\")"));
    }

    /** The operator classes and collations pg_index recorded for these indexes on PostgreSQL 15 (default ones leave no attribute). */
    @Test
    void indexOperatorClassesAndCollations() {
        Table t = load("""
                create table t (name text, code varchar(10), tags text[], j jsonb);
                create index i1 on t (name text_pattern_ops, code varchar_pattern_ops);
                create index i2 on t using gin (j jsonb_path_ops);
                create index i3 on t (name COLLATE "C");
                create index i4 on t using gin (tags array_ops);
                """).table("t").orElseThrow();
        Map<String, Index> byName = t.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(byName.get("i1").parts()).extracting(p -> p.attrs().get(io.atlas4j.postgres.PgOpClass.class).orElseThrow().name())
                .containsExactly("text_pattern_ops", "varchar_pattern_ops");
        assertThat(byName.get("i2").parts().get(0).attrs().get(io.atlas4j.postgres.PgOpClass.class)).contains(new io.atlas4j.postgres.PgOpClass("jsonb_path_ops"));
        assertThat(byName.get("i3").parts().get(0).attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("C"));
        assertThat(byName.get("i4").parts().get(0).attrs()).isEqualTo(io.atlas4j.schema.Attrs.EMPTY);
    }

    private static final String TYPED = """
            create function is_ok(x text) returns boolean language sql immutable as $$ select x <> '' $$;
            create function next_code() returns text language sql as $$ select 'a' $$;
            create domain email as text check (is_ok(value));
            create table d (i interval default interval '2 days', j interval default interval '90' minute, k interval default '1 day 2 hours'::interval,
              y interval default interval '1.5' year, m money default money '1.999', m2 money default '1234.5'::money, b bit(8) default x'1F', b2 bit(4) default b'1010',
              r real default real '3.5', dp double precision default double precision '4.50', nb bigint default bigint '2', js jsonb default jsonb '{}',
              ta text[] default '{}'::text[], ia int[] default ARRAY[]::int[], aa text[] default ARRAY['a']::text[], na numeric[] default ARRAY[numeric '1'],
              ts timestamp default '1970-01-01 00:00:01+00:00', tz timestamptz default '0001-01-01 00:00:00'::timestamp, at timestamptz default now() + interval '3 days',
              code text default next_code(), data jsonb, who text, v varchar(10), a int, b3 int, active boolean,
              g int generated always as ((data ->> 'iid')::integer) stored,
              constraint c1 check (case when active then who like 'a%' else true end),
              constraint c2 check ((a, b3) > (0, 0)),
              constraint c3 check (coalesce(a, 0) > nullif(b3, 3) and greatest(a, 1) < least(b3, 2)),
              constraint c4 check (v::text = any (array['x'::varchar, 'y'::varchar]::text[])),
              constraint c5 check (is_ok(who)));
            create index d_case on d ((case when active is true then 1 else 0 end));
            create index d_coalesce on d (coalesce(who, 'none'::text));
            create index d_path on d (jsonb_extract_path_text(data, 'a', 'b'));
            create index d_ops on d ((lower(who)) text_pattern_ops);
            create index d_fn on d (a) where is_ok(who);
            alter table d enable row level security;
            create policy p1 on d using (who = current_user) with check ((current_user)::integer = 1);
            """;

    @Test
    void typedLiteralsIntervalsMoneyBitsAndArraysAsDefaults() {
        Table t = load(TYPED).table("d").orElseThrow();
        Map<String, String> defaults = new java.util.HashMap<>();
        t.columns().forEach(c -> c.defaultValue().ifPresent(d -> defaults.put(c.name(), d.sql())));
        assertThat(defaults).containsAllEntriesOf(Map.ofEntries(
                Map.entry("i", "'2 days'::interval"), Map.entry("j", "'01:30:00'::interval"), Map.entry("k", "'1 day 02:00:00'::interval"),
                Map.entry("y", "'1 year'::interval"), Map.entry("m", "'$2.00'::money"), Map.entry("m2", "'$1,234.50'::money"),
                Map.entry("b", "'00011111'::\"bit\""), Map.entry("b2", "'1010'::\"bit\""), Map.entry("r", "'3.5'::real"),
                Map.entry("dp", "'4.5'::double precision"), Map.entry("nb", "'2'::bigint"), Map.entry("js", "'{}'::jsonb"),
                Map.entry("ta", "'{}'::text[]"), Map.entry("ia", "ARRAY[]::integer[]"), Map.entry("aa", "ARRAY['a'::text]"),
                Map.entry("na", "ARRAY['1'::numeric]"), Map.entry("ts", "'1970-01-01 00:00:01'::timestamp without time zone"),
                Map.entry("tz", "'0001-01-01 00:00:00'::timestamp without time zone"), Map.entry("at", "(now() + '3 days'::interval)"),
                Map.entry("code", "next_code()")));
        assertThat(t.column("g").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((data ->> 'iid'::text))::integer", true));
    }

    @Test
    void caseCoalesceRowsArraysAndTheScriptsOwnFunctionsInChecks() {
        Schema s = load(TYPED);
        Table t = s.table("d").orElseThrow();
        assertThat(checks(t)).containsAllEntriesOf(Map.of(
                "c1", "\nCASE\n    WHEN active THEN who ~~ 'a%'::text\n    ELSE true\nEND",
                "c2", "(ROW(a, b3) > ROW(0, 0))",
                "c3", "COALESCE(a, 0) > NULLIF(b3, 3) AND GREATEST(a, 1) < LEAST(b3, 2)",
                "c4", "v::text = ANY (ARRAY['x'::character varying::text, 'y'::character varying::text])",
                "c5", "is_ok(who)"));
        assertThat(object(s, "email").map(o -> ((PgDomain) o).checks())).contains(List.of("email_check: CHECK (is_ok(VALUE))"));
    }

    @Test
    void indexExpressionsWithCaseCoalesceVariadicPathsAndOperatorClasses() {
        Table t = load(TYPED).table("d").orElseThrow();
        Map<String, Index> byName = t.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(((IndexPart.OfExpr) byName.get("d_case").parts().get(0)).sql()).isEqualTo("(\nCASE\n    WHEN active IS TRUE THEN 1\n    ELSE 0\nEND)");
        assertThat(((IndexPart.OfExpr) byName.get("d_coalesce").parts().get(0)).sql()).isEqualTo("COALESCE(who, 'none'::text)");
        assertThat(((IndexPart.OfExpr) byName.get("d_path").parts().get(0)).sql())
                .isEqualTo("jsonb_extract_path_text(data, VARIADIC ARRAY['a'::text, 'b'::text])");
        IndexPart ops = byName.get("d_ops").parts().get(0);
        assertThat(((IndexPart.OfExpr) ops).sql()).isEqualTo("lower(who)");
        assertThat(ops.attrs().get(io.atlas4j.postgres.PgOpClass.class)).contains(new io.atlas4j.postgres.PgOpClass("text_pattern_ops"));
        assertThat(byName.get("d_fn").attrs().get(IndexPredicate.class).orElseThrow().sql()).isEqualTo("is_ok(who)");
    }

    @Test
    void policiesComparingWithCurrentUser() {
        Schema s = load(TYPED);
        io.atlas4j.postgres.PgPolicy p = s.objects().stream().filter(o -> o instanceof io.atlas4j.postgres.PgPolicy)
                .map(o -> (io.atlas4j.postgres.PgPolicy) o).findFirst().orElseThrow();
        assertThat(p.using()).contains("(who = CURRENT_USER)");
        assertThat(p.check()).contains("((CURRENT_USER)::integer = 1)");
    }

    @Test
    void windowsExtractDateFunctionsAndJsonOperatorsInViews() {
        Schema s = load("""
                create table ev (id int, amount numeric, category text, at timestamp, atz timestamptz, d date, data jsonb, addr inet);
                create view w1 as select id, sum(amount) over (order by at) as running, sum(amount) over (partition by category order by at desc) as per, row_number() over (partition by category) as rn from ev;
                create view w2 as select extract(year from at) as y, extract(epoch from age(atz)) as e, date(at) as day, date_trunc('month', d) as m, date_trunc('day', at) as dd, data -> 'name' as name, data ->> 'email' as email from ev;
                create domain v4addr as inet check (family(value) = 4);
                """);
        Map<String, String> defs = s.views().stream().collect(Collectors.toMap(io.atlas4j.schema.View::name, io.atlas4j.schema.View::definition));
        assertThat(defs.get("w1")).isEqualTo("SELECT ev.id,\n    sum(ev.amount) OVER (ORDER BY ev.at) AS running,\n"
                + "    sum(ev.amount) OVER (PARTITION BY ev.category ORDER BY ev.at DESC) AS per,\n"
                + "    row_number() OVER (PARTITION BY ev.category) AS rn\n   FROM ev");
        assertThat(defs.get("w2")).isEqualTo("SELECT EXTRACT(year FROM ev.at) AS y,\n    EXTRACT(epoch FROM age(ev.atz)) AS e,\n    date(ev.at) AS day,\n"
                + "    date_trunc('month'::text, ev.d::timestamp with time zone) AS m,\n    date_trunc('day'::text, ev.at) AS dd,\n"
                + "    ev.data -> 'name'::text AS name,\n    ev.data ->> 'email'::text AS email\n   FROM ev");
        assertThat(object(s, "v4addr").map(o -> ((PgDomain) o).checks())).contains(List.of("v4addr_check: CHECK (family(VALUE) = 4)"));
    }

    @Test
    void numberDefaultsKeepTheirOwnType() {
        Table t = load("""
                create table n (v0 float default - 20, v1 float default -3.14, v7 decimal(5,2) default -20.0, v8 decimal(5,2) default 20.0,
                  v9 numeric default 0.001, r real default 1, i int default 7);
                """).table("n").orElseThrow();
        Map<String, String> defaults = new java.util.HashMap<>();
        t.columns().forEach(c -> c.defaultValue().ifPresent(d -> defaults.put(c.name(), d.sql())));
        assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.of("v0", "'-20'::integer", "v1", "'-3.14'::numeric", "v7", "'-20.0'::numeric",
                "v8", "20.0", "v9", "0.001", "r", "1", "i", "7"));
    }

    @Test
    void aDomainOverADomainOfTextReachesTextFunctionsThroughACast() {
        Schema s = load("""
                create domain base_text as text;
                create domain derived_text as base_text check (length(value) > 0);
                create table rr (r real default '0.5');
                """);
        assertThat(object(s, "derived_text").map(o -> ((PgDomain) o).checks())).contains(List.of("derived_text_check: CHECK (length(VALUE::text) > 0)"));
        assertThat(s.table("rr").orElseThrow().column("r").orElseThrow().defaultValue().map(Expr::sql)).contains("'0.5'::real");
    }

    /** pg_get_expr indents a CASE even where it does not prettify parentheses: generated columns, defaults and policies. */
    @Test
    void caseInThePlainFormIsIndentedToo() {
        Schema s = load("""
                create table cc (a int, b int generated always as (case when a > 0 then 1 else 0 end) stored, c text default (case when true then 'x' end));
                alter table cc enable row level security;
                create policy pp on cc using (case when a > 1 then true else false end);
                """);
        Table t = s.table("cc").orElseThrow();
        assertThat(t.column("b").orElseThrow().attrs().get(Generated.class)).contains(new Generated("\nCASE\n    WHEN (a > 0) THEN 1\n    ELSE 0\nEND", true));
        assertThat(t.column("c").orElseThrow().defaultValue().map(Expr::sql)).contains("CASE\n    WHEN true THEN 'x'::text\n    ELSE NULL::text\nEND");
        io.atlas4j.postgres.PgPolicy p = s.objects().stream().filter(o -> o instanceof io.atlas4j.postgres.PgPolicy)
                .map(o -> (io.atlas4j.postgres.PgPolicy) o).findFirst().orElseThrow();
        assertThat(p.using()).contains("\nCASE\n    WHEN (a > 1) THEN true\n    ELSE false\nEND");
    }

    @Test
    void policiesWithAColumnInASubquery() {
        Schema s = load("""
                create table users (id int, name text);
                create table orders (id int, user_id int, amount numeric);
                alter table orders enable row level security;
                create policy p1 on orders using (user_id in (select id from users));
                """);
        io.atlas4j.postgres.PgPolicy p = s.objects().stream().filter(o -> o instanceof io.atlas4j.postgres.PgPolicy)
                .map(o -> (io.atlas4j.postgres.PgPolicy) o).findFirst().orElseThrow();
        assertThat(p.using()).contains("(user_id IN ( SELECT users.id\n   FROM users))");
    }

    @Test
    void commonTypesJsonChainsAndOperatorPriorities() {
        Schema s = load("""
                create function f_t(a text) returns text language sql as $$ select a $$;
                create table p1 (v varchar(10), x text, b bigint, i int, n numeric, at timestamp, data jsonb, bits bit(8), d date,
                  constraint k1 check (coalesce(v, x) <> ''),
                  constraint k3 check (greatest(i, n) > 0),
                  constraint k4 check (n = any (array[1, 2.5])),
                  constraint k5 check (at > now() - interval '1 day'),
                  constraint k6 check (bits <> x'00'),
                  constraint k8 check (extract(year from d) > 2000),
                  constraint k9 check (nullif(v, 'a') is not null),
                  constraint k10 check (b = any (array[1, 2])),
                  constraint k12 check (data -> 'a' -> 'b' is not null),
                  constraint k13 check (case i when 1 then true when 2 then false end),
                  constraint k15 check (i - 1 - 2 > 0 and i - (1 - 2) > 0 and i * 2 + 1 > 0));
                create table p2 (v varchar(10), d date default date_trunc('month', now()), e numeric default extract(epoch from now()),
                  y text generated always as (f_t(v)) stored);
                """);
        assertThat(checks(s.table("p1").orElseThrow())).isEqualTo(Map.ofEntries(
                Map.entry("k1", "COALESCE(v, x::character varying)::text <> ''::text"),
                Map.entry("k3", "GREATEST(i::numeric, n) > 0::numeric"),
                Map.entry("k4", "n = ANY (ARRAY[1::numeric, 2.5])"),
                Map.entry("k5", "at > (now() - '1 day'::interval)"),
                Map.entry("k6", "bits <> '00000000'::\"bit\""),
                Map.entry("k8", "EXTRACT(year FROM d) > 2000::numeric"),
                Map.entry("k9", "NULLIF(v::text, 'a'::text) IS NOT NULL"),
                Map.entry("k10", "b = ANY (ARRAY[1, 2])"),
                Map.entry("k12", "((data -> 'a'::text) -> 'b'::text) IS NOT NULL"),
                Map.entry("k13", "\nCASE i\n    WHEN 1 THEN true\n    WHEN 2 THEN false\n    ELSE NULL::boolean\nEND"),
                Map.entry("k15", "(i - 1 - 2) > 0 AND (i - (1 - 2)) > 0 AND (i * 2 + 1) > 0")));
        Table p2 = s.table("p2").orElseThrow();
        assertThat(p2.column("d").orElseThrow().defaultValue().map(Expr::sql)).contains("date_trunc('month'::text, now())");
        assertThat(p2.column("e").orElseThrow().defaultValue().map(Expr::sql)).contains("EXTRACT(epoch FROM now())");
        assertThat(p2.column("y").orElseThrow().attrs().get(Generated.class)).contains(new Generated("f_t((v)::text)", true));
    }

    @Test
    void callsToTheScriptsFunctionsShowTheWideningOfTheirArguments() {
        Table t = load("""
                create function fb(a bigint, b numeric) returns bigint language sql as $$ select a $$;
                create table r (i int, x bigint default fb(1, 2), y bigint generated always as (fb(i, i)) stored, constraint c check (fb(i, 1.5) > 0));
                """).table("r").orElseThrow();
        assertThat(t.column("x").orElseThrow().defaultValue().map(Expr::sql)).contains("fb((1)::bigint, (2)::numeric)");
        assertThat(t.column("y").orElseThrow().attrs().get(Generated.class)).contains(new Generated("fb((i)::bigint, (i)::numeric)", true));
        assertThat(checks(t)).containsEntry("c", "fb(i::bigint, 1.5) > 0");
    }

    /** The parser flattens a left-nested OR or AND into one node; the plain form shows that in its parentheses. */
    @Test
    void flattenedBooleansAndTheSessionFunctionsInThePlainForm() {
        Schema s = load("""
                create table s2 (i int, b boolean, v varchar(20), x text,
                  g1 boolean generated always as (i = 1 or (i = 2 or i = 3)) stored,
                  g2 boolean generated always as ((i > 1 and i < 5) and b) stored,
                  g3 boolean generated always as (i = 1 or i = 2 and b or not b) stored);
                alter table s2 enable row level security;
                create policy a1 on s2 using (v = current_user);
                create policy a2 on s2 using (x = session_user or x = current_role or x = user);
                """);
        Table t = s.table("s2").orElseThrow();
        assertThat(t.column("g1").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((i = 1) OR ((i = 2) OR (i = 3)))", true));
        assertThat(t.column("g2").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((i > 1) AND (i < 5) AND b)", true));
        assertThat(t.column("g3").orElseThrow().attrs().get(Generated.class)).contains(new Generated("((i = 1) OR ((i = 2) AND b) OR (NOT b))", true));
        Map<String, io.atlas4j.postgres.PgPolicy> p = s.objects().stream().filter(o -> o instanceof io.atlas4j.postgres.PgPolicy)
                .map(o -> (io.atlas4j.postgres.PgPolicy) o).collect(Collectors.toMap(io.atlas4j.postgres.PgPolicy::policy, x -> x));
        assertThat(p.get("a1").using()).contains("((v)::text = CURRENT_USER)");
        assertThat(p.get("a2").using()).contains("((x = SESSION_USER) OR (x = CURRENT_ROLE) OR (x = USER))");
    }

    /** pg_index keeps NULLS FIRST/LAST only where it is not the default (first for DESC, last for ASC). */
    @Test
    void indexKeysWithTheirNullsOrder() {
        Table t = load("""
                create table nn (a int, b int, c text);
                create index i1 on nn (a asc nulls first, b desc nulls last);
                create index i2 on nn (a nulls last, b desc nulls first, (lower(c)) text_pattern_ops nulls first);
                """).table("nn").orElseThrow();
        Map<String, Index> byName = t.indexes().stream().collect(Collectors.toMap(Index::name, i -> i));
        assertThat(byName.get("i1").parts()).extracting(p -> p.attrs().get(io.atlas4j.postgres.PgNullsOrder.class))
                .containsExactly(Optional.of(new io.atlas4j.postgres.PgNullsOrder(true)), Optional.of(new io.atlas4j.postgres.PgNullsOrder(false)));
        assertThat(byName.get("i2").parts()).extracting(p -> p.attrs().get(io.atlas4j.postgres.PgNullsOrder.class))
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(new io.atlas4j.postgres.PgNullsOrder(true)));
        assertThat(byName.get("i2").parts().get(2).attrs().get(io.atlas4j.postgres.PgOpClass.class)).contains(new io.atlas4j.postgres.PgOpClass("text_pattern_ops"));
    }

    @Test
    void conditionalFunctionsIntervalsArraysAndJsonChainsInViews() {
        Schema s = load("""
                create table e (id int, first_name varchar(50), last_name varchar(50), email varchar(100), bio text, status varchar(20), priority int, at timestamp, d date, data jsonb);
                create view v1 as select id, coalesce(first_name || ' ' || last_name, 'Anonymous') as display_name, coalesce(email, '') as email from e where status = 'active';
                create view v2 as select id, nullif(status, 'inactive') as s, greatest(priority, 0) as g from e;
                create view v3 as select id, at + interval '1 day' as tomorrow, d - interval '1 year' as last_year, array[1, 2] as arr, data -> 'a' -> 'b' as ab from e;
                """);
        Map<String, String> defs = s.views().stream().collect(Collectors.toMap(io.atlas4j.schema.View::name, io.atlas4j.schema.View::definition));
        assertThat(defs.get("v1")).isEqualTo("SELECT e.id,\n    COALESCE((e.first_name::text || ' '::text) || e.last_name::text, 'Anonymous'::text) AS display_name,\n"
                + "    COALESCE(e.email, ''::character varying) AS email\n   FROM e\n  WHERE e.status::text = 'active'::text");
        assertThat(defs.get("v2")).isEqualTo("SELECT e.id,\n    NULLIF(e.status::text, 'inactive'::text) AS s,\n    GREATEST(e.priority, 0) AS g\n   FROM e");
        assertThat(defs.get("v3")).isEqualTo("SELECT e.id,\n    e.at + '1 day'::interval AS tomorrow,\n    e.d - '1 year'::interval AS last_year,\n"
                + "    ARRAY[1, 2] AS arr,\n    (e.data -> 'a'::text) -> 'b'::text AS ab\n   FROM e");
    }
}

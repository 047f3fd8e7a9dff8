package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MySQL/MariaDB offline loader, without a database: what MariaDB's catalog would say (names it chooses,
 * checks as it prints them, display widths, current_timestamp()), each statement kind and each refusal.
 * {@link OfflineAgreementIT} checks the same against a real MariaDB.
 */
class OfflineMySqlTest {
    private static final Dialect D = MySqlDialect.create();

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D);
    }

    @Test
    void createTableAsTheCatalogReadsIt() {
        Table t = load("""
                /*!40101 SET NAMES utf8mb4 */;
                CREATE TABLE `orders` (
                  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
                  `code` varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,
                  `status` varchar(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')),
                  `at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'when',
                  `ref` int(11) unsigned,
                  PRIMARY KEY (`id`), UNIQUE KEY (`code`), KEY (`code`(5)), KEY `by_ref` (`ref`),
                  FOREIGN KEY (`ref`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
                  CHECK ((ref > 0) AND (ref < 10 OR ref IS NULL))
                ) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 COMMENT='all orders';
                """).table("orders").orElseThrow();
        assertThat(t.column("id").orElseThrow().attrs().get(DisplayWidth.class)).contains(new DisplayWidth(11));
        assertThat(t.column("id").orElseThrow().attrs().has(AutoIncrement.class)).isTrue();
        assertThat(t.column("code").orElseThrow().attrs().get(Collation.class)).contains(new Collation("utf8mb4_bin"));
        assertThat(t.column("code").orElseThrow().defaultValue()).isEmpty();
        assertThat(t.column("status").orElseThrow().defaultValue().map(Expr::sql)).contains("'new'");
        assertThat(t.column("status").orElseThrow().attrs().get(ColumnCheck.class)).contains(new ColumnCheck("`status` in ('new','done')"));
        assertThat(t.column("at").orElseThrow().defaultValue().map(Expr::sql)).contains("current_timestamp()");
        assertThat(t.column("at").orElseThrow().attrs().get(OnUpdate.class)).contains(new OnUpdate("current_timestamp()"));
        assertThat(t.column("at").orElseThrow().attrs().get(Comment.class)).contains(new Comment("when"));
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("PRIMARY");
        assertThat(t.indexes()).extracting(Index::name).containsExactly("code", "code_2", "by_ref");
        assertThat(t.indexes().get(1).parts().get(0).attrs().get(SubPart.class)).contains(new SubPart(5));
        assertThat(t.foreignKeys()).extracting(ForeignKey::name).containsExactly("orders_ibfk_1");
        assertThat(t.checks()).extracting(Check::name, Check::expr).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CONSTRAINT_1", "`ref` > 0 and (`ref` < 10 or `ref` is null)"));
        assertThat(t.attrs().get(Engine.class)).contains(new Engine("InnoDB"));
        assertThat(t.attrs().get(Collation.class)).contains(new Collation("latin1_swedish_ci"));
        assertThat(t.attrs().get(Comment.class)).contains(new Comment("all orders"));
    }

    @Test
    void indexesTriggersAlterAndDropApplyInOrder() {
        Schema s = load("""
                CREATE TABLE t (a int, b varchar(10));
                CREATE UNIQUE INDEX t_b ON t (b);
                ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0, ADD INDEX (c), ADD CONSTRAINT pos CHECK (c >= 0);
                CREATE INDEX gone ON t (a);
                DROP INDEX gone ON t;
                CREATE DEFINER=`root`@`localhost` TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.c = 1;
                CREATE TABLE old (x int);
                DROP TABLE IF EXISTS old, never;
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(s.table("old")).isEmpty();
        assertThat(t.indexes()).extracting(Index::name).containsExactly("t_b", "c");
        assertThat(t.column("c").orElseThrow().defaultValue().map(Expr::sql)).contains("0");
        assertThat(t.checks()).extracting(Check::expr).containsExactly("`c` >= 0");
        assertThat(s.objects()).singleElement().isEqualTo(new Trigger("t_bi", "t",
                "CREATE TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW SET NEW.c = 1", io.atlas4j.schema.Attrs.EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t UNION SELECT a FROM t",
        "CREATE PROCEDURE p() SELECT 1",
        "CREATE TABLE t (a int, b int AS (sqrt(a)))",
        "CREATE TABLE t (a double DEFAULT (sqrt(2)))",
        "CREATE TABLE t (a int, CHECK (sqrt(a) > 1))",
        "CREATE TABLE t (a datetime) PARTITION BY RANGE (to_days(a)) (PARTITION p0 VALUES LESS THAN (to_days('2020-01-01')))",
        "CREATE TABLE t LIKE u",
        "CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b int AFTER a",
        "CREATE TABLE t (a int); INSERT INTO t VALUES (1)",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> load("\n" + sql.replace("; ", ";\n")))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageStartingWith("schema.sql:")
                .hasMessageContaining("cannot load offline: ")
                .hasMessageContaining("--dev-url");
    }

    /** Each expected text is what MariaDB 10.11 put in information_schema.COLUMNS.GENERATION_EXPRESSION for the same DDL. */
    @Test
    void generatedColumnsAsMariaDbPrintsThem() {
        Table t = load("""
                create table t (a int, b int, price decimal(10,2), qty int, fn varchar(20), ln varchar(20), j longtext, d date,
                 g1 int as (a + b) virtual, g2 decimal(12,2) as (price * qty) stored, g3 varchar(50) as (CONCAT(fn, ' ', ln)) virtual,
                 g4 varchar(20) as (LOWER(fn)) persistent, g5 varchar(50) as (json_unquote(json_extract(j, '$.x'))) virtual,
                 g6 int as (YEAR(d)) virtual, g8 int as (a * (b + 1) - 2) virtual, g10 int as (-a) virtual, g12 int as (ifnull(a, 0)) virtual,
                 g14 int as (a div 2) virtual, g15 int as (a % 2) virtual, g17 varchar(10) as (substring(fn, 1, 3)) virtual,
                 g18 int as (LENGTH(fn)) virtual, g19 int as (ROUND(a / 3)) virtual, g20 int as (a - (a - 1)) virtual,
                 g21 varchar(9) as (if(a > 0, 'p', 'n')) virtual, check (json_valid(j)));
                """).table("t").orElseThrow();
        java.util.Map<String, String> g = new java.util.HashMap<>();
        t.columns().forEach(c -> c.attrs().get(io.atlas4j.schema.Generated.class).ifPresent(x -> g.put(c.name(), x.expr() + (x.stored() ? " STORED" : ""))));
        assertThat(g).containsExactlyInAnyOrderEntriesOf(java.util.Map.ofEntries(
                java.util.Map.entry("g1", "`a` + `b`"), java.util.Map.entry("g2", "`price` * `qty` STORED"),
                java.util.Map.entry("g3", "concat(`fn`,' ',`ln`)"), java.util.Map.entry("g4", "lcase(`fn`) STORED"),
                java.util.Map.entry("g5", "json_unquote(json_extract(`j`,'$.x'))"), java.util.Map.entry("g6", "year(`d`)"),
                java.util.Map.entry("g8", "`a` * (`b` + 1) - 2"), java.util.Map.entry("g10", "-`a`"), java.util.Map.entry("g12", "ifnull(`a`,0)"),
                java.util.Map.entry("g14", "`a` DIV 2"), java.util.Map.entry("g15", "`a` MOD 2"), java.util.Map.entry("g17", "substr(`fn`,1,3)"),
                java.util.Map.entry("g18", "octet_length(`fn`)"), java.util.Map.entry("g19", "round(`a` / 3,0)"),
                java.util.Map.entry("g20", "`a` - (`a` - 1)"), java.util.Map.entry("g21", "if(`a` > 0,'p','n')")));
        assertThat(t.column("g1").orElseThrow().nullable()).isTrue();
        assertThat(t.checks()).extracting(io.atlas4j.schema.Check::expr).containsExactly("json_valid(`j`)");
    }

    /** Each expected clause is what the inspector rebuilt from MariaDB 10.11's information_schema.PARTITIONS for the same DDL. */
    @Test
    void partitioningAsTheInspectorRebuildsIt() {
        Schema s = load("""
                create table a (id int, d date) partition by hash(id) partitions 4;
                create table b (id int not null, primary key (id)) partition by key() partitions 2;
                create table c (id int, y int) partition by range (y) (partition p0 values less than (1990), partition p1 values less than maxvalue);
                create table d (id int, r int) partition by list (r) (partition p0 values in (1, 2), partition p1 values in (3));
                create table e (id int, d date) partition by range columns(d) (partition p0 values less than ('2020-01-01'), partition p1 values less than (MAXVALUE));
                create table f (id int, c varchar(10)) partition by list columns(c) (partition p0 values in ('US','CA'));
                create table g (id int, d date) partition by range (YEAR(d)) (partition p0 values less than (2000));
                create table h (id int, d datetime) partition by linear hash (id) partitions 3;
                create table j (id int) partition by hash(id);
                """);
        java.util.Map<String, String> clauses = new java.util.HashMap<>();
        s.tables().forEach(t -> t.attrs().get(io.atlas4j.mysql.Partitioning.class).ifPresent(p -> clauses.put(t.name(), p.clause())));
        assertThat(clauses).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "a", "PARTITION BY HASH (`id`) PARTITIONS 4",
                "b", "PARTITION BY KEY () PARTITIONS 2",
                "c", "PARTITION BY RANGE (`y`) (PARTITION `p0` VALUES LESS THAN (1990), PARTITION `p1` VALUES LESS THAN MAXVALUE)",
                "d", "PARTITION BY LIST (`r`) (PARTITION `p0` VALUES IN (1,2), PARTITION `p1` VALUES IN (3))",
                "e", "PARTITION BY RANGE COLUMNS (`d`) (PARTITION `p0` VALUES LESS THAN ('2020-01-01'), PARTITION `p1` VALUES LESS THAN MAXVALUE)",
                "f", "PARTITION BY LIST COLUMNS (`c`) (PARTITION `p0` VALUES IN ('US','CA'))",
                "g", "PARTITION BY RANGE (year(`d`)) (PARTITION `p0` VALUES LESS THAN (2000))",
                "h", "PARTITION BY LINEAR HASH (`id`) PARTITIONS 3",
                "j", "PARTITION BY HASH (`id`) PARTITIONS 1"));
    }

    /** Each expected text is MariaDB 10.11's information_schema.VIEWS.VIEW_DEFINITION for the same DDL, its schema qualifier removed as the inspector removes it. */
    @Test
    void viewsAsMariaDbKeepsThem() {
        Schema s = load("""
                create table users (id int primary key, name varchar(20), active tinyint); create table posts (id int, user_id int, title text);
                create view v1 as select id, name from users where active = 1;
                create view v2 as select u.id as uid, p.title, count(*) as c from users u join posts p on p.user_id = u.id left join posts q on q.id = p.id
                  where u.id > 0 and p.title like 'a%' group by u.id, p.title having count(*) > 1 order by u.id desc limit 5;
                create view v3 as select * from users;
                create view v4 as select id from v1;
                create view v5 as select distinct lower(name) as l, id + 1 as n, 'x' as k from users;
                """);
        java.util.Map<String, String> defs = new java.util.HashMap<>();
        s.views().forEach(v -> defs.put(v.name(), v.definition()));
        assertThat(defs).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "v1", "select `users`.`id` AS `id`,`users`.`name` AS `name` from `users` where `users`.`active` = 1",
                "v2", "select `u`.`id` AS `uid`,`p`.`title` AS `title`,count(0) AS `c` from ((`users` `u` join `posts` `p` on(`p`.`user_id` = `u`.`id`)) "
                        + "left join `posts` `q` on(`q`.`id` = `p`.`id`)) where `u`.`id` > 0 and `p`.`title` like 'a%' group by `u`.`id`,`p`.`title` "
                        + "having count(0) > 1 order by `u`.`id` desc limit 5",
                "v3", "select `users`.`id` AS `id`,`users`.`name` AS `name`,`users`.`active` AS `active` from `users`",
                "v4", "select `v1`.`id` AS `id` from `v1`",
                "v5", "select distinct lcase(`users`.`name`) AS `l`,`users`.`id` + 1 AS `n`,'x' AS `k` from `users`"));
    }

    /** Each expected text is MariaDB 10.11's information_schema COLUMN_DEFAULT / CHECK_CLAUSE for the same DDL. */
    @Test
    void expressionDefaultsAndDateLiterals() {
        Table t = load("""
                create table t (id int, d date default DATE '2024-01-01', f float default - 20, j json default (JSON_ARRAY()),
                  b binary(16) default (UNHEX(REPLACE(UUID(), '-', ''))), e date, k varchar(10) default (concat('a','b')),
                  check (e >= DATE '2020-01-01' and e <= date '2030-12-31'));
                """).table("t").orElseThrow();
        java.util.Map<String, String> d = new java.util.HashMap<>();
        t.columns().forEach(c -> c.defaultValue().ifPresent(x -> d.put(c.name(), x.sql())));
        assertThat(d).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("d", "'2024-01-01'", "f", "-20", "j", "json_array()",
                "b", "unhex(replace(uuid(),'-',''))", "k", "concat('a','b')"));
        assertThat(t.checks()).extracting(io.atlas4j.schema.Check::expr).contains("`e` >= DATE'2020-01-01' and `e` <= DATE'2030-12-31'");
    }

    @Test
    void decimalDefaultsWithTheColumnsScaleAndTimeLiterals() {
        Table t = load("""
                create table t (a time, b datetime, c decimal(10,4) default 0.001, d decimal(35,30) default '1.00000000001234567891234',
                  check (a >= TIME '12:00:00'), check (b > TIMESTAMP '2020-01-01 00:00:00'));
                """).table("t").orElseThrow();
        assertThat(t.column("c").orElseThrow().defaultValue().orElseThrow().sql()).isEqualTo("0.0010");
        assertThat(t.column("d").orElseThrow().defaultValue().orElseThrow().sql()).isEqualTo("1.000000000012345678912340000000");
        assertThat(t.checks()).extracting(io.atlas4j.schema.Check::expr)
                .containsExactlyInAnyOrder("`a` >= TIME'12:00:00'", "`b` > TIMESTAMP'2020-01-01 00:00:00'");
    }

    /** Typed literal defaults: information_schema keeps the value as a string, as the dev database showed for this table. */
    @Test
    void typedLiteralDefaultsAreTheirStrings() {
        Table t = load("""
                CREATE TABLE events (event_date date DEFAULT DATE '2024-01-01', event_time time DEFAULT TIME '12:00:00',
                  event_timestamp timestamp DEFAULT TIMESTAMP '2024-01-01 12:00:00');
                """).table("events").orElseThrow();
        assertThat(t.columns()).extracting(c -> c.defaultValue().orElseThrow().sql())
                .containsExactly("'2024-01-01'", "'12:00:00'", "'2024-01-01 12:00:00'");
    }
}

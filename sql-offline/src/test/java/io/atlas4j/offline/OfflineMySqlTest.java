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
        "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t",
        "CREATE PROCEDURE p() SELECT 1",
        "CREATE TABLE t (a int, b int AS (a * 2))",
        "CREATE TABLE t (a int DEFAULT (abs(-1)))",
        "CREATE TABLE t (a int, CHECK (abs(a) > 1))",
        "CREATE TABLE t (a int) PARTITION BY HASH (a) PARTITIONS 2",
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
}

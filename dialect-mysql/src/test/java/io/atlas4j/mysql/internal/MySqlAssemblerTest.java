package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.Partitioning;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.internal.MySqlRows.CheckRow;
import io.atlas4j.mysql.internal.MySqlRows.ColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.PartitionRow;
import io.atlas4j.mysql.internal.MySqlRows.TableRow;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.JsonType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Row mapping for both flavors; MySQL 8 rows are written from its documented catalog output, since no MySQL 8 server is available here. */
class MySqlAssemblerTest {
    private final MySqlAssembler maria = new MySqlAssembler(ServerInfo.MARIADB_10_11, new MySqlTypes());
    private final MySqlAssembler mysql = new MySqlAssembler(ServerInfo.MYSQL_8, new MySqlTypes());

    private static ColumnRow col(String name, String def, String type, String extra, String gen) {
        return new ColumnRow("t", name, 1, def, true, type, null, null, extra, "", gen);
    }

    @Test
    void mariaDbDefaultsAreQuotedLiteralsOrBareExpressions() {
        assertThat(maria.column(col("a", "'x''y'", "varchar(10)", "", null), false).defaultValue()).contains(new Literal("'x''y'"));
        assertThat(maria.column(col("b", "3", "int(11)", "", null), false).defaultValue()).contains(new Literal("3"));
        assertThat(maria.column(col("c", "NULL", "int(11)", "", null), false).defaultValue()).isEmpty();
        Column ts = maria.column(col("d", "current_timestamp(3)", "datetime(3)", "on update current_timestamp(3)", null), false);
        assertThat(ts.defaultValue()).contains(new RawExpr("current_timestamp(3)"));
        assertThat(ts.attrs().get(OnUpdate.class)).contains(new OnUpdate("current_timestamp(3)"));
        assertThat(maria.column(col("e", "(1 + 2)", "int(11)", "", null), false).defaultValue()).contains(new RawExpr("(1 + 2)"));
    }

    @Test
    void mysqlDefaultsAreUnquotedAndExpressionsMarkedDefaultGenerated() {
        assertThat(mysql.column(col("a", "x'y", "varchar(10)", "", null), false).defaultValue()).contains(new Literal("'x''y'"));
        assertThat(mysql.column(col("b", "3", "int", "", null), false).defaultValue()).contains(new Literal("3"));
        assertThat(mysql.column(col("c", "CURRENT_TIMESTAMP", "timestamp", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", null), false))
                .satisfies(c -> {
                    assertThat(c.defaultValue()).contains(new RawExpr("current_timestamp()"));
                    assertThat(c.attrs().get(OnUpdate.class)).contains(new OnUpdate("current_timestamp()"));
                });
        assertThat(mysql.column(col("d", "(`a` + 1)", "int", "DEFAULT_GENERATED", null), false).defaultValue())
                .contains(new RawExpr("((`a` + 1))"));
    }

    @Test
    void generatedAndAutoIncrementColumns() {
        Column g = maria.column(col("g", null, "int(11)", "STORED GENERATED", "`a` * 2"), false);
        assertThat(g.generated()).contains(new Generated("`a` * 2", true));
        assertThat(g.defaultValue()).isEmpty();
        assertThat(maria.column(col("v", null, "int(11)", "VIRTUAL GENERATED", "`a` + 1"), false).generated())
                .contains(new Generated("`a` + 1", false));
        assertThat(maria.column(col("id", null, "int(11)", "auto_increment", null), false).attrs().has(AutoIncrement.class)).isTrue();
    }

    @Test
    void mariaDbJsonAndColumnLevelChecks() {
        TableRow t = new TableRow("t", "BASE TABLE", "InnoDB", "Dynamic", "utf8mb4_general_ci", null, "", "");
        ColumnRow doc = new ColumnRow("t", "doc", 1, null, true, "longtext", "utf8mb4", "utf8mb4_bin", "", "", null);
        ColumnRow n = new ColumnRow("t", "n", 2, null, true, "int(11)", null, null, "", "", null);
        Table table = maria.table(t, List.of(doc, n), List.of(), List.of(), List.of(
                new CheckRow("t", "doc", "json_valid(`doc`)", "Column"),
                new CheckRow("t", "n", "`n` > 0", "Column"),
                new CheckRow("t", "CONSTRAINT_1", "`n` < 9", "Table")), List.of());
        assertThat(table.column("doc").orElseThrow().type()).isEqualTo(new JsonType("json"));
        assertThat(table.column("doc").orElseThrow().attrs().isEmpty()).isTrue();
        assertThat(table.column("n").orElseThrow().attrs().get(ColumnCheck.class)).contains(new ColumnCheck("`n` > 0"));
        assertThat(table.checks()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("CONSTRAINT_1"));
    }

    @Test
    void partitionClauseFromCatalogRows() {
        TableRow t = new TableRow("t", "BASE TABLE", "InnoDB", "Dynamic", "utf8mb4_general_ci", null, "partitioned", "");
        Table table = maria.table(t, List.of(), List.of(), List.of(), List.of(), List.of(
                new PartitionRow("t", "p0", "RANGE", "`y`", "2000", null, null, null),
                new PartitionRow("t", "pmax", "RANGE", "`y`", "MAXVALUE", null, null, null)));
        assertThat(table.attrs().get(Partitioning.class).map(Partitioning::clause))
                .isEqualTo(Optional.of("PARTITION BY RANGE (`y`) (PARTITION `p0` VALUES LESS THAN (2000), PARTITION `pmax` VALUES LESS THAN MAXVALUE)"));
    }

    @Test
    void utf8IsSpelledUtf8mb3() {
        assertThat(MySqlAssembler.collation("utf8_general_ci")).isEqualTo("utf8mb3_general_ci");
        assertThat(MySqlAssembler.charsetOf("utf8mb3_bin")).isEqualTo("utf8mb3");
        assertThat(MySqlAssembler.charset("UTF8")).isEqualTo("utf8mb3");
        assertThat(MySqlAssembler.unqualify("shop", "select `shop`.`t`.`a` AS `a` from `shop`.`t`")).isEqualTo("select `t`.`a` AS `a` from `t`");
    }

    @Test
    void eventsFromCatalogRows() {
        var implicitStart = new MySqlRows.EventRow("e", "DELETE FROM r", "RECURRING", null, "1", "DAY", "2026-01-02 03:04:05", null,
                "ENABLED", "NOT PRESERVE", "", true);
        assertThat(MySqlAssembler.event(implicitStart)).isEqualTo(
                new io.atlas4j.mysql.Event("e", "EVERY 1 DAY", "ENABLE", false, "", "DELETE FROM r", io.atlas4j.schema.Attrs.EMPTY));
        var window = new MySqlRows.EventRow("w", "BEGIN END", "RECURRING", null, "'1 4'", "DAY_HOUR", "2030-01-01 00:00:00",
                "2031-01-01 00:00:00", "SLAVESIDE_DISABLED", "PRESERVE", "c", false);
        assertThat(MySqlAssembler.event(window)).satisfies(e -> {
            assertThat(e.schedule()).isEqualTo("EVERY '1 4' DAY_HOUR STARTS '2030-01-01 00:00:00' ENDS '2031-01-01 00:00:00'");
            assertThat(e.status()).isEqualTo("DISABLE ON SLAVE");
            assertThat(e.preserve()).isTrue();
            assertThat(e.ends()).contains("'2031-01-01 00:00:00'");
        });
        var once = new MySqlRows.EventRow("o", "DO 1", "ONE TIME", "2035-01-01 00:00:00", null, null, null, null, "DISABLED",
                "NOT PRESERVE", "", false);
        assertThat(MySqlAssembler.event(once).schedule()).isEqualTo("AT '2035-01-01 00:00:00'");
        assertThat(MySqlAssembler.event(once).status()).isEqualTo("DISABLE");
    }

    /** The large catalog queries are not sorted in the server: columns, index parts and tables come out in order anyway. */
    @Test
    void rowsInAnyOrderAssembleInOrder() {
        TableRow b = new TableRow("b", "BASE TABLE", "InnoDB", "Dynamic", "utf8mb4_general_ci", null, "", "");
        TableRow a = new TableRow("A", "BASE TABLE", "InnoDB", "Dynamic", "utf8mb4_general_ci", null, "", "");
        List<ColumnRow> cols = List.of(new ColumnRow("b", "y", 2, null, true, "int(11)", null, null, "", "", null),
                new ColumnRow("A", "z", 1, null, true, "int(11)", null, null, "", "", null),
                new ColumnRow("b", "x", 1, null, true, "int(11)", null, null, "", "", null));
        List<MySqlRows.IndexRow> idx = List.of(new MySqlRows.IndexRow("b", "k", false, 2, "x", null, "A", "BTREE", "", null),
                new MySqlRows.IndexRow("b", "j", false, 1, "y", null, "A", "BTREE", "", null),
                new MySqlRows.IndexRow("b", "k", false, 1, "y", null, "A", "BTREE", "", null));
        var schema = maria.schema(new MySqlSchemaRows(new MySqlRows.SchemaRow("s", "utf8mb4", "utf8mb4_general_ci"), List.of(b, a), cols,
                idx, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                io.atlas4j.inspect.InspectOptions.defaults());
        assertThat(schema.tables()).extracting(Table::name).containsExactly("A", "b");
        Table t = schema.table("b").orElseThrow();
        assertThat(t.columns()).extracting(Column::name).containsExactly("x", "y");
        assertThat(t.indexes()).extracting(io.atlas4j.schema.Index::name).containsExactly("j", "k");
        assertThat(t.index("k").orElseThrow().columnNames()).contains(List.of("y", "x"));
    }
}

package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.ModifyTable;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.Types;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MySqlDiffHooksTest {
    private final MySqlDiffHooks hooks = new MySqlDiffHooks(ServerInfo.MARIADB_10_11, new MySqlTypes());

    private static Schema schema(Table... tables) {
        return Schema.empty("s").withTables(List.of(tables));
    }

    private static Table table(String name, Attrs attrs, Column... cols) {
        return new Table(name, List.of(cols), Optional.empty(), List.of(), List.of(), List.of(), attrs);
    }

    private static final Attrs INNODB = Attrs.of(new Engine("InnoDB"), new Collation("utf8mb4_general_ci"), new Charset("utf8mb4"));

    @Test
    void displayWidthsCountOnMariaDbButNotOnMySql8() {
        Table plain = table("t", INNODB, new Column("a", new IntegerType("bigint", false), true, Optional.empty(), Attrs.EMPTY));
        Table width = table("t", INNODB, new Column("a", new IntegerType("bigint", false), true, Optional.empty(),
                Attrs.of(new io.atlas4j.mysql.DisplayWidth(10))));
        Table defaultWidth = table("t", INNODB, new Column("a", new IntegerType("bigint", false), true, Optional.empty(),
                Attrs.of(new io.atlas4j.mysql.DisplayWidth(20))));
        assertThat(Differ.diff(schema(plain), schema(width), hooks, DiffOptions.defaults())).hasSize(1);
        assertThat(Differ.diff(schema(plain), schema(defaultWidth), hooks, DiffOptions.defaults())).isEmpty();
        MySqlDiffHooks mysql8 = new MySqlDiffHooks(ServerInfo.MYSQL_8, new MySqlTypes());
        assertThat(Differ.diff(schema(plain), schema(width), mysql8, DiffOptions.defaults())).isEmpty();
        MySqlDiffHooks mysql8018 = new MySqlDiffHooks(new ServerInfo(io.atlas4j.mysql.Flavor.MYSQL, 8, 0, 18, 0), new MySqlTypes());
        assertThat(Differ.diff(schema(plain), schema(width), mysql8018, DiffOptions.defaults())).hasSize(1);
    }

    @Test
    void javaBuiltSpellingsMatchInspectedOnes() {
        Table inspected = table("t", INNODB,
                new Column("a", new IntegerType("int", false), true, Optional.of(Exprs.of("5")), Attrs.EMPTY),
                new Column("b", new BoolType("bool"), false, Optional.of(Exprs.of("1")), Attrs.EMPTY),
                new Column("c", new StringType("varchar", 10), true, Optional.empty(),
                        Attrs.of(new Collation("utf8mb4_general_ci"), new Charset("utf8mb4"))),
                new Column("d", new StringType("varchar", 10), true, Optional.empty(),
                        Attrs.of(new Collation("utf8mb3_general_ci"), new Charset("utf8mb3"))));
        Table built = table("t", Attrs.EMPTY,
                new Column("a", Types.INTEGER, true, Optional.of(Exprs.of("'5'")), Attrs.EMPTY),
                new Column("b", Types.BOOLEAN, false, Optional.of(Exprs.of("TRUE")), Attrs.EMPTY),
                Column.of("c", Types.varchar(10)),
                new Column("d", Types.varchar(10), true, Optional.empty(), Attrs.of(new Collation("utf8_general_ci"))));
        assertThat(Differ.diff(schema(inspected), schema(built), hooks, DiffOptions.defaults())).isEmpty();
    }

    @Test
    void autoIncrementCounterCountsOnlyWhenDesiredNamesAStartAhead() {
        Table live = table("t", INNODB.with(new TableAutoIncrement(500)), Column.of("id", Types.INTEGER));
        assertThat(Differ.diff(schema(live), schema(table("t", INNODB, Column.of("id", Types.INTEGER))), hooks, DiffOptions.defaults())).isEmpty();
        assertThat(Differ.diff(schema(live), schema(table("t", INNODB.with(new TableAutoIncrement(100)), Column.of("id", Types.INTEGER))),
                hooks, DiffOptions.defaults())).isEmpty();
        assertThat(Differ.diff(schema(live), schema(table("t", INNODB.with(new TableAutoIncrement(1000)), Column.of("id", Types.INTEGER))),
                hooks, DiffOptions.defaults())).hasSize(1);
    }

    /**
     * The index InnoDB adds for a foreign key is the server's doing when the other side has none
     * (a schema built in Java); where both sides have one under different names, or the desired side
     * names it, the desired name wins: the server's catalog must end with it.
     */
    @Test
    void foreignKeyImpliedIndexesTakeTheDesiredName() {
        ForeignKey fk = new ForeignKey("fk_p", List.of("p_id"), QualifiedName.of("p"), List.of("id"), ReferenceAction.RESTRICT,
                ReferenceAction.RESTRICT, Attrs.EMPTY);
        Column p = Column.of("p_id", Types.INTEGER);
        Table viaAlter = table("c", INNODB, p).withForeignKeys(List.of(fk))
                .withIndexes(List.of(new Index("fk_p", false, List.of(IndexPart.column("p_id")), Attrs.EMPTY)));
        Table viaCreate = viaAlter.withIndexes(List.of(new Index("p_id", false, List.of(IndexPart.column("p_id")), Attrs.EMPTY)));
        Table javaBuilt = viaAlter.withIndexes(List.of());
        assertThat(Differ.diff(schema(viaCreate), schema(javaBuilt), hooks, DiffOptions.defaults())).isEmpty();
        assertThat(Differ.diff(schema(viaAlter), schema(viaCreate), hooks, DiffOptions.defaults())).singleElement()
                .satisfies(c -> assertThat(((ModifyTable) c).changes()).extracting(Object::toString).satisfiesExactly(
                        drop -> assertThat(drop).startsWith("DropIndex[index=Index[name=fk_p"),
                        add -> assertThat(add).startsWith("AddIndex[index=Index[name=p_id")));
        Table named = viaAlter.withIndexes(List.of(new Index("ix_p", false, List.of(IndexPart.column("p_id")), Attrs.EMPTY)));
        assertThat(Differ.diff(schema(viaAlter), schema(named), hooks, DiffOptions.defaults())).singleElement()
                .satisfies(c -> assertThat(((ModifyTable) c).changes()).extracting(Object::toString).satisfiesExactly(
                        drop -> assertThat(drop).startsWith("DropIndex[index=Index[name=fk_p"),
                        add -> assertThat(add).startsWith("AddIndex[index=Index[name=ix_p")));
    }

    @Test
    void generatedConstraintNamesAndCaseFolding() {
        Table t = table("orders", INNODB);
        assertThat(hooks.isGeneratedForeignKeyName(t, new ForeignKey("orders_ibfk_2", List.of("a"), QualifiedName.of("x"),
                List.of("id"), ReferenceAction.RESTRICT, ReferenceAction.RESTRICT, Attrs.EMPTY))).isTrue();
        assertThat(hooks.isGeneratedCheckName(t, new io.atlas4j.schema.Check("CONSTRAINT_1", "a > 0", Attrs.EMPTY))).isTrue();
        assertThat(hooks.isGeneratedCheckName(t, new io.atlas4j.schema.Check("orders_chk_1", "a > 0", Attrs.EMPTY))).isTrue();
        assertThat(hooks.isGeneratedCheckName(t, new io.atlas4j.schema.Check("chk_total", "a > 0", Attrs.EMPTY))).isFalse();
        assertThat(hooks.nameKey("Orders")).isEqualTo("Orders");
        MySqlDiffHooks folding = new MySqlDiffHooks(new ServerInfo(io.atlas4j.mysql.Flavor.MYSQL, 8, 0, 36, 1), new MySqlTypes());
        assertThat(folding.nameKey("Orders")).isEqualTo("orders");
    }

    @Test
    void changedTableCollationChangesInheritingColumns() {
        Column c = new Column("c", new StringType("varchar", 10), true, Optional.empty(),
                Attrs.of(new Collation("latin1_swedish_ci"), new Charset("latin1")));
        Table have = table("t", Attrs.of(new Engine("InnoDB"), new Collation("latin1_swedish_ci"), new Charset("latin1")), c);
        Table want = table("t", INNODB, c.withAttrs(Attrs.of(new Collation("utf8mb4_general_ci"), new Charset("utf8mb4"))));
        var changes = Differ.diff(schema(have), schema(want), hooks, DiffOptions.defaults());
        assertThat(changes).singleElement().isInstanceOfSatisfying(ModifyTable.class, m -> assertThat(m.changes())
                .hasSize(2).anySatisfy(tc -> assertThat(tc).isInstanceOf(io.atlas4j.change.ModifyColumn.class)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(quoteCharacter = '"', value = {"0,true", "-12,true", "+3.50,true", ".5,true", "1.,true", "1e3,true", "2.5E-7,true",
            "'1',false", ".,false", "e3,false", "1e,false", "1.2.3,false", "abc,false", "'',false", "\"1 \",false", "١,false"})
    void numbersAreRecognizedWithoutARegex(String text, boolean number) {
        assertThat(MySqlDiffHooks.isNumber(text)).isEqualTo(number);
        assertThat(text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")).isEqualTo(number);
    }
}

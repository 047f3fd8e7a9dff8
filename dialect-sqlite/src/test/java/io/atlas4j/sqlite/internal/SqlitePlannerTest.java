package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.Types;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqlitePlannerTest {
    private final Table t = Table.of("t", b -> b.column("id", Types.INTEGER, c -> c.notNull()).column("a", Types.TEXT)
            .column("b", Types.TEXT).primaryKey("id"));

    private static List<String> sql(Plan p) {
        return p.statements().stream().map(Statement::sql).toList();
    }

    private Plan plan(Table to, io.atlas4j.change.TableChange... changes) {
        return SqlitePlanner.INSTANCE.plan(List.of(new ModifyTable("main", t, to, List.of(changes))));
    }

    @Test
    void addsNullableColumnsWithAlterTable() {
        Column c = Column.of("c", Types.TEXT).withDefault(Optional.of(io.atlas4j.schema.Exprs.of("'x'")));
        Plan p = plan(t.withColumns(List.of(t.columns().get(0), t.columns().get(1), t.columns().get(2), c)), new AddColumn(c));
        assertThat(sql(p)).containsExactly("ALTER TABLE \"t\" ADD COLUMN \"c\" TEXT DEFAULT 'x'");
        assertThat(p.isReversible()).isTrue();
    }

    @Test
    void rebuildsForNotNullColumnsWithoutDefaultOrExpressionDefaults() {
        Column c = Column.of("c", Types.TEXT).withDefault(Optional.of(io.atlas4j.schema.Exprs.of("CURRENT_TIMESTAMP")));
        Plan p = plan(t.withColumns(List.of(t.columns().get(0), t.columns().get(1), t.columns().get(2), c)), new AddColumn(c));
        assertThat(sql(p).get(0)).startsWith("CREATE TABLE \"new_t\"");
        assertThat(sql(p)).contains("INSERT INTO \"new_t\" (\"id\", \"a\", \"b\") SELECT \"id\", \"a\", \"b\" FROM \"t\"", "DROP TABLE \"t\"",
                "ALTER TABLE \"new_t\" RENAME TO \"t\"");
        assertThat(p.statements()).allMatch(s -> s.source() instanceof ModifyTable);
    }

    @Test
    void dropsAndRenamesColumnsWithAlterTableWhenNothingReadsThem() {
        Table to = t.withColumns(List.of(t.columns().get(0), t.columns().get(1).withName("a2")));
        Plan p = plan(to, new DropColumn(t.columns().get(2)), new RenameColumn(t.columns().get(1), t.columns().get(1).withName("a2")));
        assertThat(sql(p)).containsExactly("ALTER TABLE \"t\" RENAME COLUMN \"a\" TO \"a2\"", "ALTER TABLE \"t\" DROP COLUMN \"b\"");
        assertThat(p.destructive()).isNotEmpty();
    }

    @Test
    void rebuildsToDropAColumnOfAUniqueConstraint() {
        Index unique = new Index("", true, List.of(IndexPart.column("b")), Attrs.of(new SqliteUniqueConstraint()));
        Table from = t.withIndexes(List.of(unique));
        Table to = t.withColumns(t.columns().subList(0, 2));
        Plan p = SqlitePlanner.INSTANCE.plan(List.of(new ModifyTable("main", from, to, List.of(new DropColumn(t.columns().get(2))))));
        assertThat(sql(p).get(0)).startsWith("CREATE TABLE \"new_t\"");
    }

    @Test
    void createsIndexesInPlaceButUniqueConstraintsByRebuild() {
        Index plain = new Index("t_a", false, List.of(IndexPart.column("a")), Attrs.EMPTY);
        assertThat(sql(plan(t.withIndexes(List.of(plain)), new AddIndex(plain)))).containsExactly("CREATE INDEX \"t_a\" ON \"t\" (\"a\")");
        Index unique = new Index("", true, List.of(IndexPart.column("a")), Attrs.of(new SqliteUniqueConstraint()));
        assertThat(sql(plan(t.withIndexes(List.of(unique)), new AddIndex(unique))).get(0)).contains("UNIQUE (\"a\")");
    }

    @Test
    void refusesWhatSqliteCannotExpress() {
        List<Change> schema = List.of(new AddSchema(Schema.empty("other")));
        assertThatThrownBy(() -> SqlitePlanner.INSTANCE.plan(schema)).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("single schema");
        SchemaObject sequence = new SchemaObject() {
            public String kind() {
                return "sequence";
            }

            public String name() {
                return "s";
            }

            public Attrs attrs() {
                return Attrs.EMPTY;
            }
        };
        assertThatThrownBy(() -> SqlitePlanner.INSTANCE.plan(List.of(new AddObject("main", sequence))))
                .isInstanceOf(UnsupportedChangeException.class).hasMessageContaining("remove it");
    }
}

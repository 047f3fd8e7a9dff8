package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyAttr;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgPartitionKey;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.UuidType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgPlannerTest {
    private final PgPlanner planner = new PgPlanner();
    private final Table t = Table.of("t", b -> b.column("id", new IntegerType("integer")));

    private static PgEnum mood(String... values) {
        return new PgEnum("mood", List.of(values), Attrs.EMPTY);
    }

    @Test
    void enumAddValueRunsOutsideTheTransaction() {
        Plan p = planner.plan(List.of(new ModifyObject("public", mood("a", "c"), mood("a", "b", "c"))));
        assertThat(p.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("ALTER TYPE mood ADD VALUE 'b' BEFORE 'c'");
            assertThat(s.transactional()).isFalse();
        });
    }

    @Test
    void enumLabelRemovalIsUnsupportedWithRemedy() {
        assertThatThrownBy(() -> planner.plan(List.of(new ModifyObject("public", mood("a", "b"), mood("a")))))
                .isInstanceOf(UnsupportedChangeException.class).hasMessageContaining("mood").hasMessageContaining("USING");
    }

    @Test
    void partitionKeyChangeIsUnsupportedWithRemedy() {
        Table from = t.withAttrs(Attrs.of(new PgPartitionKey("RANGE (id)")));
        Table to = t.withAttrs(Attrs.of(new PgPartitionKey("HASH (id)")));
        Change c = new ModifyTable("public", from, to, List.of(new ModifyAttr(new PgPartitionKey("RANGE (id)"), new PgPartitionKey("HASH (id)"))));
        assertThatThrownBy(() -> planner.plan(List.of(c))).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("t").hasMessageContaining("copy the rows");
    }

    @Test
    void concurrentIndexesRunAloneAndLockTimeoutComesFirst() {
        Index i = new Index("t_id_idx", false, List.of(IndexPart.column("id")), Attrs.EMPTY);
        Change c = new ModifyTable("public", t, t.withIndexes(List.of(i)), List.of(new AddIndex(i)));
        Plan p = planner.plan(List.of(c), PlanOptions.defaults().withConcurrentIndexes(true).withLockTimeout(Duration.ofSeconds(2)));
        assertThat(p.statements()).extracting(Statement::sql)
                .containsExactly("SET lock_timeout = '2000ms'", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id)");
        assertThat(p.statements().get(1).transactional()).isFalse();
        assertThat(p.statements().get(1).reverse()).containsExactly("DROP INDEX CONCURRENTLY t_id_idx");
    }

    @Test
    void typeChangeWithoutImplicitCastGetsUsing() {
        Column from = Column.of("id", new StringType("text"));
        Column to = Column.of("id", new UuidType("uuid"));
        Change c = new ModifyTable("public", t, t, List.of(new ModifyColumn(from, to, Set.of(ColumnAspect.TYPE))));
        assertThat(planner.plan(List.of(c)).statements().get(0).sql()).isEqualTo("ALTER TABLE t\n  ALTER COLUMN id TYPE uuid USING id::uuid");
        Column big = Column.of("id", new IntegerType("bigint"));
        Change widen = new ModifyTable("public", t, t, List.of(new ModifyColumn(Column.of("id", new IntegerType("integer")), big, Set.of(ColumnAspect.TYPE))));
        assertThat(planner.plan(List.of(widen)).statements().get(0).sql()).isEqualTo("ALTER TABLE t\n  ALTER COLUMN id TYPE bigint");
    }

    @Test
    void unloggedToggle() {
        Change c = new ModifyTable("public", t, t.withAttrs(Attrs.of(new io.atlas4j.postgres.PgUnlogged())),
                List.of(new AddAttr(new io.atlas4j.postgres.PgUnlogged())));
        assertThat(planner.plan(List.of(c)).statements()).extracting(Statement::sql).containsExactly("ALTER TABLE t SET UNLOGGED");
    }
}

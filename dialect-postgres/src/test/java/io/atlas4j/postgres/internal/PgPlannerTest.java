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

    @Test
    void aCommentOnlyChangeOfAConstraintIsACommentNotARecreation() {
        io.atlas4j.schema.Check was = new io.atlas4j.schema.Check("pos", "id > 0", Attrs.EMPTY);
        io.atlas4j.schema.Check now = new io.atlas4j.schema.Check("pos", "id > 0", Attrs.of(new io.atlas4j.schema.Comment("why")));
        Change c = new ModifyTable("public", t.withChecks(List.of(was)), t.withChecks(List.of(now)),
                List.of(new io.atlas4j.change.ModifyCheck(was, now)));
        assertThat(planner.plan(List.of(c)).statements()).extracting(Statement::sql)
                .containsExactly("COMMENT ON CONSTRAINT pos ON t IS 'why'");
        Change back = new ModifyTable("public", t.withChecks(List.of(now)), t.withChecks(List.of(was)),
                List.of(new io.atlas4j.change.ModifyCheck(now, was)));
        assertThat(planner.plan(List.of(back)).statements()).extracting(Statement::sql)
                .containsExactly("COMMENT ON CONSTRAINT pos ON t IS NULL");
    }

    @Test
    void aRecreatedConstraintGetsItsCommentBack() {
        io.atlas4j.schema.Check was = new io.atlas4j.schema.Check("pos", "id > 0", Attrs.of(new io.atlas4j.schema.Comment("why")));
        io.atlas4j.schema.Check now = new io.atlas4j.schema.Check("pos", "id > 1", Attrs.of(new io.atlas4j.schema.Comment("why")));
        Change c = new ModifyTable("public", t.withChecks(List.of(was)), t.withChecks(List.of(now)),
                List.of(new io.atlas4j.change.ModifyCheck(was, now)));
        assertThat(planner.plan(List.of(c)).statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE t\n  DROP CONSTRAINT pos,\n  ADD CONSTRAINT pos CHECK (id > 1)", "COMMENT ON CONSTRAINT pos ON t IS 'why'");
    }

    @Test
    void storageParametersChangeInPlace() {
        Index was = new Index("t_id_idx", false, List.of(IndexPart.column("id")),
                Attrs.of(new io.atlas4j.postgres.PgStorageParameters(List.of("fillfactor=50", "deduplicate_items=off"))));
        Index now = was.withAttrs(Attrs.of(new io.atlas4j.postgres.PgStorageParameters(List.of("fillfactor=70"))));
        Change c = new ModifyTable("public", t.withIndexes(List.of(was)), t.withIndexes(List.of(now)),
                List.of(new io.atlas4j.change.ModifyIndex(was, now)));
        assertThat(planner.plan(List.of(c)).statements()).extracting(Statement::sql)
                .containsExactly("ALTER INDEX t_id_idx RESET (deduplicate_items)", "ALTER INDEX t_id_idx SET (fillfactor=70)");
        Change create = new ModifyTable("public", t, t.withIndexes(List.of(now)), List.of(new AddIndex(now)));
        assertThat(planner.plan(List.of(create)).statements()).extracting(Statement::sql)
                .containsExactly("CREATE INDEX t_id_idx ON t (id) WITH (fillfactor=70)");
    }

    @Test
    void storageParametersCompareWithoutOrder() {
        assertThat(new io.atlas4j.postgres.PgStorageParameters(List.of("a=1", "b=2")))
                .isEqualTo(new io.atlas4j.postgres.PgStorageParameters(List.of("b=2", "a=1")))
                .isNotEqualTo(new io.atlas4j.postgres.PgStorageParameters(List.of("a=1", "b=3")));
    }

    @Test
    void dropsFollowTheRecordedDependencies() {
        io.atlas4j.postgres.PgDomain base = new io.atlas4j.postgres.PgDomain("a_base", "integer", false, java.util.Optional.empty(),
                List.of(), Attrs.EMPTY);
        io.atlas4j.postgres.PgDomain small = new io.atlas4j.postgres.PgDomain("z_small", "a_base", false, java.util.Optional.empty(),
                List.of(), Attrs.of(io.atlas4j.schema.DependsOn.of(io.atlas4j.schema.QualifiedName.of("a_base"))));
        List<Change> drops = List.of(new io.atlas4j.change.DropObject("public", base), new io.atlas4j.change.DropObject("public", small));
        assertThat(planner.plan(drops).statements()).extracting(Statement::sql)
                .containsExactly("DROP DOMAIN z_small", "DROP DOMAIN a_base");
        List<Change> creates = List.of(new io.atlas4j.change.AddObject("public", small), new io.atlas4j.change.AddObject("public", base));
        assertThat(planner.plan(creates).statements()).extracting(Statement::sql)
                .containsExactly("CREATE DOMAIN a_base AS integer", "CREATE DOMAIN z_small AS a_base");
    }

    @Test
    void aViewGoesBeforeTheRoutineItCalls() {
        Table film = Table.of("film", b -> b.column("id", new IntegerType("integer")));
        io.atlas4j.postgres.PgFunction f = new io.atlas4j.postgres.PgFunction("films()", "function", "SETOF film",
                "CREATE OR REPLACE FUNCTION films()\n RETURNS SETOF film\n LANGUAGE sql\nAS $function$SELECT * FROM film$function$",
                Attrs.of(io.atlas4j.schema.DependsOn.of(io.atlas4j.schema.QualifiedName.of("film"))));
        io.atlas4j.schema.View v = new io.atlas4j.schema.View("v", "SELECT id FROM films()",
                List.of(io.atlas4j.schema.QualifiedName.of("films()"), io.atlas4j.schema.QualifiedName.of("film")), Attrs.EMPTY);
        List<Change> drops = List.of(new io.atlas4j.change.DropTable("public", film), new io.atlas4j.change.DropObject("public", f),
                new io.atlas4j.change.DropView("public", v));
        assertThat(planner.plan(drops).statements()).extracting(Statement::sql)
                .containsExactly("DROP VIEW v", "DROP FUNCTION films()", "DROP TABLE film");
    }

    @Test
    void columnRenamesInExpressions() {
        java.util.Map<String, String> r = java.util.Map.of("age", "years", "Odd", "even");
        assertThat(PgColumnRenames.expr("(age >= 0) AND (note <> 'age')", r)).isEqualTo("(years >= 0) AND (note <> 'age')");
        assertThat(PgColumnRenames.expr("age(created) > '1 year'::interval AND t.age > 0", r))
                .as("a function and another relation's column are not this column").isEqualTo("age(created) > '1 year'::interval AND t.age > 0");
        assertThat(PgColumnRenames.expr("\"Odd\" > 1", r)).isEqualTo("even > 1");
    }
}

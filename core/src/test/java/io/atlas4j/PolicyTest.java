package io.atlas4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTest {
    static Table table(String name) {
        return Table.of(name, t -> t.column("id", new IntegerType("integer")).column("note", new IntegerType("integer")));
    }

    static Change dropColumn(String table, String column) {
        Table t = table(table);
        return new ModifyTable("main", t, t, List.of(new DropColumn(t.column(column).orElseThrow())));
    }

    @Test
    void destructiveChangesAreRefusedByDefault() {
        List<Change> changes = List.of(new DropTable("main", table("users")), dropColumn("orders", "note"));
        assertThat(Policy.defaults().check(changes)).extracting(PolicyViolation::reason).containsExactly(
                "drop table users (destructive changes are not allowed)", "drop column orders.note (destructive changes are not allowed)");
        assertThat(Policy.defaults().allowDestructive().check(changes)).isEmpty();
        Change add = new ModifyTable("main", table("users"), table("users"),
                List.of(new AddColumn(Column.of("x", new IntegerType("integer")))));
        assertThat(Policy.defaults().check(List.of(add))).isEmpty();
    }

    @Test
    void narrowingTypeChangesAreRefusedUnlessAllowed() {
        Table t = table("prices");
        Column from = t.column("note").orElseThrow();
        Change narrow = new ModifyTable("main", t, t, List.of(new io.atlas4j.change.ModifyColumn(from,
                from.withType(new IntegerType("smallint")), java.util.Set.of(io.atlas4j.change.ColumnAspect.TYPE))));
        assertThat(Policy.defaults().check(List.of(narrow))).extracting(PolicyViolation::reason).containsExactly(
                "narrow the type of column prices.note (destructive changes are not allowed)");
        assertThat(Policy.defaults().allowDestructive().check(List.of(narrow))).isEmpty();
    }

    @Test
    void neverDropWinsOverAllowDestructive() {
        Policy p = Policy.defaults().allowDestructive().neverDrop("users", "audit_*");
        List<Change> changes = List.of(new DropTable("main", table("users")), new DropTable("main", table("AUDIT_2024")),
                new DropTable("main", table("orders")), dropColumn("users", "note"));
        assertThat(p.check(changes)).extracting(PolicyViolation::object).containsExactly("users", "AUDIT_2024");
        assertThatThrownBy(() -> p.enforce(changes)).isInstanceOf(DestructiveChangeException.class)
                .hasMessageContaining("drop table users (policy: never drop users)");
    }

    @Test
    void dropsAllowedOnlyForMatchingObjects() {
        Policy p = Policy.defaults().allowDrops("tmp_*", "users.legacy_?");
        assertThat(p.check(List.of(new DropTable("main", table("tmp_import")), dropColumn("tmp_import", "note")))).isEmpty();
        Table users = Table.of("users", t -> t.column("legacy_a", new IntegerType("integer")).column("email", new IntegerType("integer")));
        assertThat(p.check(List.of(new ModifyTable("main", users, users, List.of(new DropColumn(users.columns().get(0))))))).isEmpty();
        assertThat(p.check(List.of(new ModifyTable("main", users, users, List.of(new DropColumn(users.columns().get(1)))))))
                .extracting(PolicyViolation::object).containsExactly("users.email");
        assertThat(p.check(List.of(new DropTable("main", table("users"))))).hasSize(1);
    }

    @Test
    void skippedKindsAndConcurrentIndexesFeedDiffAndPlanOptions() {
        Policy p = Policy.defaults().skip(DropTable.class, DropIndex.class).concurrentIndexes(true);
        assertThat(p.check(List.of(new DropTable("main", table("users"))))).isEmpty();
        DiffOptions d = p.diffOptions(DiffOptions.defaults().renameTable("a", "b"));
        assertThat(d.skip()).containsExactlyInAnyOrder(DropTable.class, DropIndex.class);
        assertThat(d.renamedTableFrom("b")).contains("a");
        assertThat(p.planOptions(PlanOptions.defaults()).concurrentIndexes()).isTrue();
        assertThat(Policy.defaults().planOptions(PlanOptions.defaults()).concurrentIndexes()).isFalse();
    }
}

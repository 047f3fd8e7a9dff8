package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanAssertTest {
    static final Table USERS = Table.of("users", t -> t.column("id", new IntegerType("integer")).column("name", new StringType("text")));
    static final Change DROP = new DropTable("public", USERS);
    static final AddColumn ADD_AGE = new AddColumn(Column.of("age", new IntegerType("integer")));
    static final Change ADD = new ModifyTable("public", USERS, USERS, List.of(ADD_AGE));
    static final AddIndex INDEX = new AddIndex(new Index("users_name", false, List.of(IndexPart.column("name")), Attrs.EMPTY));
    static final Change ADD_INDEX = new ModifyTable("public", USERS, USERS, List.of(INDEX));

    static final Plan SAFE = new Plan(List.of(Statement.of("ALTER TABLE users ADD COLUMN age integer", "add column age", ADD)), true);
    static final Plan DESTRUCTIVE = new Plan(List.of(Statement.of("DROP TABLE users", "drop table users", DROP),
            Statement.of("ALTER TABLE users ADD COLUMN age integer", "", ADD)), true);
    static final Plan INDEXED = new Plan(List.of(Statement.of("CREATE INDEX users_name ON users (name)", "", INDEX)), true);

    @Test
    void destructiveChanges() {
        assertThat(SAFE).hasNoDestructiveChanges().hasStatementCount(1).containsStatementMatching("ADD COLUMN age");
        assertThatThrownBy(() -> assertThat(DESTRUCTIVE).hasNoDestructiveChanges())
                .hasMessageContaining("Expected no destructive changes, but the plan has 1:\n  DROP TABLE users  -- drop table users");
    }

    @Test
    void emptyPlans() {
        assertThat(Plan.empty()).isEmpty();
        assertThatThrownBy(() -> assertThat(SAFE).isEmpty())
                .hasMessageContaining("Expected an empty plan, but it has 1 statement(s):\n  -- add column age\n  ALTER TABLE users ADD COLUMN age integer;");
    }

    @Test
    void lintAsATest() {
        assertThat(SAFE).passesLint(LintConfig.defaults());
        assertThatThrownBy(() -> assertThat(DESTRUCTIVE).passesLint(LintConfig.defaults()))
                .hasMessageContaining("Expected the plan to pass lint at WARNING, but it has 1 finding(s):\n  ERROR DS102 users: drops table \"users\" and all its rows");
        assertThat(DESTRUCTIVE).passesLint(LintConfig.defaults().off("DS102"));
        // a table-level source cited alone is linted in an unnamed table
        assertThatThrownBy(() -> assertThat(INDEXED).forDialect("postgres").passesLint(LintConfig.defaults()))
                .hasMessageContaining("LK101 ?: builds an index on \"?\" without CONCURRENTLY");
        ApprovedPlan approved = new ApprovedPlan("x", List.of(ADD_INDEX), INDEXED, LintReport.empty(), List.of());
        assertThatThrownBy(() -> assertThat(approved).forDialect("postgres").passesLint(LintConfig.defaults()))
                .hasMessageContaining("WARNING LK101 users: builds an index on \"users\" without CONCURRENTLY");
        assertThat(approved).forDialect("mysql").passesLint(LintConfig.defaults());
    }

    @Test
    void goldenFiles(@TempDir Path dir) throws Exception {
        Path golden = dir.resolve("plans/add-age.sql");
        assertThatThrownBy(() -> assertThat(SAFE).matchesGolden(golden))
                .hasMessageContaining("does not exist; run with -Datlas4j.golden.update=true to write it");
        System.setProperty(PlanAssert.UPDATE_PROPERTY, "true");
        try {
            assertThat(SAFE).matchesGolden(golden);
        } finally {
            System.clearProperty(PlanAssert.UPDATE_PROPERTY);
        }
        org.assertj.core.api.Assertions.assertThat(Files.readString(golden)).isEqualTo("-- add column age\nALTER TABLE users ADD COLUMN age integer;\n");
        assertThat(SAFE).matchesGolden(golden);
        assertThatThrownBy(() -> assertThat(DESTRUCTIVE).matchesGolden(golden))
                .hasMessageContaining("line 1 differs:\n  expected: -- add column age\n  actual:   -- drop table users")
                .hasMessageContaining("-Datlas4j.golden.update=true to accept it");
    }
}

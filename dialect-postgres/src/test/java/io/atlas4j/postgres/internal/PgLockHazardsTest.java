package io.atlas4j.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each PostgreSQL lock-hazard code: changes that trigger it, and close ones that do not. */
class PgLockHazardsTest {
    static final Table USERS = Table.of("users", t -> t
            .column("id", new IntegerType("integer"), c -> c.notNull())
            .column("email", new StringType("varchar", 255))
            .column("name", new StringType("text"))
            .primaryKey("id"));
    static final Column EMAIL = USERS.column("email").orElseThrow();
    static final Column NAME = USERS.column("name").orElseThrow();
    static final ForeignKey FK = new ForeignKey("fk_org", List.of("org_id"), QualifiedName.of("orgs"), List.of("id"),
            ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION, Attrs.EMPTY);
    static final Index BY_NAME = new Index("users_name", false, List.of(IndexPart.column("name")), Attrs.EMPTY);

    static Change modify(TableChange... changes) {
        return new ModifyTable("public", USERS, USERS, List.of(changes));
    }

    static ModifyColumn change(Column from, Column to, ColumnAspect aspect) {
        return new ModifyColumn(from, to, EnumSet.of(aspect));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("LK101", List.of(modify(new AddIndex(BY_NAME))), List.of(new AddTable("public", USERS.withIndexes(List.of(BY_NAME))))),
                Arguments.of("LK102", List.of(modify(change(EMAIL, EMAIL.withType(new IntegerType("bigint")), ColumnAspect.TYPE))),
                        List.of(modify(change(EMAIL, EMAIL.withType(new StringType("varchar", 500)), ColumnAspect.TYPE)),
                                modify(change(EMAIL, EMAIL.withType(new StringType("text")), ColumnAspect.TYPE)))),
                Arguments.of("LK103", List.of(modify(new AddColumn(Column.of("token", new StringType("uuid")).withDefault(Optional.of(new RawExpr("gen_random_uuid()")))))),
                        List.of(modify(new AddColumn(Column.of("created", new StringType("text")).withDefault(Optional.of(new RawExpr("now()"))))))),
                Arguments.of("LK104", List.of(modify(change(NAME, NAME.withNullable(false), ColumnAspect.NULLABILITY))),
                        List.of(modify(change(NAME, NAME.withDefault(Optional.of(new RawExpr("'x'"))), ColumnAspect.DEFAULT)))),
                Arguments.of("LK105", List.of(modify(new AddForeignKey(FK)), modify(new AddCheck(new Check("c", "id > 0", Attrs.EMPTY)))),
                        List.of(modify(new DropForeignKey(FK)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggersAndDoesNotTrigger(String code, List<Change> triggering, List<Change> quiet) {
        Linter linter = Linter.defaults().with(PostgresDialect.create().lint().analyzers());
        assertThat(linter.lint(triggering, LintContext.of("postgres")).withCode(code)).as("triggering").hasSize(triggering.size());
        assertThat(linter.lint(quiet, LintContext.of("postgres")).withCode(code)).as("not triggering").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void concurrentIndexesSilenceOnlyLk101(String code, List<Change> triggering, List<Change> quiet) {
        LintContext concurrent = LintContext.of("postgres").withPlanOptions(PlanOptions.defaults().withConcurrentIndexes(true));
        Linter linter = Linter.defaults().with(PostgresDialect.create().lint().analyzers());
        assertThat(linter.lint(triggering, concurrent).withCode(code)).hasSize(code.equals("LK101") ? 0 : triggering.size());
    }
}

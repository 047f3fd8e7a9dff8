package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each MySQL/MariaDB lock-hazard code: changes that trigger it, and close ones that do not. */
class MySqlLockHazardsTest {
    static final Table USERS = Table.of("users", t -> t
            .column("id", new IntegerType("int"), c -> c.notNull())
            .column("email", new StringType("varchar", 100))
            .primaryKey("id"));
    static final Column EMAIL = USERS.column("email").orElseThrow();

    static Change modify(TableChange... changes) {
        return new ModifyTable("shop", USERS, USERS, List.of(changes));
    }

    static ModifyColumn retype(Column from, Column to) {
        return new ModifyColumn(from, to, EnumSet.of(ColumnAspect.TYPE));
    }

    static Stream<Arguments> cases() {
        Check check = new Check("c", "id > 0", Attrs.EMPTY);
        return Stream.of(
                Arguments.of("LK102", List.of(modify(retype(EMAIL, EMAIL.withType(new StringType("varchar", 300)))),
                                modify(retype(EMAIL, EMAIL.withType(new IntegerType("bigint"))))),
                        List.of(modify(retype(EMAIL, EMAIL.withType(new StringType("varchar", 200)))))),
                Arguments.of("LK103", List.of(modify(new AddColumn(Column.of("token", new StringType("char", 36)).withDefault(Optional.of(new RawExpr("uuid()")))))),
                        List.of(modify(new AddColumn(Column.of("n", new IntegerType("int")).withDefault(Optional.of(new RawExpr("0"))))))),
                Arguments.of("LK105", List.of(modify(new AddCheck(check))), List.of(new AddTable("shop", USERS.withName("orgs").withChecks(List.of(check))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggersAndDoesNotTrigger(String code, List<Change> triggering, List<Change> quiet) {
        Linter linter = Linter.defaults().with(MySqlDialect.create().lint().analyzers());
        assertThat(linter.lint(triggering, LintContext.of("mysql")).withCode(code)).as("triggering").hasSize(triggering.size());
        assertThat(linter.lint(quiet, LintContext.of("mysql")).withCode(code)).as("not triggering").isEmpty();
    }

    @Test
    void indexBuildsAreOnlineHereSoNoLk101() {
        Index byEmail = new Index("users_email", false, List.of(IndexPart.column("email")), Attrs.EMPTY);
        Linter linter = Linter.defaults().with(MySqlDialect.create().lint().analyzers());
        assertThat(linter.lint(List.of(modify(new AddIndex(byEmail))), LintContext.of("mysql")).withCode("LK101")).isEmpty();
    }
}

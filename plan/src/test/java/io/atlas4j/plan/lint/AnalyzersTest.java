package io.atlas4j.plan.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
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

/** Each analyzer code: one change that triggers it and one close to it that does not. */
class AnalyzersTest {
    static final Table USERS = Table.of("users", t -> t
            .column("id", new IntegerType("integer"), c -> c.notNull())
            .column("email", new StringType("varchar", 255))
            .column("name", new StringType("text"))
            .primaryKey("id"));

    static final Column EMAIL = USERS.column("email").orElseThrow();
    static final Column NAME = USERS.column("name").orElseThrow();

    static Change modify(TableChange... changes) {
        return new ModifyTable("public", USERS, USERS, List.of(changes));
    }

    static Index unique(String name, String... cols) {
        return new Index(name, true, Stream.of(cols).map(IndexPart::column).toList(), Attrs.EMPTY);
    }

    static Index plain(String name, String... cols) {
        return new Index(name, false, Stream.of(cols).map(IndexPart::column).toList(), Attrs.EMPTY);
    }

    static ForeignKey fk() {
        return new ForeignKey("fk_org", List.of("org_id"), QualifiedName.of("orgs"), List.of("id"),
                ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION, Attrs.EMPTY);
    }

    static ModifyColumn change(Column from, Column to, ColumnAspect... aspects) {
        return new ModifyColumn(from, to, EnumSet.copyOf(List.of(aspects)));
    }

    static Stream<Arguments> cases() {
        Column notNullNoDefault = Column.of("age", new IntegerType("integer")).withNullable(false);
        return Stream.of(
                // code, dialect, triggering changes, non-triggering changes
                Arguments.of("DS101", "postgres", List.of(new DropSchema(Schema.empty("old"))), List.of(modify(new AddColumn(Column.of("x", new IntegerType("int")))))),
                Arguments.of("DS102", "postgres", List.of(new DropTable("public", USERS)), List.of(new AddTable("public", USERS))),
                Arguments.of("DS103", "postgres", List.of(modify(new DropColumn(EMAIL))), List.of(modify(new RenameColumn(EMAIL, EMAIL.withName("mail"))))),
                Arguments.of("MF101", "postgres", List.of(modify(new AddIndex(unique("users_email", "email")))), List.of(modify(new AddIndex(plain("users_email", "email"))))),
                Arguments.of("MF102", "postgres", List.of(modify(new AddColumn(notNullNoDefault))),
                        List.of(modify(new AddColumn(notNullNoDefault.withDefault(Optional.of(new RawExpr("0")))))) ),
                Arguments.of("MF103", "postgres", List.of(modify(change(EMAIL, EMAIL.withNullable(false), ColumnAspect.NULLABILITY))),
                        List.of(modify(change(EMAIL.withNullable(false), EMAIL, ColumnAspect.NULLABILITY)))),
                Arguments.of("MF104", "postgres", List.of(modify(change(EMAIL, EMAIL.withType(new StringType("varchar", 50)), ColumnAspect.TYPE))),
                        List.of(modify(change(EMAIL, EMAIL.withType(new StringType("varchar", 500)), ColumnAspect.TYPE)))),
                Arguments.of("BC101", "postgres", List.of(new RenameTable("public", USERS, USERS.withName("people"))), List.of(new AddTable("public", USERS.withName("people")))),
                Arguments.of("BC102", "postgres", List.of(modify(new RenameColumn(EMAIL, EMAIL.withName("mail")))), List.of(modify(new AddColumn(EMAIL.withName("mail"))))),
                Arguments.of("CD101", "postgres", List.of(modify(new DropForeignKey(fk()))), List.of(modify(new AddColumn(Column.of("org_id", new IntegerType("int")))))),
                Arguments.of("RN101", "sqlite", List.of(modify(new DropColumn(EMAIL), new AddColumn(EMAIL.withName("email_address")))),
                        List.of(modify(new DropColumn(EMAIL), new AddColumn(EMAIL.withName("age").withType(new IntegerType("integer")))))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void triggersAndDoesNotTrigger(String code, String dialect, List<Change> triggering, List<Change> quiet) {
        LintContext ctx = LintContext.of(dialect);
        assertThat(Linter.defaults().lint(triggering, ctx).withCode(code)).as("triggering").hasSize(1);
        assertThat(Linter.defaults().lint(quiet, ctx).withCode(code)).as("not triggering").isEmpty();
    }

    @Test
    void lockHazardsComeFromTheDialectNotFromTheGenericLinter() {
        List<Change> index = List.of(modify(new AddIndex(plain("users_name", "name"))),
                modify(change(EMAIL, EMAIL.withType(new IntegerType("bigint")), ColumnAspect.TYPE)));
        assertThat(Linter.defaults().lint(index, LintContext.of("postgres")).diagnostics())
                .noneMatch(d -> d.code().startsWith("LK"));
    }

    @Test
    void changesToTablesCreatedInTheSamePlanHoldNoData() {
        Table fresh = USERS.withName("fresh");
        List<Change> changes = List.of(new AddTable("public", fresh),
                new ModifyTable("public", fresh, fresh, List.of(new AddIndex(unique("u", "email")), new AddForeignKey(fk()))));
        assertThat(Linter.defaults().lint(changes, LintContext.of("postgres")).diagnostics()).isEmpty();
    }

    @Test
    void withoutAConnectionDataChecksWarnAndSayWhatMayFail() {
        LintReport r = Linter.defaults().lint(List.of(modify(change(EMAIL, EMAIL.withNullable(false), ColumnAspect.NULLABILITY))),
                LintContext.of("sqlite"));
        Diagnostic d = r.withCode("MF103").get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.affectedRows()).isEmpty();
        assertThat(d.toString()).isEqualTo("WARNING MF103 users.email: sets NOT NULL on \"email\": fails if existing rows hold NULL");
    }

    @Test
    void configOverridesSeverityAndTurnsCodesOff() {
        List<Change> changes = List.of(new DropTable("public", USERS), modify(new RenameColumn(EMAIL, EMAIL.withName("mail"))));
        LintReport defaults = Linter.defaults().lint(changes, LintContext.of("postgres"));
        assertThat(defaults.hasAtLeast(Severity.ERROR)).isTrue();
        LintConfig config = LintConfig.defaults().severity("DS102", Severity.INFO).off("BC");
        LintReport tuned = Linter.defaults().lint(changes, LintContext.of("postgres"), config);
        assertThat(tuned.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DS102", Severity.INFO));
        assertThat(tuned.hasAtLeast(Severity.WARNING)).isFalse();
        assertThat(config.severity("BC102", Severity.ERROR).effective("BC102", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(config.effective("BC101", Severity.WARNING)).isEmpty();
    }

    @Test
    void lintExceptionListsTheFindingsItFailsOn() {
        LintReport r = Linter.defaults().lint(List.of(new DropTable("public", USERS)), LintContext.of("postgres"));
        LintException e = new LintException(r, Severity.ERROR);
        assertThat(e.getMessage()).contains("ERROR DS102 users: drops table \"users\" and all its rows");
        assertThat(e.errorCode()).isEqualTo(io.atlas4j.error.AtlasErrorCode.LINT);
    }

    @Test
    void renameSuggestionsForTablesAndColumns() {
        List<RenameSuggestion> s = RenameSuggestions.find(List.of(new DropTable("public", USERS), new AddTable("public", USERS.withName("people")),
                modify(new DropColumn(EMAIL), new AddColumn(EMAIL.withName("email_address")))));
        assertThat(s).containsExactly(new RenameSuggestion(RenameSuggestion.Kind.TABLE, "people", "users", "people"),
                new RenameSuggestion(RenameSuggestion.Kind.COLUMN, "users", "email", "email_address"));
        assertThat(s.get(1).message()).contains("-- atlas:renamed-from email").contains("renameColumn(\"users\", \"email\", \"email_address\")");
    }
}

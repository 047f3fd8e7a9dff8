package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.mssql.SqlServerDialect;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.schema.Realm;
import java.util.List;
import org.junit.jupiter.api.Test;

class MssqlLockHazardsTest {
    private static List<String> codes(String a, String b) {
        Realm x = new TsqlInterpreter("dbo").run("a.sql", a).realm();
        Realm y = new TsqlInterpreter("dbo").run("b.sql", b).realm();
        var analyzers = SqlServerDialect.create().lint().analyzers();
        assertThat(analyzers).hasAtLeastOneElementOfType(MssqlLockHazards.class);
        return new MssqlLockHazards().analyze(Differ.diff(x, y, MssqlDiffHooks.INSTANCE, DiffOptions.defaults()), LintContext.of("mssql"))
                .stream().map(Diagnostic::code).toList();
    }

    @Test
    void notNullWithoutDefault() {
        assertThat(codes("CREATE TABLE t (a int)", "CREATE TABLE t (a int, b int NOT NULL)")).containsExactly("LK106");
        assertThat(codes("CREATE TABLE t (a int)", "CREATE TABLE t (a int, b int NOT NULL DEFAULT 0)")).isEmpty();
    }

    @Test
    void typeChangesAndIndexedColumns() {
        assertThat(codes("CREATE TABLE t (a int); CREATE INDEX ix ON t (a)", "CREATE TABLE t (a bigint); CREATE INDEX ix ON t (a)"))
                .containsExactlyInAnyOrder("LK102", "LK107");
        assertThat(codes("CREATE TABLE t (a int NOT NULL)", "CREATE TABLE t (a int IDENTITY(1,1) NOT NULL)")).containsExactly("LK102");
    }
}

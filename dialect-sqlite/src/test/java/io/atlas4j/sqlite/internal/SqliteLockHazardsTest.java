package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddIndex;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.sqlite.SqliteDialect;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteLockHazardsTest {
    static final Table T = Table.of("t", b -> b.column("id", new IntegerType("INTEGER")).column("name", new StringType("TEXT")));
    static final Column NAME = T.column("name").orElseThrow();

    @Test
    void everyTypeChangeCopiesTheTable() {
        var retype = new ModifyColumn(NAME, NAME.withType(new StringType("VARCHAR", 20)), EnumSet.of(ColumnAspect.TYPE));
        var notNull = new ModifyColumn(NAME, NAME.withNullable(false), EnumSet.of(ColumnAspect.NULLABILITY));
        var index = new AddIndex(new Index("t_name", false, List.of(IndexPart.column("name")), Attrs.EMPTY));
        Linter linter = Linter.defaults().with(SqliteDialect.create().lint().analyzers());
        List<Diagnostic> found = linter.lint(List.of(new ModifyTable("main", T, T, List.of(retype, notNull, index))),
                LintContext.of("sqlite")).diagnostics();
        assertThat(found).filteredOn(d -> d.code().startsWith("LK")).extracting(Diagnostic::code).containsExactly("LK102");
    }
}

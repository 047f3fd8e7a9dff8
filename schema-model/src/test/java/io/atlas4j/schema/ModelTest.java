package io.atlas4j.schema;

import static io.atlas4j.schema.type.Types.INTEGER;
import static io.atlas4j.schema.type.Types.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTest {
    @Test
    void builderProducesTheDescribedSchema() {
        Schema s = Schema.builder("main")
                .table("users", t -> t.column("id", INTEGER, c -> c.notNull()).column("email", TEXT, c -> c.defaultValue("''"))
                        .primaryKey("id").uniqueIndex("users_email", "email"))
                .view("v", "SELECT 1")
                .build();
        Table users = s.table("users").orElseThrow();
        assertThat(users.column("id").orElseThrow().nullable()).isFalse();
        assertThat(users.column("email").orElseThrow().defaultValue()).contains(new Literal("''"));
        assertThat(users.primaryKey().orElseThrow().columnNames()).contains(List.of("id"));
        assertThat(users.index("users_email").orElseThrow().unique()).isTrue();
        assertThat(s.view("v")).isPresent();
        assertThat(s.table("missing")).isEmpty();
    }

    @Test
    void recordsCopyListsSoCallersCannotChangeThem() {
        List<Column> cols = new ArrayList<>(List.of(Column.of("a", INTEGER)));
        Table t = new Table("t", cols, Optional.empty(), List.of(), List.of(), List.of(), Attrs.EMPTY);
        cols.add(Column.of("b", INTEGER));
        assertThat(t.columns()).hasSize(1);
        assertThatThrownBy(() -> t.columns().add(Column.of("c", INTEGER))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordsRejectNull() {
        assertThatNullPointerException().isThrownBy(() -> new Column(null, INTEGER, true, Optional.empty(), Attrs.EMPTY));
        assertThatNullPointerException().isThrownBy(() -> new Check("c", null, Attrs.EMPTY));
    }

    @Test
    void viewsCompareByDefinitionNotByDerivedDependencies() {
        View a = new View("v", "SELECT * FROM t", List.of(QualifiedName.of("t")), Attrs.EMPTY);
        View b = View.of("v", "SELECT * FROM t");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {"'abc';true", "'it''s';true", "42;true", "-1.5e3;true",
            "NULL;true", "CURRENT_TIMESTAMP;false", "'a' || 'b';false", "(1 + 2);false", "'';true", "'a''';true"})
    void exprsTellLiteralsFromExpressions(String sql, boolean literal) {
        assertThat(Exprs.of(sql)).isInstanceOf(literal ? Literal.class : RawExpr.class);
        assertThat(Exprs.of(sql).sql()).isEqualTo(sql);
    }

    @Test
    void parseErrorsStartWithTheirPosition() {
        var e = new SchemaParseException(new Origin("schema.sql", 12, 5), "near \"TABL\": syntax error", null);
        assertThat(e.getMessage()).startsWith("schema.sql:12:5: near");
        assertThat(new Origin("a.sql", 3, 0)).hasToString("a.sql:3");
    }
}

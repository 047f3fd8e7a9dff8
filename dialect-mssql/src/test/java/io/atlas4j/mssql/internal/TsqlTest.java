package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TsqlTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"0|((0))", "((0))|((0))", "- 20|((-20))", "-3.14|((-3.14))", "'pending'|('pending')",
            "('x')|('x')", "N'x'|(N'x')", "GETDATE()|(getdate())", "newid()|(newid())", "(NULL)|(NULL)", "CURRENT_TIMESTAMP|(CURRENT_TIMESTAMP)"})
    void defaultsAreSpelledAsTheCatalogStoresThem(String written, String stored) {
        assertThat(Tsql.defaultExpr(written)).isEqualTo(stored);
    }

    @Test
    void checksExpandInListsAndBracketColumns() {
        assertThat(Tsql.checkExpr("state IN ('a', 'b')")).isEqualTo("([state]='a' OR [state]='b')");
        assertThat(Tsql.checkExpr("(status in (1, 2))")).isEqualTo("([status]=(1) OR [status]=(2))");
        assertThat(Tsql.checkExpr("c IN ('x') AND p >= 1")).isEqualTo("(([c]='x') AND [p]>=(1))");
        assertThat(Tsql.checkExpr("v_int IS NOT NULL")).isEqualTo("([v_int] IS NOT NULL)");
    }

    @Test
    void foldIgnoresCaseSpacingBracketsAndParentheses() {
        assertThat(Tsql.fold("([State]='A' OR [state] = 'A')")).isEqualTo(Tsql.fold("state='A' or STATE='A'"));
        assertThat(Tsql.fold("'A'")).isNotEqualTo(Tsql.fold("'a'"));
    }

    @Test
    void quotingAndGeneratedNames() {
        assertThat(Tsql.id("a]b")).isEqualTo("[a]]b]");
        assertThat(Tsql.str("it's")).isEqualTo("N'it''s'");
        assertThat(Tsql.name("dbo", "t", true)).isEqualTo("[dbo].[t]");
        assertThat(Tsql.name("dbo", "t", false)).isEqualTo("[t]");
        String g = Tsql.generatedName("FK", "posts", "user_id", "users");
        assertThat(g).startsWith("FK__posts__user_id__").matches(Tsql.GENERATED.pattern());
        assertThat(Tsql.GENERATED.matcher("PK__users__3213E83F0AC2D1B2").matches()).isTrue();
        assertThat(Tsql.GENERATED.matcher("pk_users").matches()).isFalse();
    }
}

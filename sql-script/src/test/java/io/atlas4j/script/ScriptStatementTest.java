package io.atlas4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where statements start, what their text keeps, and the comments that travel with them. */
class ScriptStatementTest {
    @Test
    void positionsInLinesColumnsCharsAndBytes() {
        // "é" is 2 UTF-8 bytes and the emoji a surrogate pair: 2 chars, 4 bytes.
        String script = "-- é\nSELECT 'é';  SELECT '\uD83D\uDE00';\n\n   SELECT 3;";
        List<ScriptStatement> st = ScriptSplitter.standard().split(script);
        assertThat(st).extracting(ScriptStatement::line).containsExactly(2, 2, 4);
        assertThat(st).extracting(ScriptStatement::column).containsExactly(1, 14, 4);
        assertThat(st).extracting(ScriptStatement::offset).containsExactly(5, 18, 35);
        assertThat(st).extracting(ScriptStatement::byteOffset).containsExactly(6, 20, 39);
    }

    @Test
    void textKeepsTheSemicolonAndInnerCommentsAndSqlDropsTheSemicolon() {
        ScriptStatement st = ScriptSplitter.standard().split("-- above\nSELECT 1 -- inside\n  ;  ").get(0);
        assertThat(st.text()).isEqualTo("SELECT 1 -- inside\n  ;");
        assertThat(st.sql()).isEqualTo("SELECT 1 -- inside");
        assertThat(st.comments()).containsExactly("-- above");
    }

    @Test
    void aCustomDelimiterIsNotPartOfTheText() {
        ScriptStatement st = ScriptSplitter.mysql().split("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END; //").get(0);
        assertThat(st.text()).isEqualTo("CREATE PROCEDURE p() BEGIN SELECT 1; END;");
        assertThat(st.sql()).isEqualTo("CREATE PROCEDURE p() BEGIN SELECT 1; END");
    }

    @Test
    void commentGroupsAboveAStatement() {
        String script = """
                -- file notes

                -- hello
                # world
                /* one */ /* two */
                SELECT 1;
                /* detached by the blank line below */

                SELECT 2; -- trailing, about SELECT 2
                SELECT 3;
                """;
        List<ScriptStatement> st = ScriptSplitter.standard().split(script);
        assertThat(st.get(0).comments()).containsExactly("-- hello", "# world", "/* one */", "/* two */");
        assertThat(st.get(1).comments()).isEmpty();
        assertThat(st.get(2).comments()).isEmpty();
    }

    @Test
    void blankStatementsAreCountedButNotExecuted() {
        ParsedScript s = ScriptSplitter.sqlServer().parse("SELECT 1;\nGO\nSELECT 2\nGO\n");
        assertThat(s.statements()).extracting(ScriptStatement::text).containsExactly("SELECT 1;", "", "SELECT 2");
        assertThat(s.statements().get(1).line()).isEqualTo(2);
        assertThat(s.executable()).extracting(ScriptStatement::sql).containsExactly("SELECT 1", "SELECT 2");
        assertThat(ScriptSplitter.sqlServer().split("SELECT 1;\nGO\nSELECT 2\nGO\n")).isEqualTo(s.executable());
    }

    @Test
    void splittersAreValuesWithWithers() {
        ScriptSplitter mysql = ScriptSplitter.mysql();
        assertThat(mysql.has(ScriptFeature.HASH_COMMENTS)).isTrue();
        assertThat(mysql.without(ScriptFeature.HASH_COMMENTS).has(ScriptFeature.HASH_COMMENTS)).isFalse();
        assertThat(mysql.has(ScriptFeature.HASH_COMMENTS)).as("withers copy").isTrue();
        assertThat(ScriptSplitter.standard().withBackticks().withBlocks().withDelimiterDirective().with(ScriptFeature.BACKSLASH_ESCAPES,
                ScriptFeature.HASH_COMMENTS)).isEqualTo(mysql);
        assertThat(ScriptSplitter.standard().withGoBatches().withBlocks()).isEqualTo(ScriptSplitter.sqlServer());
    }
}

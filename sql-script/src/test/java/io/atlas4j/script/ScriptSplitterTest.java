package io.atlas4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {
    private static List<String> sql(List<ScriptStatement> s) {
        return s.stream().map(ScriptStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsOutsideQuotesAndDropsLeadingComments() {
        String script = "-- header; not a statement\nCREATE TABLE a (x TEXT DEFAULT ';');\n/* c; */ INSERT INTO a VALUES ('it''s;');\n";
        var out = ScriptSplitter.standard().split(script);
        assertThat(sql(out)).containsExactly("CREATE TABLE a (x TEXT DEFAULT ';')", "INSERT INTO a VALUES ('it''s;')");
        assertThat(out).map(ScriptStatement::line).containsExactly(2, 3);
    }

    @Test
    void keepsTriggerBodiesWhole() {
        String script = """
                CREATE TABLE t (a INT);
                CREATE TRIGGER trg AFTER INSERT ON t
                BEGIN
                  UPDATE t SET a = CASE WHEN a > 1 THEN 1 ELSE 0 END;
                  DELETE FROM t WHERE a IS NULL;
                END;
                CREATE VIEW v AS SELECT 1;
                """;
        var out = ScriptSplitter.standard().withBlocks().split(script);
        assertThat(out).hasSize(3);
        assertThat(out.get(1).sql()).startsWith("CREATE TRIGGER").endsWith("END");
        assertThat(out.get(2).line()).isEqualTo(7);
    }

    @Test
    void keepsDollarQuotedBodiesWhole() {
        String script = "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\nSELECT $1;";
        var out = ScriptSplitter.standard().withDollarQuotes().split(script);
        assertThat(sql(out)).containsExactly("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql", "SELECT $1");
    }

    @Test
    void honoursMySqlDelimiterDirective() {
        String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\nDELIMITER ;\nSELECT `a;b` FROM t;";
        var out = ScriptSplitter.standard().withBackticks().withDelimiterDirective().split(script);
        assertThat(sql(out)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT `a;b` FROM t");
    }

    @Test
    void splitsSqlServerBatches() {
        String script = "CREATE TABLE [a;b] (x int)\nGO\nCREATE VIEW v AS SELECT 1\nGO\n";
        var out = ScriptSplitter.standard().withGoBatches().split(script);
        assertThat(sql(out)).containsExactly("CREATE TABLE [a;b] (x int)", "CREATE VIEW v AS SELECT 1");
    }
}

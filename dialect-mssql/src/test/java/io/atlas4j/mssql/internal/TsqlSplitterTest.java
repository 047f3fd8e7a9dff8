package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.mssql.SqlServerDialect;
import io.atlas4j.script.ScriptStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsqlSplitterTest {
    private static List<String> texts(String sql) {
        return TsqlSplitter.split(sql).stream().map(TsqlStatement::text).toList();
    }

    @Test
    void goLinesSemicolonsAndStatementStartsEndStatements() {
        assertThat(texts("CREATE TABLE a (x int)\nGO\nCREATE TABLE b (y int);\nCREATE VIEW v AS SELECT 1 AS n\nCREATE TABLE c (z int)\nGO 2\n"))
                .containsExactly("CREATE TABLE a (x int)", "CREATE TABLE b (y int)", "CREATE VIEW v AS SELECT 1 AS n", "CREATE TABLE c (z int)");
    }

    @Test
    void modulesRunToTheEndOfTheirBatch() {
        String trigger = "CREATE TRIGGER t ON a AFTER INSERT AS\nset nocount on;\nIF 1 = 1 BEGIN\n  UPDATE a SET x = 1;\nEND";
        assertThat(texts(trigger + "\nGO\nDROP TABLE b")).containsExactly(trigger, "DROP TABLE b");
        assertThat(texts(trigger + ";")).containsExactly(trigger);
    }

    @Test
    void goInsideStringsCommentsAndNamesIsText() {
        assertThat(texts("INSERT INTO a VALUES ('\nGO\n')\n-- GO\nDROP TABLE [GO]")).hasSize(2);
    }

    @Test
    void theDialectsScriptSplitterSplitsAtGo() {
        List<ScriptStatement> st = SqlServerDialect.create().syntax().splitter().split("CREATE TABLE a (x int)\nGO\nCREATE VIEW v AS SELECT 1 AS n\nGO\n");
        assertThat(st).hasSize(2);
        assertThat(SqlServerDialect.create().syntax().quote("a]b")).isEqualTo("[a]]b]");
    }
}

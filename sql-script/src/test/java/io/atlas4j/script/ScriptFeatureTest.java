package io.atlas4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feature against the same script without it, so a broken feature fails here. */
class ScriptFeatureTest {
    private static List<String> sql(ScriptSplitter splitter, String script) {
        return splitter.split(script).stream().map(ScriptStatement::sql).toList();
    }

    private static List<String> texts(ScriptSplitter splitter, String script) {
        return splitter.parse(script).statements().stream().map(ScriptStatement::text).toList();
    }

    @Test
    void dollarQuotesKeepBodiesWhole() {
        String script = "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $fn$ LANGUAGE sql;\nSELECT $$a;b$$;";
        assertThat(sql(ScriptSplitter.standard().withDollarQuotes(), script))
                .containsExactly("CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $fn$ LANGUAGE sql", "SELECT $$a;b$$");
        assertThat(sql(ScriptSplitter.standard(), script)).hasSize(4);
    }

    @Test
    void dollarSignsInNamesAndParametersOpenNoQuote() {
        // a$1 and c$ are identifiers and $1 a parameter; reading any as a quote would swallow the next statement.
        String script = "CREATE TABLE s.$t (a$1 int, c$ int);\nSELECT $1;\nSELECT 2;";
        assertThat(sql(ScriptSplitter.postgres(), script)).containsExactly("CREATE TABLE s.$t (a$1 int, c$ int)", "SELECT $1", "SELECT 2");
    }

    @Test
    void escapeStringsHonourBackslashesOnlyAfterE() {
        String script = "SELECT E'it\\'s; fine';\nSELECT '\\';\nSELECT 2;";
        assertThat(sql(ScriptSplitter.postgres(), script)).containsExactly("SELECT E'it\\'s; fine'", "SELECT '\\'", "SELECT 2");
        assertThat(sql(ScriptSplitter.standard(), script)).doesNotContain("SELECT E'it\\'s; fine'");
    }

    @Test
    void backslashEscapesInMySqlStrings() {
        String script = "SELECT 'it\\'s; fine', \"a \\\" ; b\";\nSELECT 2;";
        assertThat(sql(ScriptSplitter.mysql(), script)).containsExactly("SELECT 'it\\'s; fine', \"a \\\" ; b\"", "SELECT 2");
        assertThat(sql(ScriptSplitter.standard(), script)).first().isEqualTo("SELECT 'it\\'s");
    }

    @Test
    void backticksAndBracketsQuoteIdentifiers() {
        assertThat(sql(ScriptSplitter.standard().withBackticks(), "SELECT `a;b` FROM t;")).containsExactly("SELECT `a;b` FROM t");
        assertThat(sql(ScriptSplitter.standard(), "SELECT `a;b` FROM t;")).hasSize(2);
        assertThat(sql(ScriptSplitter.standard().withBrackets(), "SELECT [a;b]] c] FROM t;")).containsExactly("SELECT [a;b]] c] FROM t");
        assertThat(sql(ScriptSplitter.standard(), "SELECT [a;b] FROM t;")).hasSize(2);
    }

    @Test
    void hashCommentsAnywhereOnlyForMySql() {
        String script = "SELECT 1 # a comment; not a split\n;\nSELECT 2;";
        assertThat(sql(ScriptSplitter.mysql(), script)).containsExactly("SELECT 1 # a comment; not a split", "SELECT 2");
        // In PostgreSQL # is an operator: only where a statement could begin is it a comment.
        assertThat(sql(ScriptSplitter.postgres(), "# heading\nSELECT j #>> '{a}' FROM t;")).containsExactly("SELECT j #>> '{a}' FROM t");
        assertThat(sql(ScriptSplitter.postgres(), script)).contains("SELECT 1 # a comment");
    }

    @Test
    void blocksKeepRoutineBodiesWhole() {
        String script = """
                CREATE PROCEDURE p()
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  lbl: LOOP
                    IF i > 3 THEN LEAVE lbl; END IF;
                    CASE i WHEN 1 THEN SET i = 2; ELSE SET i = i + 1; END CASE;
                    BEGIN SELECT new.begin, t.end FROM t; END;
                  END LOOP;
                  WHILE i > 0 DO SET i = i - 1; END WHILE;
                  REPEAT SET i = i + 1; UNTIL i > 2 END REPEAT;
                END;
                CREATE TABLE t (begin int, end int);
                SELECT begin FROM t;
                """;
        List<String> st = sql(ScriptSplitter.standard().withBlocks(), script);
        assertThat(st).hasSize(3);
        assertThat(st.get(0)).startsWith("CREATE PROCEDURE").endsWith("END REPEAT;\nEND");
        assertThat(st.get(1)).isEqualTo("CREATE TABLE t (begin int, end int)");
        assertThat(sql(ScriptSplitter.standard(), script)).hasSizeGreaterThan(3);
    }

    @Test
    void blocksLeaveTransactionsAndPlainStatementsAlone() {
        // BEGIN TRANSACTION inside a body is no block; a bare BEGIN outside a routine is a transaction statement.
        String script = """
                BEGIN;
                CREATE TRIGGER tr AFTER INSERT ON t BEGIN
                  INSERT INTO log VALUES (1);
                END;
                COMMIT;
                CREATE PROCEDURE q() AS
                BEGIN
                  BEGIN TRANSACTION;
                  UPDATE t SET a = 1;
                  COMMIT;
                END;
                """;
        assertThat(sql(ScriptSplitter.sqlServer(), script)).hasSize(4)
                .startsWith("BEGIN")
                .contains("COMMIT");
        assertThat(sql(ScriptSplitter.sqlite(), script).get(1)).startsWith("CREATE TRIGGER").endsWith("END");
    }

    @Test
    void blocksKeepTryCatchWhole() {
        String script = """
                CREATE PROCEDURE [p] AS
                BEGIN
                  BEGIN TRY
                    SELECT 1/0;
                  END TRY
                  BEGIN CATCH
                    PRINT 'failed';
                  END CATCH
                END;
                SELECT 2;
                """;
        List<String> st = sql(ScriptSplitter.sqlServer(), script);
        assertThat(st).hasSize(2);
        assertThat(st.get(0)).endsWith("END CATCH\nEND");
    }

    @Test
    void beginAtomicKeepsStandardBodiesWhole() {
        String script = """
                CREATE FUNCTION f(x int) RETURNS boolean LANGUAGE SQL
                BEGIN ATOMIC
                  SELECT CASE WHEN x > 0 THEN true ELSE false END;
                  SELECT true;
                END;
                SELECT 1;
                """;
        List<String> withAtomic = sql(ScriptSplitter.standard().with(ScriptFeature.BEGIN_ATOMIC), script);
        assertThat(withAtomic).hasSize(2);
        assertThat(withAtomic.get(0)).endsWith("SELECT true;\nEND");
        assertThat(sql(ScriptSplitter.standard(), script)).hasSize(4);
    }

    @Test
    void delimiterCommandChangesTheDelimiter() {
        String script = """
                DELIMITER 'MySQL'
                SELECT 1 FROM t1MySQL
                -- the comment above a client command is the command's
                delimiter //
                CREATE PROCEDURE p() BEGIN SELECT 1; END//
                DELIMITER \\n\\n
                SELECT 2

                DELIMITER ;
                SELECT 3;
                """;
        ParsedScript s = ScriptSplitter.standard().withDelimiterDirective().parse(script);
        assertThat(s.statements()).extracting(ScriptStatement::text)
                .containsExactly("SELECT 1 FROM t1", "CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2", "SELECT 3;");
        assertThat(s.statements()).allSatisfy(st -> assertThat(st.comments()).isEmpty());
        assertThat(sql(ScriptSplitter.standard(), script)).hasSizeLessThan(4);
    }

    @Test
    void emptyDelimiterCommandIsAnErrorWithItsPosition() {
        assertThatThrownBy(() -> ScriptSplitter.mysql().split("SELECT 1;\n  DELIMITER \nSELECT 2;"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("2:3: DELIMITER needs a delimiter");
                });
    }

    @Test
    void goLinesEndBatches() {
        String script = "go\nSELECT 1\n  GO 3\nSELECT 'a\nGO'\nGOTO x\nGO -- done\nSELECT 3 GO\nGO\nGO\n";
        ParsedScript s = ScriptSplitter.standard().withGoBatches().parse(script);
        assertThat(s.statements()).extracting(ScriptStatement::text)
                .containsExactly("", "SELECT 1", "SELECT 'a\nGO'\nGOTO x", "SELECT 3 GO", "");
        // Empty batches count (as in Atlas) but carry nothing to execute.
        assertThat(s.executable()).extracting(ScriptStatement::text).containsExactly("SELECT 1", "SELECT 'a\nGO'\nGOTO x", "SELECT 3 GO");
        assertThat(s.statements().get(0).isBlank()).isTrue();
        assertThat(sql(ScriptSplitter.standard(), script)).hasSize(1);
    }

    @Test
    void goLineWinsOverANewlineGoDelimiter() {
        // "GO 2" ends the batch with its count; the \nGO delimiter alone would leave " 2" behind.
        String script = "-- atlas:delimiter \\nGO\n\nSELECT 1\nGO 2\nSELECT 2\nGOTO";
        assertThat(texts(ScriptSplitter.sqlServer(), script)).containsExactly("SELECT 1", "SELECT 2", "TO");
        assertThat(texts(ScriptSplitter.standard(), script)).containsExactly("SELECT 1", "2\nSELECT 2", "TO");
    }

    @Test
    void parenthesesHideDelimiters() {
        // A PostgreSQL rule runs several commands in parentheses, and a blank line may sit inside a column list.
        assertThat(sql(ScriptSplitter.postgres(), "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;"))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))", "SELECT 1");
        assertThat(texts(ScriptSplitter.standard(), "-- atlas:delimiter \\n\\n\n\nCREATE TABLE t (\n  a int,\n\n  b int\n)\n\nSELECT 1"))
                .containsExactly("CREATE TABLE t (\n  a int,\n\n  b int\n)", "SELECT 1");
    }

    @Test
    void unterminatedQuotesRunToTheEnd() {
        assertThat(sql(ScriptSplitter.standard(), "SELECT 1;\nSELECT 'open;\nSELECT 2;")).containsExactly("SELECT 1", "SELECT 'open;\nSELECT 2");
    }
}

package io.atlas4j.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code atlas:} directives: the file header's and those above each statement. */
class DirectivesTest {
    private static final ScriptSplitter SPLITTER = ScriptSplitter.standard();

    @Test
    void directiveSpellings() {
        assertThat(Directive.parse("-- atlas:nolint", 3)).contains(new Directive("nolint", "", 3));
        assertThat(Directive.parse("--atlas:nolint DS101 destructive", 1)).contains(new Directive("nolint", "DS101 destructive", 1));
        assertThat(Directive.parse("#atlas:txmode none", 1)).contains(new Directive("txmode", "none", 1));
        assertThat(Directive.parse("/*atlas:nolint DS101*/", 1)).contains(new Directive("nolint", "DS101", 1));
        // Prose that mentions a directive gives none, as in Atlas.
        assertThat(Directive.parse("/* atlas:nolint DS101 */", 1)).isEmpty();
        assertThat(Directive.parse("/*\natlas:nolint\n*/", 1)).isEmpty();
        assertThat(Directive.parse("-- see atlas:nolint", 1)).isEmpty();
        assertThat(Directive.parse("-- atlas:nolint-all", 1)).isEmpty();
        assertThat(Directive.parse("-- atlas:", 1)).isEmpty();
    }

    @Test
    void fileHeaderDirectivesNeedABlankLineAfterThem() {
        ParsedScript detached = SPLITTER.parse("-- atlas:txmode none\n-- atlas:nolint DS103\n\nDROP TABLE t;\n");
        assertThat(detached.directives().txMode()).contains(TxMode.NONE);
        assertThat(detached.directives().nolint()).contains(new Nolint(List.of("DS103")));
        assertThat(detached.statements().get(0).comments()).isEmpty();

        // Without the blank line the header describes the first statement (as in Atlas).
        ParsedScript attached = SPLITTER.parse("-- atlas:txmode none\n-- atlas:nolint DS103\nDROP TABLE t;\n");
        assertThat(attached.directives().isEmpty()).isTrue();
        ScriptStatement first = attached.statements().get(0);
        assertThat(first.comments()).containsExactly("-- atlas:txmode none", "-- atlas:nolint DS103");
        assertThat(first.nolint()).contains(new Nolint(List.of("DS103")));

        // A header that runs to the end of the file has no blank line after it either.
        assertThat(SPLITTER.parse("-- atlas:txmode none\n").directives().isEmpty()).isTrue();
        assertThat(SPLITTER.parse("-- atlas:txmode none\n\n").directives().txMode()).contains(TxMode.NONE);
    }

    @Test
    void txModes() {
        assertThat(SPLITTER.parse("-- atlas:txmode file\n\nSELECT 1;").directives().txMode()).contains(TxMode.FILE);
        assertThat(SPLITTER.parse("# atlas:txmode ALL\n\nSELECT 1;").directives().txMode()).contains(TxMode.ALL);
        assertThat(SPLITTER.parse("SELECT 1;").directives().txMode()).isEmpty();
        ParsedScript bad = SPLITTER.parse("-- a header\n-- atlas:txmode some\n\nSELECT 1;");
        assertThatThrownBy(() -> bad.directives().txMode())
                .isInstanceOfSatisfying(ScriptException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("\"some\"").hasMessageContaining("none, file or all");
    }

    @Test
    void delimiterDirectiveAppliesWithOrWithoutABlankLine() {
        List<ScriptStatement> attached = SPLITTER.parse("-- atlas:delimiter //\nSELECT 1; SELECT 2//\nSELECT 3//").statements();
        assertThat(attached).extracting(ScriptStatement::text).containsExactly("SELECT 1; SELECT 2", "SELECT 3");
        // The directive belongs to the file, never to the statement below it.
        assertThat(attached.get(0).comments()).isEmpty();
        ParsedScript s = SPLITTER.parse("-- atlas:txmode none\n-- atlas:delimiter \\n\\n\n\nSELECT 1;\nSELECT 2\n\nSELECT 3");
        assertThat(s.directives().delimiter()).contains("\n\n");
        assertThat(s.directives().txMode()).contains(TxMode.NONE);
        assertThat(s.statements()).extracting(ScriptStatement::text).containsExactly("SELECT 1;\nSELECT 2", "SELECT 3");
    }

    @Test
    void delimiterDirectiveOnlyInTheHeader() {
        // Further down it is an ordinary comment, as in Atlas.
        assertThat(SPLITTER.split("SELECT 1;\n-- atlas:delimiter //\nSELECT 2; SELECT 3;")).hasSize(3);
    }

    @Test
    void aDelimiterThatLooksLikeACommentStillEndsStatements() {
        String script = "-- atlas:delimiter -- end\n\nCREATE PROCEDURE p() BEGIN SELECT 1; END;\n-- end\nCALL p();\n";
        assertThat(SPLITTER.parse(script).statements()).extracting(ScriptStatement::text)
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END;", "CALL p();");
    }

    @Test
    void emptyDelimiterDirectiveIsAnError() {
        assertThatThrownBy(() -> SPLITTER.parse("-- atlas:delimiter\n\nSELECT 1;"))
                .isInstanceOfSatisfying(ScriptException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("atlas:delimiter needs a delimiter");
    }

    @Test
    void statementNolintComesFromTheCommentsDirectlyAbove() {
        String script = """
                -- atlas:nolint
                DROP TABLE a;

                -- atlas:nolint DS103

                DROP TABLE b;
                --atlas:nolint destructive
                /*atlas:nolint DS102*/
                /* atlas:nolint ignored: a space makes it prose */
                DROP TABLE c; -- atlas:nolint on the line of c, not d's
                DROP TABLE d;
                """;
        List<ScriptStatement> st = SPLITTER.parse(script).statements();
        assertThat(st).hasSize(4);
        assertThat(st.get(0).nolint()).contains(Nolint.ALL);
        assertThat(st.get(1).nolint()).as("a blank line detaches the comment").isEmpty();
        assertThat(st.get(1).comments()).isEmpty();
        assertThat(st.get(2).nolint()).contains(new Nolint(List.of("destructive", "DS102")));
        assertThat(st.get(2).comments()).hasSize(3);
        assertThat(st.get(3).nolint()).isEmpty();
        assertThat(st.get(3).comments()).isEmpty();
    }

    @Test
    void fileNolintJoinsEachStatements() {
        ParsedScript s = SPLITTER.parse("-- atlas:nolint DS103\n\n-- atlas:nolint MF\nALTER TABLE t ADD UNIQUE (a);\nDROP TABLE u;\n");
        ScriptStatement alter = s.statements().get(0);
        ScriptStatement drop = s.statements().get(1);
        assertThat(s.nolint(alter)).contains(new Nolint(List.of("DS103", "MF")));
        assertThat(s.nolint(drop)).contains(new Nolint(List.of("DS103")));
        ParsedScript ignored = SPLITTER.parse("-- atlas:nolint\n\nDROP TABLE u;");
        assertThat(ignored.nolint(ignored.statements().get(0))).contains(Nolint.ALL);
    }

    @Test
    void nolintMatchesCodesClassesAndAnalyzers() {
        Nolint n = Nolint.of("DS103, destructive MF");
        assertThat(n.rules()).containsExactly("DS103", "destructive", "MF");
        assertThat(n.suppresses("DS103")).isTrue();
        assertThat(n.suppresses("ds103")).isTrue();
        assertThat(n.suppresses("Destructive")).isTrue();
        assertThat(n.suppresses("MF101")).isTrue();
        assertThat(n.suppresses("DS102")).isFalse();
        assertThat(n.suppresses("MFX")).isFalse();
        assertThat(Nolint.ALL.suppresses("anything")).isTrue();
        assertThat(n.and(Nolint.ALL).all()).isTrue();
    }

    @Test
    void otherDirectivesAreKeptByName() {
        ScriptDirectives d = SPLITTER.parse("-- atlas:sum ignore\n-- atlas:checkpoint v1\n\nSELECT 1;").directives();
        assertThat(d.has("sum")).isTrue();
        assertThat(d.named("checkpoint")).extracting(Directive::args).containsExactly("v1");
        assertThat(d.has("txmode")).isFalse();
    }
}

package io.atlas4j.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Drives the server as an editor does: LSP4J's client launcher over pipes to {@link LanguageServers#serve}. */
class AtlasLanguageServerTest {
    private static final String MY = "file:///project/schema.my.hcl";

    /** The example of issue 11, verbatim (MySQL target). */
    private static final String FOUR_ERRORS = """
            table "users" {
              column "id" {
                type = int
              }
              column "name" {
                type = varchar(255)
              }
              column "manager_id" {
                type = int
              }
              primray_key {
                columns = [column.id]
              }
              index "idx_name" {
                columns = [column.name]
                unique = true
              }
              index "idx_manager" {
                coulmns = [column.manager_id]
              }
              foreign_key {
                columns = [column.manager_id]
                ref_columns = [column.id]
              }
            }
            """;

    @Test
    void theIssueExampleHasFourDiagnosticsAndThreeOnceThePrimaryKeyIsSpelledRight() throws Exception {
        try (Editor editor = new Editor()) {
            InitializeResult init = editor.initialize(null);
            assertThat(init.getCapabilities().getTextDocumentSync().getLeft()).isEqualTo(TextDocumentSyncKind.Full);

            PublishDiagnosticsParams opened = editor.open(MY, FOUR_ERRORS);
            assertThat(opened.getVersion()).isEqualTo(1);
            assertThat(opened.getDiagnostics()).containsExactly(
                    error(0, 0, 0, 13, "missing required attribute \"schema\" in block of type table"),
                    error(10, 2, 10, 13, "unknown block type \"primray_key\" (Did you mean primary_key?)"),
                    error(18, 4, 18, 11, "unknown attribute \"coulmns\" in block of type index (Did you mean columns?)"),
                    error(20, 2, 20, 13, "foreign_key block must have exactly 1 label"));

            PublishDiagnosticsParams changed = editor.change(MY, 2, FOUR_ERRORS.replace("primray_key", "primary_key"));
            assertThat(changed.getVersion()).isEqualTo(2);
            assertThat(changed.getDiagnostics()).containsExactly(
                    error(0, 0, 0, 13, "missing required attribute \"schema\" in block of type table"),
                    error(18, 4, 18, 11, "unknown attribute \"coulmns\" in block of type index (Did you mean columns?)"),
                    error(20, 2, 20, 13, "foreign_key block must have exactly 1 label"));

            assertThat(editor.shutdownAndExit()).isZero();
        }
    }

    @Test
    void anUnterminatedStringIsOneSyntaxDiagnosticAndTheServerGoesOn() throws Exception {
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            String broken = """
                    table "users" {
                      comment = "unterminated
                    }
                    """;
            assertThat(editor.open(MY, broken).getDiagnostics())
                    .containsExactly(error(1, 12, 1, 13, "unterminated string"));

            Marked m = Marked.of("table \"users\" {\n  comment = \"unterminated\n  |\n}\n");
            editor.change(MY, 2, m.text());
            assertThat(labels(editor.complete(MY, m.line(), m.character()))).contains("column", "schema");

            String fixed = broken.replace("unterminated", "terminated\"");
            assertThat(editor.change(MY, 3, fixed).getDiagnostics()).extracting(Diagnostic::getMessage)
                    .containsExactly("missing required attribute \"schema\" in block of type table");
            assertThat(editor.shutdownAndExit()).isZero();
        }
    }

    @Test
    void completesTheBlocksAndAttributesOfTheEnclosingBlock() throws Exception {
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            Marked inTable = Marked.of("table \"users\" { | }\n");
            editor.open(MY, inTable.text());
            List<CompletionItem> items = editor.complete(MY, inTable.line(), inTable.character());
            assertThat(labels(items)).contains("primary_key", "column", "index", "foreign_key", "check", "schema", "engine")
                    .doesNotContain("table", "type");

            Marked partial = Marked.of("""
                    table "users" {
                      schema = schema.app
                      prim|
                    }
                    """);
            editor.change(MY, 2, partial.text());
            List<CompletionItem> more = editor.complete(MY, partial.line(), partial.character());
            assertThat(labels(more)).contains("primary_key").doesNotContain("schema"); // schema is already set
            assertThat(edit(more, "primary_key")).isEqualTo(new TextEdit(range(2, 2, 2, 6), "primary_key"));
            assertThat(edit(more, "comment")).isEqualTo(new TextEdit(range(2, 2, 2, 6), "comment = "));

            Marked top = Marked.of("|\n");
            editor.change(MY, 3, top.text());
            assertThat(labels(editor.complete(MY, 0, 0))).contains("schema", "table", "view").doesNotContain("column");

            Marked column = Marked.of("table \"t\" {\n  column \"a\" {\n    |\n  }\n}\n");
            editor.change(MY, 4, column.text());
            assertThat(labels(editor.complete(MY, column.line(), column.character())))
                    .contains("type", "null", "default", "unsigned", "auto_increment");
        }
    }

    @Test
    void completesTheColumnTypesOfTheFilesDialect() throws Exception {
        Marked m = Marked.of("""
                table "t" {
                  column "a" {
                    type = |
                  }
                }
                """);
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            editor.open("file:///p/schema.pg.hcl", m.text());
            editor.open("file:///p/schema.lt.hcl", m.text());
            editor.open(MY, m.text());
            assertThat(labels(editor.complete("file:///p/schema.pg.hcl", m.line(), m.character())))
                    .contains("jsonb", "int", "timestamptz").doesNotContain("tinyint");
            assertThat(labels(editor.complete("file:///p/schema.lt.hcl", m.line(), m.character())))
                    .contains("integer", "text").doesNotContain("jsonb");
            assertThat(labels(editor.complete(MY, m.line(), m.character())))
                    .contains("tinyint", "mediumint").doesNotContain("jsonb");
        }
    }

    @Test
    void theDialectSettingAppliesToPlainSchemaFiles() throws Exception {
        Marked m = Marked.of("table \"t\" {\n  column \"a\" {\n    type = |\n  }\n}\n");
        JsonObject options = new JsonObject();
        options.addProperty("dialect", "sqlite");
        try (Editor editor = new Editor()) {
            editor.initialize(options);
            editor.open("file:///p/schema.hcl", m.text());
            editor.open("file:///p/other.my.hcl", m.text()); // the file name wins
            assertThat(labels(editor.complete("file:///p/schema.hcl", m.line(), m.character())))
                    .contains("integer").doesNotContain("jsonb", "mediumtext");
            assertThat(labels(editor.complete("file:///p/other.my.hcl", m.line(), m.character())))
                    .contains("mediumtext");
        }
    }

    @Test
    void completesReferencesFromTheDocument() throws Exception {
        String schema = """
                schema "app" {
                }
                table "users" {
                  schema = schema.app
                  column "id" {
                    type = int
                  }
                  column "name" {
                    type = varchar(255)
                  }
                  column "manager_id" {
                    type = int
                  }
                  primary_key {
                    columns = [column.id, column.|]
                  }
                }
                table "teams" {
                  schema = |
                  column "lead" {
                    type = int
                  }
                  foreign_key "lead" {
                    columns = [column.lead]
                    ref_columns = [table.users.column.ma|]
                    on_delete = |
                  }
                }
                """;
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            Marked columns = Marked.of(schema, 0);
            editor.open(MY, columns.text());
            List<CompletionItem> items = editor.complete(MY, columns.line(), columns.character());
            assertThat(labels(items)).containsExactly("id", "name", "manager_id");
            Range here = range(columns.line(), columns.character(), columns.line(), columns.character());
            assertThat(edit(items, "name")).isEqualTo(new TextEdit(here, "name"));

            Marked schemaRef = Marked.of(schema, 1);
            assertThat(labels(editor.complete(MY, schemaRef.line(), schemaRef.character()))).containsExactly("schema.app");

            Marked other = Marked.of(schema, 2);
            List<CompletionItem> ref = editor.complete(MY, other.line(), other.character());
            assertThat(labels(ref)).containsExactly("id", "name", "manager_id");
            assertThat(edit(ref, "manager_id").getRange())
                    .isEqualTo(range(other.line(), other.character() - 2, other.line(), other.character()));

            Marked action = Marked.of(schema, 3);
            assertThat(labels(editor.complete(MY, action.line(), action.character()))).contains("CASCADE", "SET_NULL");

            Marked tables = Marked.of("table \"a\" {\n}\ntable \"b\" {\n  x = table.|\n}\n");
            editor.change(MY, 2, tables.text());
            assertThat(labels(editor.complete(MY, tables.line(), tables.character()))).containsExactly("a", "b");
        }
    }

    @Test
    void projectFilesGetSyntaxErrorsAndTheirOwnCompletion() throws Exception {
        String uri = "file:///p/atlas.hcl";
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            Marked env = Marked.of("env \"local\" {\n  |\n}\n");
            assertThat(editor.open(uri, env.text()).getDiagnostics()).isEmpty();
            assertThat(labels(editor.complete(uri, env.line(), env.character())))
                    .containsExactlyInAnyOrder("url", "dev", "src", "schemas", "exclude");
            assertThat(labels(editor.complete(uri, 0, 0)))
                    .containsExactlyInAnyOrder("env", "variable", "locals", "lint", "diff", "migration", "data");
            assertThat(editor.change(uri, 2, "env \"local\" {\n  url = \"x\n}\n").getDiagnostics())
                    .extracting(Diagnostic::getMessage).containsExactly("unterminated string");
        }
    }

    @Test
    void exitWithoutShutdownEndsServeWithCodeOne() throws Exception {
        try (Editor editor = new Editor()) {
            editor.initialize(null);
            editor.server().exit();
            assertThat(editor.served()).isEqualTo(1);
        }
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static TextEdit edit(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow().getTextEdit().getLeft();
    }

    private static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new Position(line, character), new Position(endLine, endCharacter));
    }

    private static Diagnostic error(int line, int character, int endLine, int endCharacter, String message) {
        return new Diagnostic(range(line, character, endLine, endCharacter), message, DiagnosticSeverity.Error, "atlas4j");
    }

    /** A text with {@code |} marking cursors; {@code text()} has the n-th one only, the others removed. */
    record Marked(String text, int line, int character) {
        static Marked of(String marked) {
            return of(marked, 0);
        }

        static Marked of(String marked, int n) {
            int at = -1;
            for (int k = 0; k <= n; k++) {
                at = marked.indexOf('|', at + 1);
            }
            String before = marked.substring(0, at).replace("|", "");
            String text = before + marked.substring(at + 1).replace("|", "");
            int line = (int) before.chars().filter(c -> c == '\n').count();
            return new Marked(text, line, before.length() - before.lastIndexOf('\n') - 1);
        }
    }
}

package io.atlas4j.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.lsp.internal.Outline.Cursor;
import io.atlas4j.lsp.internal.Outline.Node;
import io.atlas4j.lsp.internal.Outline.Where;
import org.junit.jupiter.api.Test;

class OutlineTest {
    private static Cursor at(String marked) {
        int offset = marked.indexOf('|');
        String text = marked.substring(0, offset) + marked.substring(offset + 1);
        return Outline.at(text, offset, Outline.tree(text));
    }

    @Test
    void readsBlocksLabelsAndAttributes() {
        Node root = Outline.tree("""
                schema "app" {}
                table "app" "users" {
                  schema = schema.app
                  column "id" { type = int }
                  column "name" {
                    type = varchar(255)
                    default = "{ not a block }"
                  }
                }
                """);
        assertThat(root.children("schema")).hasSize(1);
        Node users = root.children("table").get(0);
        assertThat(users.name()).hasValue("users");
        assertThat(users.attributes()).containsExactly("schema");
        assertThat(users.children("column")).extracting(n -> n.name().orElseThrow()).containsExactly("id", "name");
        assertThat(users.children("column").get(1).attributes()).containsExactly("type", "default");
    }

    @Test
    void tellsWhereAnOffsetIs() {
        assertThat(at("table \"t\" {\n  col|\n}")).satisfies(c -> {
            assertThat(c.where()).isEqualTo(Where.BODY);
            assertThat(c.types()).containsExactly("table");
            assertThat(c.tokenStart()).isEqualTo(14);
        });
        assertThat(at("table \"t\" {\n  column \"a\" {\n    type = var|\n  }\n}")).satisfies(c -> {
            assertThat(c.where()).isEqualTo(Where.VALUE);
            assertThat(c.attribute()).isEqualTo("type");
            assertThat(c.types()).containsExactly("table", "column");
        });
        assertThat(at("table \"t\" {\n  index \"i\" {\n    columns = [\n      column.a,\n      |\n")).satisfies(c -> {
            assertThat(c.where()).isEqualTo(Where.VALUE);
            assertThat(c.attribute()).isEqualTo("columns");
            assertThat(c.types()).containsExactly("table", "index");
        });
        assertThat(at("table \"t\" {\n}\n|")).satisfies(c -> assertThat(c.types()).isEmpty());
        assertThat(at("table \"t\" {|}")).satisfies(c -> {
            assertThat(c.where()).isEqualTo(Where.BODY);
            assertThat(c.types()).containsExactly("table");
        });
        assertThat(at("table \"t\" |{}").where()).isEqualTo(Where.OTHER);
    }

    @Test
    void stringsCommentsAndHeredocsHideTheirBraces() {
        String before = """
                view "v" {
                  as = <<-SQL
                    SELECT '}' FROM t
                  SQL
                  # } in a comment
                  /* } */
                  comment = "} ${"}"}"
                  |
                }
                """;
        Cursor c = at(before);
        assertThat(c.where()).isEqualTo(Where.BODY);
        assertThat(c.types()).containsExactly("view");
        assertThat(at("table \"t\" {\n  comment = \"in a str|ing\"\n}").where()).isEqualTo(Where.OTHER);
        assertThat(at("table \"t\" {\n  # in a comm|ent\n}").where()).isEqualTo(Where.OTHER);
        assertThat(at("table \"t|\" {\n}").where()).isEqualTo(Where.OTHER);
    }
}

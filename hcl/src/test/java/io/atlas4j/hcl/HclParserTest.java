package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HclParserTest {

    private static final String SCHEMA = """
            # a comment
            schema "public" {
              comment = "the default"  // trailing
            }
            /* a block
               comment */
            table "users" {
              schema = schema.public
              column "id" {
                type    = bigint
                null    = false
                default = sql("now()")
              }
              column "name" {
                type = varchar(255)
              }
              primary_key {
                columns = [column.id]
              }
              foreign_key "fk" {
                columns     = [column.id]
                ref_columns = [table.users.column.id]
                on_delete   = CASCADE
              }
              index "idx" {
                on {
                  expr = "lower(name)"
                  desc = true
                }
                where = <<-EOT
                  name IS NOT NULL
                    AND id > 0
                  EOT
              }
            }
            """;

    @Test
    void blocksLabelsAndAttributesKeepPositions() {
        HclFile f = Hcl.parse("schema.hcl", SCHEMA);
        List<Block> blocks = f.body().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly("schema", "table");
        Block table = blocks.get(1);
        assertThat(table.labels()).containsExactly("users");
        assertThat(table.typeRange()).hasToString("schema.hcl:7,1-6");
        assertThat(table.labelRanges().get(0)).hasToString("schema.hcl:7,7-14");
        assertThat(table.range()).hasToString("schema.hcl:7,1-35,2");

        Attribute schema = table.body().attribute("schema").orElseThrow();
        assertThat(schema.nameRange()).hasToString("schema.hcl:8,3-9");
        assertThat(((TraversalExpr) schema.value()).names()).containsExactly("schema", "public");
        assertThat(schema.value().range()).hasToString("schema.hcl:8,12-25");

        Block id = table.body().blocks("column").get(0);
        assertThat(((TraversalExpr) id.body().attribute("type").orElseThrow().value()).dotted()).isEqualTo("bigint");
        assertThat(((LiteralExpr) id.body().attribute("null").orElseThrow().value()).value()).isEqualTo(false);
        CallExpr def = (CallExpr) id.body().attribute("default").orElseThrow().value();
        assertThat(def.name()).isEqualTo("sql");
        assertThat(((TemplateExpr) def.args().get(0)).literal()).contains("now()");
        assertThat(def.range()).hasToString("schema.hcl:12,15-27");
    }

    @Test
    void referencesCallsListsAndHeredocs() {
        Block table = Hcl.parse("s.hcl", SCHEMA).body().blocks("table").get(0);
        CallExpr varchar = (CallExpr) table.body().blocks("column").get(1).body().attribute("type").orElseThrow().value();
        assertThat(varchar.name()).isEqualTo("varchar");
        assertThat(((LiteralExpr) varchar.args().get(0)).value()).isEqualTo(new BigDecimal("255"));

        Block fk = table.body().blocks("foreign_key").get(0);
        ListExpr refs = (ListExpr) fk.body().attribute("ref_columns").orElseThrow().value();
        assertThat(((TraversalExpr) refs.items().get(0)).names()).containsExactly("table", "users", "column", "id");

        Block idx = table.body().blocks("index").get(0);
        TemplateExpr where = (TemplateExpr) idx.body().attribute("where").orElseThrow().value();
        assertThat(where.heredoc()).isEqualTo("EOT");
        assertThat(where.literal()).contains("name IS NOT NULL\n  AND id > 0\n");
        assertThat(idx.body().blocks("on").get(0).body().attribute("desc").orElseThrow().value())
                .isEqualTo(new LiteralExpr(true, new Range("s.hcl", 28, 14, 28, 18)));
    }

    @Test
    void interpolationSplitsATemplateIntoParts() {
        Attribute a = Hcl.parse("v.hcl", "x = \"a-${var.name}-b $${not}\"\n").body().attribute("x").orElseThrow();
        TemplateExpr t = (TemplateExpr) a.value();
        assertThat(t.parts()).hasSize(3);
        assertThat(t.parts().get(0)).isEqualTo("a-");
        assertThat(((TraversalExpr) t.parts().get(1)).names()).containsExactly("var", "name");
        assertThat(((TraversalExpr) t.parts().get(1)).range()).hasToString("v.hcl:1,10-18");
        assertThat(t.parts().get(2)).isEqualTo("-b ${not}");
        assertThat(t.literal()).isEmpty();
    }

    @Test
    void heredocWithoutDashKeepsIndentationAndInterpolates() {
        String src = "v = <<EOT\n  one ${x}\n two\nEOT\n";
        TemplateExpr t = (TemplateExpr) Hcl.parse("h.hcl", src).body().attribute("v").orElseThrow().value();
        assertThat(t.parts()).hasSize(3);
        assertThat(t.parts().get(0)).isEqualTo("  one ");
        assertThat(((TraversalExpr) t.parts().get(1)).range()).hasToString("h.hcl:2,9-10");
        assertThat(t.parts().get(2)).isEqualTo("\n two\n");
    }

    @Test
    void objectsNumbersEscapesAndIndexSteps() {
        String src = "o = { a = 1, \"b\" : -2.5e1\n c = [] }\ns = \"q\\\"\\n\\u00e9\"\nr = var.list[0]\n";
        Body b = Hcl.parse("o.hcl", src).body();
        ObjectExpr o = (ObjectExpr) b.attribute("o").orElseThrow().value();
        assertThat(o.items()).hasSize(3);
        assertThat(((LiteralExpr) o.items().get(1).value()).value()).isEqualTo(new BigDecimal("-2.5e1"));
        assertThat(((ListExpr) o.items().get(2).value()).items()).isEmpty();
        assertThat(((TemplateExpr) b.attribute("s").orElseThrow().value()).literal()).contains("q\"\né");
        assertThat(((TraversalExpr) b.attribute("r").orElseThrow().value()).names()).containsExactly("var", "list", "0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            table "t" {                      | e.hcl:2,1: unclosed block: expected '}'
            a = "unterminated                | e.hcl:1,5: unterminated string
            a = 1 b = 2                      | e.hcl:1,7: expected a newline after the item, found 'b'
            a = 1 + 2                        | e.hcl:1,7: operator '+' is not supported in schema files
            a = [1 2]                        | e.hcl:1,8: expected ',' or ']' in list, found '2'
            /* open                          | e.hcl:1,1: unterminated comment: no closing */
            = 1                              | e.hcl:1,1: expected an attribute or a block, found '='
            a = <<EOT                        | e.hcl:1,5: unterminated heredoc: no line with the closing marker EOT
            a = "\\q"                        | e.hcl:1,6: invalid escape sequence \\q
            }                                | e.hcl:1,1: unexpected '}'
            """)
    void syntaxErrorsNameFileLineAndColumn(String src, String expected) {
        String input = src.replace("\\\\", "\\") + "\n";
        assertThatThrownBy(() -> Hcl.parse("e.hcl", input))
                .isInstanceOf(HclException.class)
                .hasMessage(expected.replace("\\\\", "\\"));
    }
}

package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HclFormatterTest {
    private static final String MESSY = """


            # the users of the app
            table "users" {
            schema = schema.main
                column "id" {
                      type = int   # the key
                  null=false
                  auto_increment     = true
                }


                column "bio" {
                  type = text
                  comment = <<-EOT
                      kept   as
                        written
                      EOT
                }
                /* a
                     block comment */
                primary_key {
                  columns = [
                       column.id,
                  ]
                }
            }
            schema "main" {
              comment = "a  \\"quoted\\"   ${var.x}"
            }
            variable "x" {
              type = string
              default="y"
            }
            """;

    private static final String FORMATTED = """
            # the users of the app
            table "users" {
              schema = schema.main
              column "id" {
                type           = int   # the key
                null           = false
                auto_increment = true
              }

              column "bio" {
                type    = text
                comment = <<-EOT
                      kept   as
                        written
                      EOT
              }
              /* a
                     block comment */
              primary_key {
                columns = [
                  column.id,
                ]
              }
            }

            schema "main" {
              comment = "a  \\"quoted\\"   ${var.x}"
            }

            variable "x" {
              type    = string
              default = "y"
            }
            """;

    @Test
    void indentsAlignsAndSeparatesBlocksKeepingComments() {
        // Spacing inside a value (before the comment) is the author's; only the layout around it changes.
        assertThat(HclFormatter.format("schema.hcl", MESSY)).isEqualTo(FORMATTED);
    }

    @Test
    void isIdempotent() {
        String once = HclFormatter.format("schema.hcl", MESSY);
        assertThat(HclFormatter.format("schema.hcl", once)).isEqualTo(once);
    }

    @Test
    void aFormattedFileIsLeftAsItIs() {
        assertThat(HclFormatter.format("schema.hcl", FORMATTED)).isEqualTo(FORMATTED);
    }

    @Test
    void alignmentRestartsAfterABlankLineOrAMultiLineValue() {
        String src = """
                env "local" {
                  url = "sqlite://a.db"

                  dev_long_name = "x"
                  src = [
                    "file://a.hcl",
                  ]
                  schemas = ["main"]
                }
                """;
        assertThat(HclFormatter.format("atlas.hcl", src)).isEqualTo("""
                env "local" {
                  url = "sqlite://a.db"

                  dev_long_name = "x"
                  src           = [
                    "file://a.hcl",
                  ]
                  schemas = ["main"]
                }
                """);
    }

    @Test
    void blankLinesCollapseAndLeaveTheEdgesOfABody() {
        String src = "\n\nenv \"a\" {\n\n\n  url = \"x\"\n\n\n\n  dev = \"y\"\n\n\n}\n\n\n";
        assertThat(HclFormatter.format("atlas.hcl", src)).isEqualTo("env \"a\" {\n  url = \"x\"\n\n  dev = \"y\"\n}\n");
    }

    @Test
    void heredocsAndMultiLineStringsAreKeptByteForByte() {
        String src = "view \"v\" {\n    as = <<SQL\n  SELECT 1   \n\n\n     FROM t\nSQL\n  comment = \"a ${\n  var.x } b\"\n}\n";
        String out = HclFormatter.format("v.hcl", src);
        assertThat(out).contains("  as = <<SQL\n  SELECT 1   \n\n\n     FROM t\nSQL\n");
        assertThat(out).contains("  var.x } b\"");
        assertThat(HclFormatter.format("v.hcl", out)).isEqualTo(out);
    }

    @Test
    void refusesSourceThatDoesNotParse() {
        assertThatThrownBy(() -> HclFormatter.format("bad.hcl", "table \"t\" {\n  type = \n"))
                .isInstanceOf(HclException.class).hasMessageStartingWith("bad.hcl:");
    }
}

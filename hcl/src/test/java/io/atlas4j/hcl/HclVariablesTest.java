package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.sqlite.SqliteDialect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input variables, locals and the functions schema files call, as {@code atlas schema apply --var} resolves them. */
class HclVariablesTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    private static final String TENANT = """
            variable "tenant" {
              type = string
            }
            variable "size" {
              type    = number
              default = 64
            }
            variable "audited" {
              type    = bool
              default = false
            }
            locals {
              prefix = upper(var.tenant)
              note   = format("%s tables (%d chars), audited: %v", local.prefix, var.size, var.audited)
            }
            schema "main" {
              name    = "main"
              comment = "schema of ${var.tenant}"
            }
            table "users" {
              schema  = schema.main
              comment = local.note
              column "name" {
                type    = varchar(255)
                default = join("-", [lower(local.prefix), "user"])
              }
              column "code" {
                type    = text
                default = sql(concat("'", var.tenant, "'"))
              }
            }
            """;

    @Test
    void variablesTakeGivenValuesConvertedToTheirTypeOrTheirDefaults() {
        Realm r = HclSchemas.load(TENANT, "tenant.hcl", SQLITE, Map.of("tenant", "Acme", "audited", "true"));
        Schema s = r.schemas().get(0);
        assertThat(s.attrs().get(Comment.class)).contains(new Comment("schema of Acme"));
        Table t = s.table("users").orElseThrow();
        assertThat(t.attrs().get(Comment.class)).contains(new Comment("ACME tables (64 chars), audited: true"));
        assertThat(t.column("name").orElseThrow().defaultValue().orElseThrow().sql()).isEqualTo("'acme-user'");
        assertThat(t.column("code").orElseThrow().defaultValue().orElseThrow().sql()).isEqualTo("'Acme'");
    }

    @Test
    void aVariableWithoutValueOrDefaultIsNamedWithItsPositionAndRemedy() {
        assertThatThrownBy(() -> HclSchemas.load(TENANT, "tenant.hcl", SQLITE))
                .isInstanceOfSatisfying(HclException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly("tenant.hcl:1,1-18: variable \"tenant\" has no value: give one with --var tenant=value"
                                + " (HclSchemas.load(..., Map.of(\"tenant\", value))) or a default"));
    }

    @Test
    void valuesOfTheWrongTypeAndUndeclaredVariablesAreErrors() {
        assertThatThrownBy(() -> HclSchemas.load(TENANT, "tenant.hcl", SQLITE, Map.of("tenant", "a", "size", "big", "colour", "red")))
                .isInstanceOfSatisfying(HclException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly(
                                "tenant.hcl:1,1: a value is given for variable \"colour\", which no variable block declares"
                                        + " (declared: [audited, size, tenant])",
                                "tenant.hcl:4,1-16: variable \"size\" is a number, not \"big\""));
    }

    @Test
    void unknownFunctionsAndLocalsAreCheckerErrors() {
        String hcl = """
                locals {
                  a = "x"
                }
                schema "main" {
                  comment = uper(local.b)
                }
                """;
        assertThat(HclChecker.check(java.util.List.of(Hcl.parse("f.hcl", hcl)), HclDialect.SQLITE)).extracting(Diagnostic::toString)
                .containsExactly("f.hcl:5,13-17: unknown function \"uper\" (Did you mean upper?)",
                        "f.hcl:5,18-25: unknown local value local.b (Did you mean local.a?)");
    }
}

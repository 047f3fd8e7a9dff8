package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HclCheckerTest {

    /** The example of issue 11, verbatim. */
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

    private static List<String> check(String src, HclDialect dialect) {
        return HclChecker.check(List.of(Hcl.parse("schema.hcl", src)), dialect).stream().map(Diagnostic::toString).toList();
    }

    @Test
    void theIssueExampleGivesExactlyFourErrorsWithPositions() {
        assertThat(check(FOUR_ERRORS, HclDialect.MYSQL)).containsExactly(
                "schema.hcl:1,1-14: missing required attribute \"schema\" in block of type table",
                "schema.hcl:11,3-14: unknown block type \"primray_key\" (Did you mean primary_key?)",
                "schema.hcl:19,5-12: unknown attribute \"coulmns\" in block of type index (Did you mean columns?)",
                "schema.hcl:21,3-14: foreign_key block must have exactly 1 label");
    }

    @Test
    void parseAndCheckThrowsOneExceptionListingEveryError() {
        assertThatThrownBy(() -> HclChecker.parseAndCheck("schema.hcl", FOUR_ERRORS, HclDialect.MYSQL))
                .isInstanceOfSatisfying(HclException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(4);
                    assertThat(e.origin()).hasValueSatisfying(o -> assertThat(o).hasToString("schema.hcl:1:1"));
                    assertThat(e.getMessage().lines()).hasSize(4);
                });
    }

    private static String valid(String columnType) {
        return """
                schema "main" {
                }
                table "t" {
                  schema = schema.main
                  column "c" {
                    type = %s
                  }
                }
                """.formatted(columnType);
    }

    @ParameterizedTest
    @EnumSource(HclDialect.class)
    void aMisspelledTypeSuggestsTheKnownName(HclDialect dialect) {
        assertThat(check(valid("varchr(32)"), dialect))
                .containsExactly("schema.hcl:6,12-18: unknown type \"varchr\" for " + dialect.name().toLowerCase()
                        + " (Did you mean varchar?)");
    }

    @Test
    void typeNamesArePerDialect() {
        assertThat(check(valid("jsonb"), HclDialect.POSTGRES)).isEmpty();
        assertThat(check(valid("jsonb"), HclDialect.MYSQL)).containsExactly(
                "schema.hcl:6,12-17: unknown type \"jsonb\" for mysql (Did you mean json?)");
        assertThat(check(valid("mediumtext"), HclDialect.MYSQL)).isEmpty();
        assertThat(check(valid("sql(\"int[]\")"), HclDialect.POSTGRES)).isEmpty();
        assertThat(check(valid("decimal(10, 2)"), HclDialect.SQLITE)).isEmpty();
        assertThat(check(valid("enum.mood"), HclDialect.POSTGRES)).containsExactly(
                "schema.hcl:6,12-21: unknown enum reference enum.mood");
        assertThat(check(valid("enum.mood") + "enum \"mood\" {\n  schema = schema.main\n  values = [\"a\"]\n}\n",
                HclDialect.POSTGRES)).isEmpty();
    }

    @Test
    void unknownReferencesAreReportedWithSuggestions() {
        String src = """
                schema "public" {}
                table "users" {
                  schema = schema.pubic
                  column "id" {
                    type = int
                  }
                  primary_key {
                    columns = [column.idd]
                  }
                  foreign_key "fk" {
                    columns     = [column.id]
                    ref_columns = [table.user.column.id, table.users.column.ix]
                  }
                }
                """;
        assertThat(check(src, HclDialect.POSTGRES)).containsExactly(
                "schema.hcl:3,12-24: unknown schema reference schema.pubic (Did you mean schema.public?)",
                "schema.hcl:8,16-26: unknown column reference column.idd in table \"users\" (Did you mean column.id?)",
                "schema.hcl:12,20-40: unknown table reference table.user (Did you mean table.users?)",
                "schema.hcl:12,42-63: unknown column reference table.users.column.ix in table \"users\" (Did you mean column.id?)");
    }

    @Test
    void valueKindsLabelsDuplicatesAndDialectOnlyAttributes() {
        String src = """
                schema "s" {}
                table "t" {
                  schema = schema.s
                  column "a" {
                    type = int
                    null = "no"
                    unsigned = true
                  }
                  column "a" {
                    type = int
                    type = bigint
                  }
                  index "i" "j" {
                    columns = column.a
                  }
                  foreign_key "f" {
                    columns = [column.a]
                    ref_columns = [column.a]
                    on_delete = CASCAD
                  }
                  check {
                  }
                  bogus = 1
                }
                """;
        assertThat(check(src, HclDialect.POSTGRES)).containsExactly(
                "schema.hcl:6,12-16: attribute \"null\" must be true or false",
                "schema.hcl:7,5-13: unknown attribute \"unsigned\" in block of type column (not supported by postgres)",
                "schema.hcl:9,3-13: column \"a\" is defined twice (first at line 4)",
                "schema.hcl:11,5-9: attribute \"type\" is defined twice (first at line 10)",
                "schema.hcl:13,3-16: index block must have exactly 1 label",
                "schema.hcl:14,15-23: attribute \"columns\" must be a list of column references",
                "schema.hcl:19,17-23: attribute \"on_delete\" must be one of [CASCADE, NO_ACTION, RESTRICT, SET_DEFAULT, SET_NULL] (Did you mean CASCADE?)",
                "schema.hcl:21,3-8: missing required attribute \"expr\" in block of type check",
                "schema.hcl:23,3-8: unknown attribute \"bogus\" in block of type table");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> valueErrors() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("comment = 5",
                        "schema.hcl:3,13-14: attribute \"comment\" must be a string"),
                org.junit.jupiter.params.provider.Arguments.of("auto_increment = \"x\"",
                        "schema.hcl:3,20-23: attribute \"auto_increment\" must be a number"),
                org.junit.jupiter.params.provider.Arguments.of("comment = \"${column.c}\"",
                        "schema.hcl:3,16-24: unexpected reference column.c (a value, var.<name> or local.<name> is expected)"),
                org.junit.jupiter.params.provider.Arguments.of("comment = \"${nope(1)}\"",
                        "schema.hcl:3,16-20: unknown function \"nope\""),
                org.junit.jupiter.params.provider.Arguments.of("column \"d\" {\n    type = int\n    default = now()\n  }",
                        "schema.hcl:5,15-18: unknown function \"now\""),
                org.junit.jupiter.params.provider.Arguments.of("column \"d\" {\n    type = int\n    default = sql()\n  }",
                        "schema.hcl:5,15-20: sql() takes exactly one string argument"),
                org.junit.jupiter.params.provider.Arguments.of("column \"d\" {\n    type = int\n    default = [1]\n  }",
                        "schema.hcl:5,15-18: attribute \"default\" must be a literal or sql(\"...\")"),
                org.junit.jupiter.params.provider.Arguments.of("column \"d\" {\n    type = varchar(column.c)\n  }",
                        "schema.hcl:4,20-28: type arguments must be numbers or strings"),
                org.junit.jupiter.params.provider.Arguments.of("column \"d\" {\n    type = table.t\n  }",
                        "schema.hcl:4,12-19: unexpected reference table.t as a column type"),
                org.junit.jupiter.params.provider.Arguments.of("index \"i\" {\n    columns = [1]\n  }",
                        "schema.hcl:4,16-17: expected a column reference (column.<name>)"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("valueErrors")
    void eachValueErrorHasItsPosition(String item, String expected) {
        String src = "schema \"s\" {}\ntable \"t\" {\n  " + item + "\n  schema = schema.s\n  column \"c\" {\n    type = int\n  }\n}\n";
        assertThat(check(src, HclDialect.MYSQL)).containsExactly(expected);
    }

    @Test
    void attributesAtTheTopLevelAreReported() {
        assertThat(check("x = 1\n", HclDialect.SQLITE)).containsExactly("schema.hcl:1,1-2: unknown attribute \"x\" at the top level");
    }

    @Test
    void objectBlocksAreCheckedAndVariablesResolve() {
        String src = """
                variable "c" {
                  type = string
                  default = "hello"
                }
                schema "s" {
                  comment = var.c
                }
                function "f" {
                  schema = schema.s
                  lang   = PLpgSQL
                  as     = "select 1"
                }
                trigger "tr" {
                  anything = goes.here
                }
                locals {
                  prefix = upper(var.c)
                }
                view "v" {
                  schema = schema.s
                  as     = <<-SQL
                    SELECT 1 AS one
                  SQL
                  comment = "${var.d} ${local.prefix} ${local.prefx}"
                }
                """;
        assertThat(check(src, HclDialect.POSTGRES)).containsExactly(
                "schema.hcl:13,1-13: missing required attribute \"on\" in block of type trigger",
                "schema.hcl:14,3-11: unknown attribute \"anything\" in block of type trigger",
                "schema.hcl:24,16-21: unknown variable var.d (Did you mean var.c?)",
                "schema.hcl:24,41-52: unknown local value local.prefx (Did you mean local.prefix?)");
    }

    @Test
    void aValidAtlasStyleFileHasNoErrors() {
        String src = """
                schema "public" {
                  comment = "standard public schema"
                }
                table "users" {
                  schema = schema.public
                  column "id" {
                    type = bigint
                    identity {
                      generated = ALWAYS
                    }
                  }
                  column "email" {
                    type    = character_varying(255)
                    null    = false
                    default = sql("'x'")
                  }
                  column "created" {
                    type    = timestamptz
                    default = sql("now()")
                  }
                  primary_key {
                    columns = [column.id]
                  }
                  index "users_email" {
                    unique = true
                    on {
                      expr = "lower(email)"
                      desc = true
                    }
                    where = "id > 0"
                  }
                  check "positive" {
                    expr = "id > 0"
                  }
                }
                table "posts" {
                  schema = schema.public
                  column "author" {
                    type = bigint
                  }
                  foreign_key "posts_author" {
                    columns     = [column.author]
                    ref_columns = [table.users.column.id]
                    on_delete   = CASCADE
                    on_update   = NO_ACTION
                  }
                }
                """;
        assertThat(check(src, HclDialect.POSTGRES)).isEmpty();
    }
}

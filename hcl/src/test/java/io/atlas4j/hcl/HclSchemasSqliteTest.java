package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.SchemaDiff;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.SchemaDialect;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteDialect;
import io.atlas4j.sqlite.SqliteWithoutRowId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** HCL loaded by atlas4j equals the same schema written as SQL and loaded through SQLite (the diff is empty). */
class HclSchemasSqliteTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("columns, nullability, defaults", """
                        schema "main" {}
                        table "users" {
                          schema = schema.main
                          column "id" {
                            type = integer
                          }
                          column "name" {
                            type    = varchar(255)
                            null    = true
                            default = "anon"
                          }
                          column "score" {
                            type    = decimal(10, 2)
                            default = 1.5
                          }
                          column "created" {
                            type    = datetime
                            default = sql("CURRENT_TIMESTAMP")
                          }
                          primary_key {
                            columns = [column.id]
                          }
                        }
                        """, """
                        CREATE TABLE users (
                          id integer NOT NULL PRIMARY KEY,
                          name varchar(255) NULL DEFAULT 'anon',
                          score decimal(10,2) NOT NULL DEFAULT 1.5,
                          created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
                        );
                        """),
                Arguments.of("indexes, partial and expression, foreign keys, checks, views", """
                        schema "main" {}
                        table "users" {
                          schema = schema.main
                          column "id" {
                            type = integer
                          }
                          column "email" {
                            type = text
                          }
                          primary_key {
                            columns = [column.id]
                          }
                          index "users_email" {
                            unique  = true
                            columns = [column.email]
                          }
                          index "users_lower" {
                            on {
                              expr = "lower(email)"
                            }
                            on {
                              column = column.id
                              desc   = true
                            }
                            where = "id > 0"
                          }
                          check "positive" {
                            expr = "id > 0"
                          }
                        }
                        table "posts" {
                          schema = schema.main
                          column "id" {
                            type = integer
                          }
                          column "author" {
                            type = integer
                            null = true
                          }
                          primary_key {
                            columns = [column.id]
                          }
                          foreign_key "posts_author" {
                            columns     = [column.author]
                            ref_columns = [table.users.column.id]
                            on_delete   = CASCADE
                          }
                        }
                        view "emails" {
                          schema = schema.main
                          as     = "SELECT email FROM users"
                        }
                        """, """
                        CREATE TABLE users (
                          id integer NOT NULL PRIMARY KEY,
                          email text NOT NULL,
                          CONSTRAINT positive CHECK (id > 0)
                        );
                        CREATE UNIQUE INDEX users_email ON users (email);
                        CREATE INDEX users_lower ON users (lower(email), id DESC) WHERE id > 0;
                        CREATE TABLE posts (
                          id integer NOT NULL PRIMARY KEY,
                          author integer NULL,
                          CONSTRAINT posts_author FOREIGN KEY (author) REFERENCES users (id) ON DELETE CASCADE
                        );
                        CREATE VIEW emails AS SELECT email FROM users;
                        """),
                Arguments.of("autoincrement, without rowid, generated columns", """
                        schema "main" {}
                        table "t" {
                          schema = schema.main
                          column "id" {
                            type           = integer
                            auto_increment = true
                          }
                          column "a" {
                            type = int
                          }
                          column "b" {
                            type = int
                            null = true
                            as {
                              expr = "a * 2"
                              type = STORED
                            }
                          }
                          primary_key {
                            columns = [column.id]
                          }
                        }
                        table "k" {
                          schema        = schema.main
                          without_rowid = true
                          column "k" {
                            type = text
                          }
                          primary_key {
                            columns = [column.k]
                          }
                        }
                        """, """
                        CREATE TABLE t (
                          id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
                          a int NOT NULL,
                          b int GENERATED ALWAYS AS (a * 2) STORED
                        );
                        CREATE TABLE k (k text NOT NULL PRIMARY KEY) WITHOUT ROWID;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void hclLoadsToTheSchemaTheSameSqlLoadsTo(String title, String hcl, String sql) {
        Realm fromHcl = HclSchemas.load(hcl, "schema.hcl", SQLITE);
        Schema fromSql = Atlas.load(sql, "schema.sql", SQLITE);
        assertThat(fromHcl.schemas()).hasSize(1);
        Schema loaded = fromHcl.schemas().get(0);
        assertThat(SchemaDialect.of(loaded)).containsSame(SQLITE);
        SchemaDiff there = Atlas.diff(fromSql, loaded);
        SchemaDiff back = Atlas.diff(loaded, fromSql);
        assertThat(there.changes()).as("sql -> hcl").isEmpty();
        assertThat(back.changes()).as("hcl -> sql").isEmpty();
    }

    @Test
    void aDifferenceInTheHclShowsInTheDiff() {
        String hcl = pairs().toList().get(0).get()[1].toString().replace("default = 1.5", "default = 2.5");
        String sql = pairs().toList().get(0).get()[2].toString();
        Schema loaded = HclSchemas.load(hcl, "schema.hcl", SQLITE).schemas().get(0);
        assertThat(Atlas.diff(Atlas.load(sql, "schema.sql", SQLITE), loaded).changes()).hasSize(1);
    }

    @Test
    void mapsColumnsDefaultsAndDialectAttributes() {
        Schema s = HclSchemas.load(pairs().toList().get(0).get()[1].toString(), "schema.hcl", SQLITE).schemas().get(0);
        Table users = s.table("users").orElseThrow();
        Column name = users.column("name").orElseThrow();
        assertThat(name.nullable()).isTrue();
        assertThat(name.defaultValue()).contains(new Literal("'anon'"));
        assertThat(users.column("id").orElseThrow().nullable()).isFalse();
        assertThat(users.column("created").orElseThrow().defaultValue()).containsInstanceOf(RawExpr.class);
        Schema t = HclSchemas.load(pairs().toList().get(2).get()[1].toString(), "schema.hcl", SQLITE).schemas().get(0);
        assertThat(t.table("t").orElseThrow().primaryKey().orElseThrow().attrs().has(SqliteAutoincrement.class)).isTrue();
        assertThat(t.table("k").orElseThrow().attrs().has(SqliteWithoutRowId.class)).isTrue();
    }

    @Test
    void checkerErrorsFailTheLoadAndNameEveryOne() {
        String hcl = """
                schema "main" {}
                table "t" {
                  schema = schema.main
                  column "a" {
                    type = varchr(3)
                  }
                  primray_key {
                  }
                }
                """;
        assertThatThrownBy(() -> HclSchemas.load(hcl, "schema.hcl", SQLITE))
                .isInstanceOfSatisfying(HclException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly(
                                "schema.hcl:5,12-18: unknown type \"varchr\" for sqlite (Did you mean varchar?)",
                                "schema.hcl:7,3-14: unknown block type \"primray_key\" (Did you mean primary_key?)"));
    }

    @Test
    void whatIsNotMappedYetFailsLoudlyWithItsPosition() {
        String hcl = """
                schema "main" {}
                enum "tr" {
                  schema = schema.main
                  values = ["a"]
                }
                table "t" {
                  schema = schema.main
                  column "a" {
                    type = int
                  }
                  primary_key {
                    columns = [column.a]
                    comment = "pk"
                  }
                }
                """;
        assertThatThrownBy(() -> HclSchemas.load(hcl, "schema.hcl", SQLITE))
                .isInstanceOfSatisfying(HclException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString)
                        .containsExactly(
                                "schema.hcl:2,1-10: enum blocks are not mapped to atlas4j's schema model for sqlite yet",
                                "schema.hcl:13,5-12: attribute \"comment\" of primary_key is not mapped to atlas4j's schema model yet"));
    }
}

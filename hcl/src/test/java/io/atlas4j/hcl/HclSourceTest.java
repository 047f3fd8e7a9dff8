package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.DesiredSchema;
import io.atlas4j.SqlScript;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .hcl} file or folder is a desired-schema source wherever a {@code .sql} one is: {@code Atlas.load},
 * {@code DesiredSchema.load} and every caller of {@code SqlScript.of(source, dialect, scope)} read it through the
 * dev database, so the schema they get is what the database made of it.
 */
class HclSourceTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    private static final String USERS = """
            schema "main" {}
            table "users" {
              schema = schema.main
              column "id" {
                type = integer
              }
              column "email" {
                type = varchar(255)
              }
              primary_key {
                columns = [column.id]
              }
              index "users_email" {
                unique  = true
                columns = [column.email]
              }
            }
            """;

    private static final String POSTS = """
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
            view "authors" {
              schema = schema.main
              as     = "SELECT DISTINCT author FROM posts"
            }
            """;

    private static final String SAME_AS_SQL = """
            CREATE TABLE users (id integer NOT NULL PRIMARY KEY, email varchar(255) NOT NULL);
            CREATE UNIQUE INDEX users_email ON users (email);
            CREATE TABLE posts (id integer NOT NULL PRIMARY KEY, author integer NULL,
              CONSTRAINT posts_author FOREIGN KEY (author) REFERENCES users (id) ON DELETE CASCADE);
            CREATE VIEW authors AS SELECT DISTINCT author FROM posts;
            """;

    @Test
    void aFileLoadsThroughTheDevDatabase(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.hcl"), USERS + POSTS);
        Schema fromHcl = Atlas.load(file, SQLITE);
        Schema fromSql = Atlas.load(SAME_AS_SQL, "schema.sql", SQLITE);
        assertThat(fromHcl.tables()).extracting(t -> t.name()).containsExactlyInAnyOrder("users", "posts");
        assertThat(Atlas.diff(fromSql, fromHcl).changes()).isEmpty();
        assertThat(Atlas.diff(fromHcl, fromSql).changes()).isEmpty();
    }

    @Test
    void aFolderOfHclFilesIsCheckedAndLoadedTogether(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_users.hcl"), USERS);
        Files.writeString(dir.resolve("2_posts.hcl"), POSTS);
        DesiredSchema desired = DesiredSchema.load(dir, SQLITE);
        assertThat(Atlas.diff(Atlas.load(SAME_AS_SQL, "schema.sql", SQLITE), desired.schema()).changes()).isEmpty();
    }

    @Test
    void theDdlKeepsStatementsWholeAndLeavesNamesUnqualified(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.hcl"), USERS + POSTS);
        List<SqlScript> scripts = SqlScript.of(file, SQLITE, Scope.SCHEMA);
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).name()).startsWith(file.toString());
        assertThat(scripts.get(0).sql()).contains("CREATE TABLE \"users\"").doesNotContain("\"main\".");
    }

    @Test
    void checkerErrorsNameTheFileAndPosition(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.hcl"), """
                schema "main" {}
                table "users" {
                  schema = schema.main
                  column "id" {
                    type = integr
                  }
                }
                """);
        assertThatThrownBy(() -> Atlas.load(file, SQLITE))
                .isInstanceOf(HclException.class)
                .hasMessageContaining("schema.hcl:5,12")
                .hasMessageContaining("integer");
    }

    @Test
    void sqlSourcesAreUnchanged(@TempDir Path dir) throws Exception {
        Path sql = Files.writeString(dir.resolve("schema.sql"), SAME_AS_SQL);
        assertThat(SqlScript.isSql(sql)).isTrue();
        assertThat(SqlScript.isSql(dir.resolve("schema.sql").getParent())).isTrue();
        assertThat(SqlScript.of(sql, SQLITE, Scope.SCHEMA)).containsExactlyElementsOf(SqlScript.of(sql));
    }
}

package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.Test;

/** Executable comments as MariaDB 10.11 runs or skips them; MySQL, which runs what MariaDB skips, is refused them. */
class OfflineMySqlCommentsTest {
    private static final Dialect D = MySqlDialect.create(io.atlas4j.mysql.ServerInfo.MARIADB_10_11);

    private static Table table(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D).tables().get(0);
    }

    @Test
    void mysqlOnlyAndLaterVersionsAreSkipped() {
        Table t = table("""
                create table vc (a int /*!50699 comment 'a' */, b int /*!99999 comment 'b' */, c int /*!100000 comment 'c' */,
                  d int /*!110000 comment 'd' */, e int /*! comment 'e' */, f int /*!101100 comment 'f' */,
                  location point NOT NULL /*!80003 SRID 4326 */, s varchar(20) default '/*!80000 x */')
                """);
        assertThat(t.columns()).extracting(c -> c.attrs().get(Comment.class).map(Comment::text).orElse(""))
                .containsExactly("a", "", "c", "", "e", "f", "", "");
        assertThat(t.column("s").flatMap(Column::defaultValue).orElseThrow().sql()).isEqualTo("'/*!80000 x */'");
    }

    @Test
    void aPatchReleaseOfTheServerIsRefused() {
        assertThatThrownBy(() -> table("create table t (a int /*!101105 comment 'a' */)"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("executable comment");
    }

    @Test
    void onMySqlACommentMariaDbWouldSkipIsRefused() {
        String sql = "create table t (location point NOT NULL /*!80003 SRID 4326 */, a int /*!50699 comment 'a' */)";
        assertThatThrownBy(() -> OfflineSchemas.load(sql, "schema.sql", MySqlDialect.create(io.atlas4j.mysql.ServerInfo.MYSQL_8)))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("executable comment for version 80003 on MySQL");
        assertThat(OfflineSchemas.load("create table t (a int /*!50699 comment 'a' */)", "schema.sql",
                MySqlDialect.create(io.atlas4j.mysql.ServerInfo.MYSQL_8)).tables().get(0).column("a").orElseThrow()
                .attrs().get(Comment.class)).contains(new Comment("a"));
    }
}

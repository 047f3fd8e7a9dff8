package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.script.ScriptStatement;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.Scope;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MySqlDialectTest {
    @Test
    void registeredWithServiceLoader() {
        assertThat(ServiceLoader.load(Dialect.class).stream().map(p -> p.type().getName()))
                .contains(MySqlDialect.class.getName());
        assertThat(Dialects.byName("mysql")).isInstanceOf(MySqlDialect.class);
        assertThat(Dialects.forUrl("mariadb://root@localhost/db")).isInstanceOf(MySqlDialect.class);
    }

    @Test
    void urlsBecomeMariaDbDriverUrlsWithCredentialsAsProperties() {
        Connector d = MySqlDialect.create().connector();
        JdbcTarget t = d.jdbcTarget(DatabaseUrl.parse("mysql://app:p%40ss@db.example:3307/shop?useSsl=true"), Access.WRITE).orElseThrow();
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3307/shop");
        assertThat(t.properties()).containsEntry("user", "app").containsEntry("password", "p@ss").containsEntry("useSsl", "true");
        assertThat(d.jdbcTarget(DatabaseUrl.parse("mariadb://root@localhost/x"), Access.WRITE).orElseThrow().jdbcUrl())
                .isEqualTo("jdbc:mariadb://localhost:3306/x");
        assertThat(d.jdbcTarget(DatabaseUrl.parse("postgres://localhost/x"), Access.WRITE)).isEmpty();
        assertThat(d.scope(DatabaseUrl.parse("mysql://root@localhost/x"))).isEqualTo(Scope.SCHEMA);
        assertThatThrownBy(() -> d.scope(DatabaseUrl.parse("mysql://root:secret@localhost:3307"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("names no database").hasMessageContaining("mysql://root@localhost:3307/app")
                .hasMessageNotContaining("secret");
    }

    @Test
    void serverVersionAndFlavor() {
        ServerInfo maria = ServerInfo.parse("10.11.19-MariaDB-0+deb12u1", 0);
        assertThat(maria.flavor()).isEqualTo(Flavor.MARIADB);
        assertThat(maria.atLeast(10, 5)).isTrue();
        assertThat(maria.atLeast(11, 0)).isFalse();
        ServerInfo mysql = ServerInfo.parse("8.0.36", 1);
        assertThat(mysql.flavor()).isEqualTo(Flavor.MYSQL);
        assertThat(mysql.minor()).isZero();
        assertThat(mysql.lowerCaseTableNames()).isEqualTo(1);
        assertThat(ServerInfo.parse("5.5.5-10.6.12-MariaDB", 0)).extracting(ServerInfo::major, ServerInfo::minor).containsExactly(10, 6);
    }

    @Test
    void noDevDatabaseWithoutATarget() {
        assertThat(MySqlDialect.create().devDatabases().embedded()).isEmpty();
    }

    @Test
    void splitterKeepsBackticksBlocksAndDelimiters() {
        String script = """
                # a hash comment; with a semicolon
                CREATE TABLE `a;b` (id int); -- trailing
                INSERT INTO `a;b` VALUES ('x;y');
                CREATE TRIGGER t BEFORE INSERT ON `a;b` FOR EACH ROW
                BEGIN
                  IF NEW.id > 0 THEN SET NEW.id = 1; END IF;
                END;
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//
                DELIMITER ;
                CREATE VIEW v AS SELECT 1;
                """;
        List<ScriptStatement> st = MySqlDialect.create().syntax().splitter().split(script);
        assertThat(st).extracting(ScriptStatement::line).containsExactly(2, 3, 4, 9, 11);
        assertThat(st.get(0).sql()).isEqualTo("CREATE TABLE `a;b` (id int)");
        assertThat(st.get(2).sql()).startsWith("CREATE TRIGGER").endsWith("END");
        assertThat(st.get(3).sql()).isEqualTo("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END");
    }
}

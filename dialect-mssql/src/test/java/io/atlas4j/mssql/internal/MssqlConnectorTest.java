package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import org.junit.jupiter.api.Test;

class MssqlConnectorTest {
    private final MssqlConnector c = MssqlConnector.INSTANCE;

    @Test
    void atlasUrlMapsToTheMicrosoftDriver() {
        DatabaseUrl url = c.parse("sqlserver://sa:P%40ss@db.local:1433?database=app");
        JdbcTarget t = c.jdbcTarget(url, Access.READ).orElseThrow();
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:sqlserver://db.local:1433;databaseName=app;encrypt=false");
        assertThat(t.properties()).containsEntry("user", "sa").containsEntry("password", "P@ss");
        assertThat(url.toString()).isEqualTo("sqlserver://sa:xxxxx@db.local:1433?database=app").doesNotContain("P%40ss");
        assertThat(c.scope(url)).isEqualTo(Scope.DATABASE);
    }

    @Test
    void defaultsAndOtherSpellings() {
        JdbcTarget t = c.jdbcTarget(c.parse("mssql://sa@localhost/app?encrypt=true&trustServerCertificate=true"), Access.WRITE).orElseThrow();
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:sqlserver://localhost:1433;databaseName=app;encrypt=true;trustServerCertificate=true");
        assertThat(c.scope(c.parse("sqlserver://sa@h?database=app&mode=schema"))).isEqualTo(Scope.SCHEMA);
        assertThat(c.jdbcTarget(c.parse("sqlserver://sa@h?database=app&mode=schema&schema=s"), Access.READ).orElseThrow().jdbcUrl())
                .doesNotContain("mode").doesNotContain("schema=");
        assertThat(c.jdbcTarget(DatabaseUrl.parse("postgres://h/db"), Access.READ)).isEmpty();
    }

    @Test
    void plainJdbcUrlsKeepThePasswordOutOfTheUrl() {
        DatabaseUrl url = c.parse("jdbc:sqlserver://h:1444;databaseName=app;user=sa;password=secret;encrypt=false");
        assertThat(url.host()).contains("h");
        assertThat(url.port()).contains(1444);
        assertThat(MssqlConnector.database(url)).isEqualTo("app");
        assertThat(url.toString()).doesNotContain("secret");
        JdbcTarget t = c.jdbcTarget(url, Access.READ).orElseThrow();
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:sqlserver://h:1444;databaseName=app;encrypt=false");
        assertThat(t.properties()).containsEntry("password", "secret").containsEntry("user", "sa");
    }

    @Test
    void aUrlWithoutDatabaseIsRefusedWithAnExample() {
        assertThatThrownBy(() -> c.scope(c.parse("sqlserver://sa:pw@h:1433")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("?database=app").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> c.parse("sqlserver://h:x?database=a")).isInstanceOf(InvalidInputException.class);
    }
}

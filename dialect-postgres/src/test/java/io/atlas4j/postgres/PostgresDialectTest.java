package io.atlas4j.postgres;

import io.atlas4j.Dialects;
import io.atlas4j.script.ScriptStatement;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.Scope;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDialectTest {
    @Test
    void foundByServiceLoaderByNameAndScheme() {
        assertThat(Dialects.byName("postgres")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forUrl("postgresql://h/db")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forUrl("postgres://h/db")).isInstanceOf(PostgresDialect.class);
    }

    @Test
    void urlBecomesJdbcUrlWithCredentialsAsProperties() {
        Dialect d = PostgresDialect.create();
        JdbcTarget t = d.connector().jdbcTarget(DatabaseUrl.parse("postgres://app:p%40ss@db.example:6543/shop?search_path=sales&sslmode=require"),
                Connector.Access.WRITE).orElseThrow();
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop");
        assertThat(t.properties()).containsEntry("user", "app").containsEntry("password", "p@ss")
                .containsEntry("currentSchema", "sales").containsEntry("sslmode", "require");
        assertThat(t.jdbcUrl()).doesNotContain("p@ss");
    }

    @Test
    void aUrlWithoutSearchPathNamesTheWholeDatabase() {
        Connector c = PostgresDialect.create().connector();
        assertThat(c.scope(c.parse("postgres://u@h/db"))).isEqualTo(Scope.DATABASE);
        assertThat(c.scope(c.parse("postgres://u@h/db?search_path=app"))).isEqualTo(Scope.SCHEMA);
    }

    @Test
    void splitterKeepsDollarQuotedBodiesWhole() {
        List<ScriptStatement> st = PostgresDialect.create().syntax().splitter().split("""
                CREATE TABLE t (id int);
                CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$
                BEGIN
                  RETURN 1; -- a ; inside
                END;
                $body$;
                SELECT 'a;b', $$x;y$$;
                """);
        assertThat(st).hasSize(3);
        assertThat(st.get(1).sql()).startsWith("CREATE FUNCTION").endsWith("$body$");
        assertThat(st.get(1).line()).isEqualTo(2);
        assertThat(st.get(2).line()).isEqualTo(7);
    }

    @Test
    void versionIsFixedAtConstruction() {
        assertThat(PostgresDialect.forVersion(120005).serverVersion()).isEqualTo(120005);
        assertThat(PostgresDialect.create().name()).isEqualTo("postgres");
    }
}

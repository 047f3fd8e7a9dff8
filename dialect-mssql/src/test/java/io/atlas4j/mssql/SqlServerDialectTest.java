package io.atlas4j.mssql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.SqlScript;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.OfflineLoader;
import io.atlas4j.spi.Scope;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SqlServerDialectTest {
    @Test
    void foundByNameUrlAndServiceLoader() {
        assertThat(Dialects.byName("mssql")).isInstanceOf(SqlServerDialect.class);
        assertThat(Dialects.forUrl("sqlserver://sa@h?database=a")).isInstanceOf(SqlServerDialect.class);
        OfflineLoader loader = ServiceLoader.load(OfflineLoader.class).stream().map(ServiceLoader.Provider::get)
                .filter(l -> l.loads(SqlServerDialect.create())).findFirst().orElseThrow();
        Realm r = loader.load(SqlServerDialect.create(), List.of(new SqlScript("s.sql", "CREATE TABLE a (x int)\nGO\nCREATE TABLE other.b (y int)")),
                Scope.SCHEMA);
        assertThat(r.schemas()).singleElement().matches(s -> s.name().equals("dbo") && s.tables().size() == 1);
        assertThat(loader.load(SqlServerDialect.create(), List.of(new SqlScript("s.sql", "CREATE TABLE other.b (y int)")), Scope.DATABASE)
                .schemas()).hasSize(2);
    }
}

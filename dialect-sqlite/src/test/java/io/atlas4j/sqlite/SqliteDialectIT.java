package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.DevDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDialectIT {
    @TempDir
    Path dir;

    @Test
    void mapsUrlsToJdbc() {
        SqliteDialect d = SqliteDialect.create();
        Connector c = d.connector();
        assertThat(c.jdbcTarget(c.parse("sqlite://path/to/file.db"), Access.WRITE).get().jdbcUrl()).isEqualTo("jdbc:sqlite:path/to/file.db");
        assertThat(c.jdbcTarget(c.parse("sqlite://:memory:"), Access.READ).get().jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(d.connector().urlSchemes()).containsExactly("sqlite");
    }

    @Test
    void isFoundByServiceLoaderByNameUrlAndConnection() throws Exception {
        assertThat(Dialects.byName("sqlite")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.forUrl("sqlite://x.db")).isInstanceOf(SqliteDialect.class);
        try (Connection c = Dialects.connect("sqlite://" + dir.resolve("found.db"))) {
            assertThat(Dialects.forConnection(c)).isInstanceOf(SqliteDialect.class);
        }
    }

    @Test
    void devDatabaseIsAFreshInMemoryDatabase() throws Exception {
        try (DevDatabase dev = SqliteDialect.create().devDatabases().embedded().orElseThrow()) {
            try (var s = dev.connection().createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(dev.connection().getMetaData().getURL()).contains(":memory:");
        }
    }
}

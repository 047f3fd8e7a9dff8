package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;

import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension creates a uniquely named database per test on the server, brings it to a schema and drops it after. */
class PostgresExtensionIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");

    @RegisterExtension
    static AtlasExtension db = AtlasExtension.postgres();

    @Test
    void freshDatabaseBroughtToTheSchema(TestDatabase test, DataSource ds) {
        Servers.requireDialect(test);
        assertThat(test.inspect()).doesNotHaveTable("users");
        SchemaBootstrap.of(ds).desired(SHOP).run();
        assertThat(ds).isInSyncWith(SHOP);
        assertThat(test.inspect()).table("users").hasUniqueIndexOn("email").column("email").isNotNull();
    }
}

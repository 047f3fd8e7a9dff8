package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An extension given a schema brings every fresh database to it before the test. */
class ExtensionWithSchemaIT {
    @RegisterExtension
    static AtlasExtension db = AtlasExtension.sqlite().withSchema(Path.of("src/test/resources/bootstrap/shop.sql"));

    @Test
    void databaseStartsWithTheSchema(TestDatabase test, Connection connection) throws Exception {
        assertThat(test.inspect()).table("orders").hasForeignKeyTo("users").column("user_id").isNotNull();
        assertThat(test.dataSource()).isInSyncWith(Path.of("src/test/resources/bootstrap/shop.sql"));
        assertThat(SchemaBootstrap.of(test.dataSource()).history()).hasSize(1);
        assertThat(connection.isClosed()).isFalse();
    }
}

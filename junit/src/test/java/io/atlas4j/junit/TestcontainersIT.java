package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code @Testcontainers} way: the container is started by Testcontainers' extension, before
 * any test asks AtlasExtension for a database. It pulls an image, so it runs only when asked
 * for ({@code -Datlas4j.testcontainers=true}) and a Docker engine answers; Testcontainers itself
 * disables it otherwise.
 */
@Testcontainers(disabledWithoutDocker = true)
@EnabledIfSystemProperty(named = "atlas4j.testcontainers", matches = "true", disabledReason = "pulls a PostgreSQL image: run with -Datlas4j.testcontainers=true")
class TestcontainersIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");

    @Container
    static PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(DockerImageName.parse("postgres:16-alpine"));

    @RegisterExtension
    static AtlasExtension db = AtlasExtension.postgres(pg).withSchema(SHOP);

    @Test
    void databasesLiveOnTheContainer(TestDatabase test, DataSource ds) {
        assertThat(pg.isRunning()).isTrue();
        assertThat(test.url()).startsWith(pg.getJdbcUrl().replaceAll("/test(\\?.*)?$", "/atlas4j_test_"));
        assertThat(ds).isInSyncWith(SHOP);
        assertThat(SchemaBootstrap.of(ds).history()).hasSize(1);
    }
}

package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * {@code AtlasExtension.postgres(container)}/{@code mysql(container)} with containers nobody
 * started: where a Docker engine answers the extension starts them; where none does (CI's
 * machine) it says so on stderr and uses the local servers, skipping only when those are down
 * too (failing under CI=true). Either way the tests pass for lack of Docker.
 */
class ContainerExtensionIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");
    static final boolean DOCKER = DockerClientFactory.instance().isDockerAvailable();

    @Nested
    class Postgres {
        @RegisterExtension
        static AtlasExtension db = AtlasExtension.postgres(new PostgreSQLContainer<>(DockerImageName.parse("postgres:16-alpine")));

        @Test
        void databaseOnTheContainerOrTheLocalServer(TestDatabase test, DataSource ds) {
            Servers.requireDialect(test);
            assertThat(test.kind()).isEqualTo("postgres");
            if (!DOCKER) assertThat(test.url()).startsWith("jdbc:postgresql://127.0.0.1:5432/atlas4j_test_");
            SchemaBootstrap.of(ds).desired(SHOP).run();
            assertThat(ds).isInSyncWith(SHOP);
        }
    }

    @Nested
    class MySql {
        @RegisterExtension
        static AtlasExtension db = AtlasExtension.mysql(new MySQLContainer<>(DockerImageName.parse("mysql:8.4")));

        @Test
        void databaseOnTheContainerOrTheLocalServer(TestDatabase test, DataSource ds) {
            Servers.requireDialect(test);
            if (!DOCKER) assertThat(test.kind()).isEqualTo("mariadb");
            SchemaBootstrap.of(ds).desired(SHOP).run();
            assertThat(ds).isInSyncWith(SHOP);
        }
    }
}

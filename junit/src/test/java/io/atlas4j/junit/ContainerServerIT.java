package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The container path without Docker: a container that reports itself running, with the local
 * servers' addresses, stands in for a started one (the URL and the credentials that may create
 * databases are what is under test).
 */
class ContainerServerIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");

    @Test
    void postgresDatabasesAreCreatedWithTheContainersUser() throws Exception {
        var running = new RunningPostgres();
        ContainerServer server = new ContainerServer("postgres", running, DatabaseServer.sqlite());
        assertThat(server.adminUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?loggerLevel=OFF&user=postgres&password=");
        try (TestDatabase db = open(server)) {
            assertThat(db.kind()).isEqualTo("postgres");
            assertThat(db.url()).startsWith("jdbc:postgresql://127.0.0.1:5432/atlas4j_test_").endsWith("?loggerLevel=OFF&user=postgres&password=");
            Servers.requireDialect(db);
            io.atlas4j.SchemaBootstrap.of(db.dataSource()).desired(SHOP).run();
            assertThat(db.dataSource()).isInSyncWith(SHOP);
        }
        assertThat(server.describe()).startsWith("Postgres at jdbc:postgresql://127.0.0.1:5432/test").contains("password=***");
    }

    @Test
    void mysqlDatabasesAreCreatedAsRootWithoutTheContainersDatabase() throws Exception {
        var running = new RunningMariadb();
        ContainerServer server = new ContainerServer("mysql", running, DatabaseServer.sqlite());
        assertThat(server.adminUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/?user=root&password=");
        try (TestDatabase db = open(server)) {
            assertThat(db.kind()).isEqualTo("mariadb");
            Servers.requireDialect(db);
            io.atlas4j.SchemaBootstrap.of(db.dataSource()).desired(SHOP).run();
            assertThat(db.dataSource()).isInSyncWith(SHOP);
        }
    }

    @Test
    void aContainerThatCannotRunFallsBackToTheLocalServer() throws Exception {
        var never = new UnstartablePostgres();
        ContainerServer server = new ContainerServer("postgres", never, DatabaseServer.sqlite());
        try (TestDatabase db = server.create()) {
            assertThat(db.kind()).isEqualTo("sqlite");
        }
        // "did not start" where a Docker engine answers, "no Docker engine" where none does
        assertThat(server.describe()).startsWith("SQLite (").contains("Testcontainers UnstartablePostgres");
    }

    /** A "running" PostgreSQL container: the local server. */
    static final class RunningPostgres extends PostgreSQLContainer<RunningPostgres> {
        RunningPostgres() {
            super(DockerImageName.parse("postgres:16-alpine"));
        }

        @Override public boolean isRunning() { return true; }
        @Override public String getJdbcUrl() { return "jdbc:postgresql://127.0.0.1:5432/test?loggerLevel=OFF"; }
        @Override public String getUsername() { return "postgres"; }
        @Override public String getPassword() { return ""; }
    }

    /** A "running" MySQL container whose URL names the MariaDB driver: the local MariaDB server. */
    static final class RunningMariadb extends MySQLContainer<RunningMariadb> {
        RunningMariadb() {
            super(DockerImageName.parse("mysql:8.4"));
        }

        @Override public boolean isRunning() { return true; }
        @Override public String getJdbcUrl() { return "jdbc:mariadb://127.0.0.1:3306/test"; }
        @Override public String getUsername() { return "test"; }
        @Override public String getPassword() { return ""; }
    }

    /** A container whose image cannot be pulled. */
    static final class UnstartablePostgres extends PostgreSQLContainer<UnstartablePostgres> {
        UnstartablePostgres() {
            super(DockerImageName.parse("postgres:16-alpine"));
        }

        @Override public boolean isRunning() { return false; }
        @Override public void start() { throw new IllegalStateException("image cannot be pulled"); }
    }

    /** A server database, or a skip (a failure under CI) when the local server is down. */
    private static TestDatabase open(DatabaseServer server) {
        try {
            return server.create();
        } catch (java.sql.SQLException e) {
            throw io.atlas4j.testkit.Prerequisite.missing(server.describe() + " is not reachable (" + e.getMessage() + ")", e);
        }
    }
}

package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.atlas4j.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The MariaDB suite's convergence cases, corpora and statement count, run against a MySQL 8.4
 * server started once for this class through Testcontainers, connected with MySQL's own driver
 * (so the connection reports the product name "MySQL" and the dialect takes its MySQL paths).
 *
 * <p>Without a Docker engine the class is skipped with a message, even when {@code CI=true}:
 * issue 4 asks for MySQL 8 only "where a Docker engine exists", and MariaDB stays the server that
 * must be present. The container's lifecycle is handled here rather than by {@code @Testcontainers}
 * so that the Docker check comes first and its skip message says what was not tested.
 */
class MySql8IT {
    static final String NO_DOCKER = "MySQL 8 not tested: no Docker engine for Testcontainers; the suite ran against MariaDB only";

    /** Cases whose SQL MySQL does not accept: MariaDB's Aria engine, UUID column type and sequences. */
    static final Set<String> MARIADB_ONLY = Set.of("007-table-engine-aria", "059-column-uuid",
            "120-sequence-add", "121-sequence-change", "122-sequence-drop");

    private static boolean docker;
    private static MySQLContainer<?> mysql;

    @BeforeAll
    static void start() {
        docker = DockerClientFactory.instance().isDockerAvailable();
        if (!docker) {
            System.out.println("[MySql8IT] " + NO_DOCKER);
            return;
        }
        mysql = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                // Binary logging is on by default in MySQL 8: without this the function and procedure cases fail with error 1418.
                .withCommand("--log-bin-trust-function-creators=1")
                .withUrlParam("allowPublicKeyRetrieval", "true")
                .withUrlParam("useSSL", "false");
        mysql.start();
    }

    /**
     * Skips a test, rather than the class, so the report counts every MySQL 8 test as skipped, not
     * as absent; a test factory without Docker yields one such skipped test (an aborted factory is not counted).
     */
    private static void requireDocker() {
        // A skip even when CI=true: issue 4 asks for MySQL 8 only where a Docker engine exists (MariaDB is the required server).
        assumeTrue(docker, NO_DOCKER);
    }

    private static Stream<DynamicTest> skipped(String name) {
        return Stream.of(DynamicTest.dynamicTest(name + " on MySQL 8", MySql8IT::requireDocker));
    }

    @AfterAll
    static void stop() {
        if (mysql != null) mysql.stop();
    }

    /** A fresh root connection to the container (the tests create and drop their own databases). */
    private static Connection server() {
        try {
            return DriverManager.getConnection(mysql.getJdbcUrl(), "root", mysql.getPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL 8 container at " + mysql.getJdbcUrl() + " refused a connection", e);
        }
    }

    @Test
    void dialectTakesTheMySqlPaths() throws Exception {
        requireDocker();
        try (Connection c = server()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("MySQL");
            assertThat(Dialects.forConnection(c)).isInstanceOf(MySqlDialect.class);
            ServerInfo info = Harness.dialect(c).server();
            assertThat(info.isMariaDb()).isFalse();
            assertThat(info.major()).isEqualTo(8);
            assertThat(info.minor()).isEqualTo(4);
        }
    }

    @TestFactory
    Stream<DynamicTest> convergence() throws Exception {
        if (!docker) return skipped("convergence cases");
        return ConvergenceIT.caseDirs().filter(dir -> !MARIADB_ONLY.contains(dir.getFileName().toString()))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> ConvergenceIT.runCase(MySql8IT::server, dir)));
    }

    @TestFactory
    Stream<DynamicTest> corpora() throws Exception {
        if (!docker) return skipped("mysql corpora");
        return CorpusIT.files().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> CorpusIT.check(MySql8IT::server, f)));
    }

    @Test
    void statementCountDoesNotGrowWithTables() throws Exception {
        requireDocker();
        int[] small = InspectionCountIT.count(MySql8IT::server, 10);
        int[] large = InspectionCountIT.count(MySql8IT::server, 1000);
        System.out.printf("MySQL 8 inspection statements: 10 tables -> %d created / %d executed; 1000 tables -> %d created / %d executed%n",
                small[0], small[1], large[0], large[1]);
        assertThat(large).containsExactly(small);
        assertThat(small[1]).isLessThanOrEqualTo(13);
    }

    /** The MariaDB-only exclusions must name real cases, so a renamed case cannot silently run nowhere. */
    @Test
    void excludedCasesExist() throws Exception {
        requireDocker();
        assertThat(ConvergenceIT.caseDirs().map(Path::getFileName).map(Path::toString).toList()).containsAll(MARIADB_ONLY);
    }
}

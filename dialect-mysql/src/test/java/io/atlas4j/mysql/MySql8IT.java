package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.testkit.Prerequisite;
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
 * <p>It needs a Docker engine, which CI's machine lacks, so it runs only when asked for:
 * {@code mvn -B verify -Pmysql8}. Asked for without a Docker engine it fails (or skips locally,
 * as any missing prerequisite does), so a report never counts it as run when it was not.
 */
class MySql8IT {
    /** Cases whose SQL MySQL does not accept: MariaDB's Aria engine, UUID column type and sequences. */
    static final Set<String> MARIADB_ONLY = Set.of("007-table-engine-aria", "059-column-uuid",
            "120-sequence-add", "121-sequence-change", "122-sequence-drop");

    private static MySQLContainer<?> mysql;

    @BeforeAll
    static void start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw Prerequisite.missing("MySQL 8 (mvn -Pmysql8) needs a Docker engine for Testcontainers, and none is running", null);
        }
        mysql = new MySQLContainer<>(DockerImageName.parse("mysql:8.4"))
                // Binary logging is on by default in MySQL 8: without this the function and procedure cases fail with error 1418.
                .withCommand("--log-bin-trust-function-creators=1")
                .withUrlParam("allowPublicKeyRetrieval", "true")
                .withUrlParam("useSSL", "false");
        mysql.start();
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
        return ConvergenceIT.caseDirs().filter(dir -> !MARIADB_ONLY.contains(dir.getFileName().toString()))
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> ConvergenceIT.runCase(MySql8IT::server, dir)));
    }

    @TestFactory
    Stream<DynamicTest> corpora() throws Exception {
        return CorpusIT.files().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> CorpusIT.check(MySql8IT::server, f)));
    }

    @Test
    void statementCountDoesNotGrowWithTables() throws Exception {
        int[] small = InspectionCountIT.count(MySql8IT::server, 10);
        int[] large = InspectionCountIT.count(MySql8IT::server, 1000);
        System.out.printf("MySQL 8 inspection statements: 10 tables -> %d created / %d executed; 1000 tables -> %d created / %d executed%n",
                small[0], small[1], large[0], large[1]);
        assertThat(large).containsExactly(small);
        assertThat(small[1]).isLessThanOrEqualTo(14);
    }

    /** The MariaDB-only exclusions must name real cases, so a renamed case cannot silently run nowhere. */
    @Test
    void excludedCasesExist() throws Exception {
        assertThat(ConvergenceIT.caseDirs().map(Path::getFileName).map(Path::toString).toList()).containsAll(MARIADB_ONLY);
    }
}

package io.atlas4j.junit;

import io.atlas4j.DesiredSchema;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * A fresh database per test, handed to the test as a {@link TestDatabase}, {@link DataSource} or
 * {@link Connection} parameter, and dropped after it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static AtlasExtension db = AtlasExtension.sqlite().withSchema(Path.of("src/main/resources/schema.sql"));
 *
 * @Test
 * void storesUsers(DataSource ds) { ... }
 * }</pre>
 *
 * A server that cannot be reached skips the test with a message saying which; when the
 * environment variable {@code CI} is {@code true} it fails it instead, so CI never passes by skipping.
 *
 * <p>With Testcontainers (an optional dependency: add {@code org.testcontainers:postgresql} or
 * {@code mysql} to your tests), the databases live on a container's server:
 *
 * <pre>{@code
 * @Testcontainers
 * class RepositoryTest {
 *     @Container
 *     static PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16-alpine");
 *
 *     @RegisterExtension
 *     static AtlasExtension db = AtlasExtension.postgres(pg).withSchema(Path.of("src/main/resources/schema.sql"));
 * }
 * }</pre>
 *
 * Leave out {@code @Testcontainers} and {@code @Container} where a machine may lack Docker (a CI
 * runner with local database servers): the extension then starts the container itself when a
 * Docker engine answers, and otherwise says so on stderr and uses the local server of
 * {@link #postgres()} or {@link #mariadb()}.
 */
public final class AtlasExtension implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AtlasExtension.class);

    private final DatabaseServer server;
    private final Optional<Object> schema;

    private AtlasExtension(DatabaseServer server, Optional<Object> schema) {
        this.server = server;
        this.schema = schema;
    }

    /** A temporary SQLite file per test. */
    public static AtlasExtension sqlite() {
        return new AtlasExtension(DatabaseServer.sqlite(), Optional.empty());
    }

    /** A database per test on the PostgreSQL server of system property {@code atlas4j.postgres.url} (default 127.0.0.1:5432, user postgres). */
    public static AtlasExtension postgres() {
        return new AtlasExtension(DatabaseServer.postgres(System.getProperty("atlas4j.postgres.url",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")), Optional.empty());
    }

    /** A database per test on the MariaDB/MySQL server of system property {@code atlas4j.mariadb.url} (default 127.0.0.1:3306, user root). */
    public static AtlasExtension mariadb() {
        return new AtlasExtension(DatabaseServer.mariadb(System.getProperty("atlas4j.mariadb.url",
                "jdbc:mariadb://127.0.0.1:3306/?user=root")), Optional.empty());
    }

    /**
     * A database per test on the PostgreSQL server in this Testcontainers container, started here
     * if nothing started it; without a Docker engine, on the server of {@link #postgres()}.
     */
    public static AtlasExtension postgres(JdbcDatabaseContainer<?> container) {
        return new AtlasExtension(new ContainerServer("postgres", container, postgres().server), Optional.empty());
    }

    /**
     * A database per test on the MySQL or MariaDB server in this Testcontainers container, started
     * here if nothing started it; without a Docker engine, on the server of {@link #mariadb()}.
     */
    public static AtlasExtension mysql(JdbcDatabaseContainer<?> container) {
        return new AtlasExtension(new ContainerServer("mysql", container, mariadb().server), Optional.empty());
    }

    public static AtlasExtension of(DatabaseServer server) {
        return new AtlasExtension(server, Optional.empty());
    }

    /** {@return an extension that brings each fresh database to the schema of this SQL file or directory} */
    public AtlasExtension withSchema(Path sql) {
        return new AtlasExtension(server, Optional.of(sql));
    }

    public AtlasExtension withSchema(Schema desired) {
        return new AtlasExtension(server, Optional.of(DesiredSchema.of(desired)));
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        Class<?> t = p.getParameter().getType();
        return t == TestDatabase.class || t == DataSource.class || t == Connection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        TestDatabase db = database(c);
        Class<?> t = p.getParameter().getType();
        if (t == TestDatabase.class) return db;
        if (t == DataSource.class) return db.dataSource();
        if (t == Connection.class) return db.connection();
        throw new ParameterResolutionException("cannot resolve " + t);
    }

    /**
     * Creates the database before the test's parameters are resolved when the test asks for one:
     * JUnit reports an abort thrown while resolving a parameter as an error, so an unreachable
     * server would fail the test instead of skipping it.
     */
    @Override
    public void beforeEach(ExtensionContext c) {
        boolean wanted = c.getTestMethod().stream().flatMap(m -> java.util.Arrays.stream(m.getParameterTypes()))
                .anyMatch(t -> t == TestDatabase.class || t == DataSource.class || t == Connection.class);
        if (wanted) database(c);
    }

    @Override
    public void afterEach(ExtensionContext c) {
        TestDatabase db = c.getStore(NS).remove(c.getUniqueId(), TestDatabase.class);
        if (db != null) db.close();
    }

    /** {@return the test's database, created on first use} */
    public TestDatabase database(ExtensionContext c) {
        return c.getStore(NS).getOrComputeIfAbsent(c.getUniqueId(), k -> create(), TestDatabase.class);
    }

    private TestDatabase create() {
        TestDatabase db;
        try {
            db = server.create();
        } catch (SQLException e) {
            String message = server.describe() + " is not reachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(message + ": CI=true, so this fails", e);
            Assumptions.abort(message + ": test skipped; start the server or set CI=true to fail instead");
            throw new IllegalStateException(message, e);
        }
        schema.ifPresent(s -> {
            SchemaBootstrap b = SchemaBootstrap.of(db.dataSource());
            b = s instanceof Path p ? b.desired(p) : b.desired((DesiredSchema) s);
            b.run();
        });
        return db;
    }
}

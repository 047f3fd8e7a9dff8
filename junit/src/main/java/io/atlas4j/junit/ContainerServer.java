package io.atlas4j.junit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * A database per test on the server in a Testcontainers container, or on a local server when no
 * Docker engine can run it.
 *
 * <p>The container is looked at when the first test asks for a database, not when the extension
 * is built, so {@code @Testcontainers}/{@code @Container} (which start it before the tests) work
 * as usual. A container nobody started is started here when a Docker engine answers, and left to
 * Testcontainers to remove when the JVM ends, as its singleton containers are. With no Docker
 * engine, or a container that fails to start (an image that cannot be pulled), the tests use the
 * local server and one line on stderr says so; a local server that is down then skips the tests,
 * or fails them under {@code CI=true}, as for {@link AtlasExtension#postgres()}.
 *
 * <p>This is the only class that touches Testcontainers, an optional dependency of atlas4j-junit:
 * it is loaded only by {@link AtlasExtension#postgres(JdbcDatabaseContainer)} and
 * {@link AtlasExtension#mysql(JdbcDatabaseContainer)}.
 */
final class ContainerServer implements DatabaseServer {
    private final String kind;
    private final JdbcDatabaseContainer<?> container;
    private final DatabaseServer local;
    private DatabaseServer chosen;
    private String fallbackReason;

    ContainerServer(String kind, JdbcDatabaseContainer<?> container, DatabaseServer local) {
        this.kind = kind;
        this.container = container;
        this.local = local;
    }

    @Override
    public TestDatabase create() throws SQLException {
        return chosen().create();
    }

    /** {@return the container's server, or the local one when the container cannot run} */
    synchronized DatabaseServer chosen() {
        if (chosen != null) return chosen;
        if (!container.isRunning()) {
            if (!dockerAvailable()) {
                return fallBack("no Docker engine for the Testcontainers " + image());
            }
            try {
                container.start();
            } catch (RuntimeException e) {
                return fallBack("the Testcontainers " + image() + " did not start (" + e.getMessage() + ")");
            }
        }
        chosen = new DatabaseServer.Server(serverKind(), adminUrl());
        return chosen;
    }

    private DatabaseServer fallBack(String reason) {
        fallbackReason = reason;
        chosen = local;
        System.err.println("atlas4j: " + reason + ": using " + local.describe() + " instead");
        return chosen;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** {@code mysql} for a MySQL container, {@code mariadb} for a MariaDB one (their URLs name different drivers). */
    private String serverKind() {
        return kind.equals("postgres") ? "postgres" : container.getJdbcUrl().startsWith("jdbc:mariadb:") ? "mariadb" : "mysql";
    }

    /**
     * The container's URL with credentials that may create databases: PostgreSQL's container user
     * is a superuser; on MySQL and MariaDB it is root, whose password the container shares with its user.
     */
    String adminUrl() {
        String url = container.getJdbcUrl();
        String user = container.getUsername();
        if (!kind.equals("postgres")) {
            int q = url.indexOf('?');
            String base = q < 0 ? url : url.substring(0, q);
            int slash = base.indexOf('/', base.indexOf("//") + 2);
            url = (slash < 0 ? base : base.substring(0, slash)) + "/" + (q < 0 ? "" : url.substring(q));
            user = "root";
        }
        return url + (url.indexOf('?') < 0 ? "?" : "&") + "user=" + encode(user) + "&password=" + encode(container.getPassword());
    }

    /** Names the container without asking Docker ({@code getDockerImageName()} pulls the image first). */
    private String image() {
        Class<?> c = container.getClass();
        while (c.isAnonymousClass()) c = c.getSuperclass();
        return c.getSimpleName();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized String describe() {
        if (chosen == null) return "the Testcontainers " + image();
        return fallbackReason == null ? chosen.describe() : chosen.describe() + " (" + fallbackReason + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}

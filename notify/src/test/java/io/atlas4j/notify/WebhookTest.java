package io.atlas4j.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webhook against a local HTTP server: one call per report, the documented payload, bounded retries, never a throw. */
class WebhookTest {
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Starts a server answering each call with the next status of {@code statuses} (the last one repeats). */
    private URI serve(int... statuses) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private static ApplyReport ok() {
        return ApplyReport.succeeded("schema apply", "postgres://app:xxxxx@db:5432/app",
                List.of("CREATE TABLE \"users\" (\"id\" bigint NOT NULL)", "CREATE INDEX \"users_email\" ON \"users\" (\"email\")"),
                Duration.ofMillis(42));
    }

    @Test
    void oneCallPerReportWithTheDocumentedJson() throws Exception {
        Webhook hook = Webhook.to(serve(200), PayloadFormat.JSON);
        Delivery d = hook.send(ok());
        assertThat(d.delivered()).isTrue();
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(bodies).hasSize(1);
        assertThat(contentTypes).containsExactly("application/json");
        String body = bodies.get(0);
        assertThat(body).startsWith("{\"command\":\"schema apply\",\"target\":\"postgres://app:xxxxx@db:5432/app\",\"status\":\"succeeded\","
                + "\"summary\":[\"CREATE TABLE \\\"users\\\" (\\\"id\\\" bigint NOT NULL)\",")
                .contains("\"error\":null,\"durationMillis\":42,\"finishedAt\":\"");
        assertThat(body).isEqualTo(hook.body(ok()).replaceAll("\"finishedAt\":\"[^\"]*\"", body.substring(body.indexOf("\"finishedAt\""),
                body.length() - 1)));
    }

    @Test
    void aFailedApplyCarriesTheErrorAndTheAppliedPrefix() throws Exception {
        Webhook hook = Webhook.to(serve(204), PayloadFormat.JSON);
        ApplyReport failed = ApplyReport.failed("migrate apply", "sqlite://app.db", List.of("1_users.sql", "2_posts.sql"),
                List.of("1_users.sql"), "2_posts.sql:3: no such table: user", Duration.ofSeconds(1));
        assertThat(hook.send(failed).delivered()).isTrue();
        assertThat(bodies.get(0)).contains("\"status\":\"failed\"", "\"applied\":[\"1_users.sql\"]",
                "\"error\":\"2_posts.sql:3: no such table: user\"", "\"durationMillis\":1000");
    }

    @Test
    void slackGetsAReadableText() throws Exception {
        Webhook hook = Webhook.to(serve(200), PayloadFormat.SLACK);
        assertThat(hook.send(ok()).delivered()).isTrue();
        assertThat(bodies.get(0)).startsWith("{\"text\":\":white_check_mark: atlas4j schema apply succeeded on postgres://app:xxxxx@db:5432/app"
                + " in 42 ms: 2 of 2 applied\\n```\\nCREATE TABLE");
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimes() throws Exception {
        Webhook hook = Webhook.to(serve(500, 502, 200), PayloadFormat.JSON).attempts(3, Duration.ofMillis(10));
        Delivery d = hook.send(ok());
        assertThat(d.delivered()).isTrue();
        assertThat(d.attempts()).isEqualTo(3);
        assertThat(bodies).hasSize(3);

        bodies.clear();
        server.stop(0);
        Webhook failing = Webhook.to(serve(503), PayloadFormat.JSON).attempts(2, Duration.ofMillis(10));
        Delivery gaveUp = failing.send(ok());
        assertThat(gaveUp.delivered()).isFalse();
        assertThat(gaveUp.attempts()).isEqualTo(2);
        assertThat(gaveUp.problem()).contains("HTTP 503");
        assertThat(bodies).hasSize(2);
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        Delivery d = Webhook.to(serve(404), PayloadFormat.JSON).attempts(3, Duration.ofMillis(10)).send(ok());
        assertThat(d.delivered()).isFalse();
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.status()).isEqualTo(404);
    }

    @Test
    void aServerThatIsDownIsReportedNotThrown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Delivery d = Webhook.to(URI.create("http://127.0.0.1:" + port + "/hook"), PayloadFormat.JSON)
                .timeout(Duration.ofSeconds(1)).attempts(2, Duration.ofMillis(10)).send(ok());
        assertThat(d.delivered()).isFalse();
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.problem()).get().asString().contains("ConnectException");
    }

    @Test
    void badSettingsAreRefusedUpFront() {
        assertThatThrownBy(() -> Webhook.to(URI.create("ftp://example.com/x"), PayloadFormat.JSON))
                .hasMessageContaining("not http:// or https://");
        assertThatThrownBy(() -> PayloadFormat.of("teams")).hasMessageContaining("use json or slack");
    }
}

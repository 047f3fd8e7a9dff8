package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code atlas4j.webhook.*} branch in real application contexts over an SQLite file, with the JDK's HTTP server
 * standing in for the webhook's receiver: one call per start-up that applies something, with the documented payload.
 */
class Atlas4jWebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
    private volatile int answer = 204;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        Atlas4jAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + tmp.resolve("app.db"));
    }

    @Test
    void oneJsonCallPerApplyWithThePlanAndOutcome() throws Exception {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook()).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jRunListener.class);
            ctx.getBean(JdbcTemplate.class).update("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
        });
        assertThat(bodies).hasSize(1);
        assertThat(contentTypes).containsExactly("application/json");
        JsonNode body = JSON.readTree(bodies.get(0));
        assertThat(body.path("command").asText()).isEqualTo("schema apply");
        assertThat(body.path("status").asText()).isEqualTo("succeeded");
        assertThat(body.path("target").asText()).startsWith("jdbc:sqlite:").endsWith("app.db");
        assertThat(body.path("summary")).hasSize(2);
        assertThat(body.path("summary").get(0).asText()).startsWith("CREATE TABLE").contains("customer");
        assertThat(body.path("summary").get(1).asText()).startsWith("CREATE TABLE").contains("purchase");
        assertThat(body.path("applied")).isEqualTo(body.path("summary"));
        assertThat(body.path("error").isNull()).isTrue();
        assertThat(body.path("durationMillis").isIntegralNumber()).isTrue();
        assertThat(Instant.parse(body.path("finishedAt").asText())).isBeforeOrEqualTo(Instant.now());

        // a second start finds the schema in place: nothing applied, nothing told
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook())
                .run(ctx -> assertThat(ctx).hasNotFailed());
        assertThat(bodies).hasSize(1);
    }

    @Test
    void slackFormatPostsAnIncomingWebhookMessage() throws Exception {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook(), "atlas4j.webhook.format=slack")
                .run(ctx -> assertThat(ctx).hasNotFailed());
        assertThat(bodies).hasSize(1);
        JsonNode body = JSON.readTree(bodies.get(0));
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.path("text").asText()).startsWith(":white_check_mark: atlas4j schema apply succeeded on jdbc:sqlite:")
                .contains("2 of 2 applied").contains("CREATE TABLE \"customer\"");
    }

    @Test
    void aRefusedApplyIsReportedAsFailedAndStillStopsStartUp() throws Exception {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> assertThat(ctx).hasNotFailed());
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema-without-purchase.sql", "atlas4j.webhook.url=" + hook())
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(DestructiveChangeException.class);
                });
        assertThat(bodies).hasSize(1);
        JsonNode body = JSON.readTree(bodies.get(0));
        assertThat(body.path("status").asText()).isEqualTo("failed");
        assertThat(body.path("error").asText()).contains("purchase");
        assertThat(body.path("applied")).isEmpty();
        // after a failure the database is named from the pool's settings, without connecting
        assertThat(body.path("target").asText()).startsWith("jdbc:sqlite:").endsWith("app.db");
    }

    @Test
    void aMigrationRunListsItsFiles() throws Exception {
        runner().withPropertyValues("atlas4j.migrations=classpath:db/migration", "atlas4j.webhook.url=" + hook())
                .run(ctx -> assertThat(ctx).hasNotFailed());
        assertThat(bodies).hasSize(1);
        JsonNode body = JSON.readTree(bodies.get(0));
        assertThat(body.path("command").asText()).isEqualTo("migrate apply");
        assertThat(body.path("status").asText()).isEqualTo("succeeded");
        assertThat(body.path("summary")).extracting(JsonNode::asText).containsExactly("1_customer.sql", "2_purchase.sql");
    }

    @Test
    void aFailedMigrationListsTheFilesThatCompleted() throws Exception {
        Path dir = tmp.resolve("migrations");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("1_customer.sql"), "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        java.nio.file.Files.writeString(dir.resolve("2_broken.sql"), "CREATE TABLE note (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        java.nio.file.Files.write(dir.resolve(io.atlas4j.migrate.dir.SumFile.NAME), io.atlas4j.migrate.dir.SumFile.compute(dir).bytes());
        runner().withPropertyValues("atlas4j.migrations=file:" + dir, "atlas4j.webhook.url=" + hook()).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("nowhere");
        });
        assertThat(bodies).hasSize(1);
        JsonNode body = JSON.readTree(bodies.get(0));
        assertThat(body.path("command").asText()).isEqualTo("migrate apply");
        assertThat(body.path("status").asText()).isEqualTo("failed");
        assertThat(body.path("summary")).extracting(JsonNode::asText).containsExactly("1_customer.sql", "2_broken.sql");
        // SQLite rolls the failed file back, so only the first file remained
        assertThat(body.path("applied")).extracting(JsonNode::asText).containsExactly("1_customer.sql");
        assertThat(body.path("error").asText()).contains("2_broken.sql").contains("nowhere");
    }

    @Test
    void aWebhookThatIsDownNeverFailsStartUp() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=http://127.0.0.1:" + closedPort + "/hook",
                "atlas4j.webhook.attempts=2", "atlas4j.webhook.timeout=2s").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    ctx.getBean(JdbcTemplate.class).update("INSERT INTO purchase (id, customer_id, item_name) VALUES (1, 1, 'lamp')");
                });
    }

    @Test
    void aFailingReceiverIsRetriedAttemptsTimesAndStartUpGoesOn() {
        answer = 503;
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook(), "atlas4j.webhook.attempts=2")
                .run(ctx -> assertThat(ctx).hasNotFailed());
        assertThat(bodies).hasSize(2);
    }

    @Test
    void withoutAtlas4jNotifyThereIsNoWebhook() {
        runner().withClassLoader(new FilteredClassLoader("io.atlas4j.notify"))
                .withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook())
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrator.class).doesNotHaveBean(Atlas4jRunListener.class));
        assertThat(bodies).isEmpty();
    }

    @Test
    void withoutAUrlThereIsNoWebhook() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.format=slack")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(Atlas4jRunListener.class));
        assertThat(bodies).isEmpty();
    }

    @Test
    void anUnknownFormatStopsStartUpNamingTheProperty() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=" + hook(), "atlas4j.webhook.format=teams")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class)
                            .hasMessageContaining("atlas4j.webhook.format").hasMessageContaining("teams");
                });
        assertThat(bodies).isEmpty();
    }

    @Test
    void aUrlThatIsNotHttpStopsStartUpNamingTheProperty() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.webhook.url=ftp://127.0.0.1/hook").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("atlas4j.webhook.url").hasMessageContaining("not http:// or https://");
        });
    }

    @Test
    void applicationListenersHearTheRunAndOneThatThrowsCannotFailStartUp() {
        runner().withUserConfiguration(Listeners.class).withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            List<Atlas4jRun> heard = ctx.getBean(Listeners.class).heard;
            assertThat(heard).singleElement().satisfies(run -> {
                assertThat(run.mode()).isEqualTo("schema");
                assertThat(run.source()).isEqualTo("classpath:db/schema.sql");
                assertThat(run.succeeded()).isTrue();
                assertThat(run.applied()).hasSize(2);
            });
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        final List<Atlas4jRun> heard = new ArrayList<>();

        @Bean
        Atlas4jRunListener throwing() {
            return run -> {
                throw new IllegalStateException("listener bug");
            };
        }

        @Bean
        Atlas4jRunListener recording() {
            return heard::add;
        }
    }
}

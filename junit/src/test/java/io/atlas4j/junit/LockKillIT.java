package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.BootstrapResult;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.error.ConflictException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process killed with SIGKILL while it holds the schema lock, mid-migration, blocks the next
 * start-up only until the database ends its session; the next run converges.
 */
class LockKillIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killedHolderDoesNotBlockTheNextRun(String kind) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db.url())
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                CompletableFuture<String> locked = CompletableFuture.supplyAsync(() -> {
                    try {
                        StringBuilder seen = new StringBuilder();
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.equals("LOCKED")) return line;
                            seen.append(line).append('\n');
                        }
                        return "holder exited:\n" + seen;
                    } catch (java.io.IOException e) {
                        return e.toString();
                    }
                });
                assertThat(locked.get(60, TimeUnit.SECONDS)).isEqualTo("LOCKED");

                // while it lives, the lock is really held
                assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(SHOP).timeout(Duration.ofMillis(1500)).run())
                        .isInstanceOf(ConflictException.class);

                holder.destroyForcibly();
                assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(holder.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            } finally {
                holder.destroyForcibly();
            }

            BootstrapResult r = SchemaBootstrap.of(db.dataSource()).desired(SHOP).timeout(Duration.ofSeconds(60)).run();
            assertThat(r.wasApplied()).isTrue();
            assertThat(db.dataSource()).isInSyncWith(SHOP);
            assertThat(SchemaBootstrap.of(db.dataSource()).history()).hasSize(1);
        }
    }
}

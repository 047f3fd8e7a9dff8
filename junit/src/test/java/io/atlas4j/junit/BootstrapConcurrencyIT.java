package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.BootstrapResult;
import io.atlas4j.Dialects;
import io.atlas4j.HistoryEntry;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ten replicas start at once against one empty database: one applies, the others wait and find nothing to do. */
class BootstrapConcurrencyIT {
    static Schema desired(TestDatabase db) throws Exception {
        Path sql = Path.of(BootstrapConcurrencyIT.class.getResource("/bootstrap/shop.sql").toURI());
        try (Connection c = db.dataSource().getConnection()) {
            Dialect d = Dialects.forConnection(c);
            return d.devDatabases().embedded().map(dev -> {
                dev.close();
                return Atlas.load(sql, d);
            }).orElseGet(() -> Atlas.load(sql, d, c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void tenReplicasApplyOnce(String kind) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            Schema want = desired(db);
            int n = 10;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<BootstrapResult>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return SchemaBootstrap.of(db.dataSource()).desired(want).timeout(Duration.ofSeconds(60)).run();
                }));
            }
            go.countDown();
            List<BootstrapResult> results = new ArrayList<>();
            for (Future<BootstrapResult> f : runs) results.add(f.get(90, TimeUnit.SECONDS));
            pool.shutdown();

            assertThat(results.stream().filter(BootstrapResult::wasApplied).count()).as("replicas that applied").isEqualTo(1);
            assertThat(results).filteredOn(r -> !r.wasApplied())
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(BootstrapResult.Status.UP_TO_DATE)).hasSize(n - 1);
            List<HistoryEntry> history = SchemaBootstrap.of(db.dataSource()).history();
            assertThat(history).hasSize(1);
            assertThat(history.get(0).success()).isTrue();
            assertThat(history.get(0).statements()).isNotEmpty();
            BootstrapResult applied = results.stream().filter(BootstrapResult::wasApplied).findFirst().orElseThrow();
            assertThat(history.get(0).fingerprintAfter()).isEqualTo(applied.fingerprintAfter());
            assertThat(db.dataSource()).isInSyncWith(want);
            assertThat(db.inspect()).table("orders").column("user_id").isNotNull();
        }
    }
}

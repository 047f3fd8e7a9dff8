package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.atlas4j.spring.boot.shop.Customer;
import io.atlas4j.spring.boot.shop.CustomerRepository;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ten replicas of a JPA application start at once against one empty PostgreSQL database: all start,
 * the schema is applied once (one history row, one webhook call), and each reads and writes the tables.
 */
class ConcurrentStartupIT {
    @Test
    void tenContextsStartedAtOnceApplyOnce() throws Exception {
        Shop.assertBootVersion();
        int n = 10;
        AtomicInteger calls = new AtomicInteger();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        String hookUrl = "atlas4j.webhook.url=http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
        try (PostgresDatabases.Db db = PostgresDatabases.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    return Shop.startOnPostgres(db, "atlas4j.schema=classpath:db/schema.sql",
                            "spring.datasource.hikari.maximum-pool-size=2", hookUrl);
                }));
            }
            go.countDown();
            List<ConfigurableApplicationContext> contexts = new ArrayList<>();
            try {
                for (Future<ConfigurableApplicationContext> f : starts) contexts.add(f.get(90, TimeUnit.SECONDS));
                for (int i = 0; i < n; i++) {
                    contexts.get(i).getBean(CustomerRepository.class).save(new Customer((long) i, "replica " + i));
                }
                assertThat(contexts.get(0).getBean(CustomerRepository.class).count()).isEqualTo(n);
            } finally {
                contexts.forEach(ConfigurableApplicationContext::close);
                pool.shutdownNow();
            }
            assertThat(ShopStartupIT.count(db, "SELECT COUNT(*) FROM atlas4j_schema_history")).as("applies recorded").isEqualTo(1);
            assertThat(calls).as("webhook calls").hasValue(1);
        } finally {
            hook.stop(0);
        }
    }
}

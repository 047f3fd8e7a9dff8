package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.spring.boot.shop.Customer;
import io.atlas4j.spring.boot.shop.CustomerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ten replicas of a JPA application start at once against one empty PostgreSQL database: all start,
 * the schema is applied once (one history row), and each reads and writes the tables.
 */
class ConcurrentStartupIT {
    @Test
    void tenContextsStartedAtOnceApplyOnce() throws Exception {
        Shop.assertBootVersion();
        int n = 10;
        try (PostgresDatabases.Db db = PostgresDatabases.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    return Shop.startOnPostgres(db, "atlas4j.schema=classpath:db/schema.sql",
                            "spring.datasource.hikari.maximum-pool-size=2");
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
        }
    }
}

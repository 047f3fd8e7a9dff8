package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The GET_LOCK schema lock: exclusive between sessions, released explicitly or when the holder's session ends. */
class SchemaLockIT {
    @Test
    void exclusiveAndReleasedWithTheSession() throws Exception {
        SchemaLock lock = MySqlDialect.create().execution().schemaLock().orElseThrow();
        assertThat(lock.scope()).isEqualTo(SchemaLock.Scope.SESSION);
        String name = "atlas4j:test_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection a = MariaDb.server(); Connection b = MariaDb.server()) {
            SchemaLock.Held held = lock.acquire(a, name, Duration.ofSeconds(1));
            assertThatThrownBy(() -> lock.acquire(b, name, Duration.ofMillis(200))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(name);
            held.release(true);
            SchemaLock.Held second = lock.acquire(b, name, Duration.ofSeconds(1));
            try (Connection c = MariaDb.server()) {
                b.close(); // the session ends: the server lets go of its lock
                lock.acquire(c, name, Duration.ofSeconds(2)).release(true);
            }
            assertThat(second).isNotNull();
        }
    }
}

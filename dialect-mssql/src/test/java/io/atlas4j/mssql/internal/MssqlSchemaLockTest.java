package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.ConflictException;
import io.atlas4j.mssql.SqlServerDialect;
import io.atlas4j.spi.SchemaLock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock's protocol against a connection that answers sp_getapplock as SQL Server does. */
class MssqlSchemaLockTest {
    @Test
    void takesASessionApplockAndReleasesIt() throws Exception {
        FakeJdbc jdbc = new FakeJdbc(sql -> List.<Object[]>of(new Object[] {0}));
        SchemaLock lock = SqlServerDialect.create().execution().schemaLock().orElseThrow();
        assertThat(lock.scope()).isEqualTo(SchemaLock.Scope.SESSION);
        SchemaLock.Held held = lock.acquire(jdbc.connection(), "atlas4j:app", Duration.ofSeconds(1));
        held.release(true);
        assertThat(jdbc.sql).containsExactly(MssqlSchemaLock.ACQUIRE, MssqlSchemaLock.RELEASE);
        assertThat(MssqlSchemaLock.ACQUIRE).contains("sp_getapplock", "@LockOwner = 'Session'", "@LockTimeout = 0");
        assertThat(SqlServerDialect.create().execution().transactionalDdl()).isTrue();
    }

    @Test
    void aLockHeldElsewhereTimesOutWithAConflict() {
        FakeJdbc jdbc = new FakeJdbc(sql -> List.<Object[]>of(new Object[] {-1}));
        assertThatThrownBy(() -> MssqlSchemaLock.INSTANCE.acquire(jdbc.connection(), "atlas4j:app", Duration.ofMillis(120)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("sp_getapplock");
        assertThat(jdbc.sql.size()).isGreaterThan(1);
    }

    @Test
    void scratchDatabasesAreReachedThroughTheTargetsUrl() {
        assertThat(MssqlDevDatabases.withDatabase("jdbc:sqlserver://h:1433;databaseName=app;encrypt=false", "dev1"))
                .isEqualTo("jdbc:sqlserver://h:1433;encrypt=false;databaseName=dev1");
        assertThat(MssqlDevDatabases.scratchName()).startsWith("atlas4j_dev_").hasSize(28);
    }
}

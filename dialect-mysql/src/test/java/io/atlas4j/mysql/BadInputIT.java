package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear error that names the file and line, or the server with the password masked. */
class BadInputIT {
    @TempDir
    Path dir;

    @Test
    void syntaxErrorInDesiredFileNamesFileAndLine() throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, """
                CREATE TABLE a (id int NOT NULL PRIMARY KEY);

                -- the next statement is broken
                CREATE TABLE b (
                  id int NOT NULL PRIMARY KEY,
                  name varchar(10) NOT NULL DEFALT 'x'
                );
                """);
        try (MariaDb.Db db = new MariaDb.Db("a4j_bad")) {
            MySqlDialect d = Harness.dialect(db.connection);
            try (DevDatabase dev = d.devDatabases().scratch(db.connection, Optional.empty()).orElseThrow()) {
                SchemaParseException e = catchThrowableOfType(SchemaParseException.class, () -> Atlas.load(file, dev.connection()));
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).startsWith(file + ":6: ").contains("near ''x'").contains("CREATE TABLE b");
                assertThat(e.origin()).hasValueSatisfying(o -> assertThat(o.line()).isEqualTo(6));
            }
            // the target database is untouched and the dev database is gone
            Schema target = Harness.inspect(db.connection, d);
            assertThat(target.tables()).isEmpty();
            assertThat(db.connection.getCatalog()).isEqualTo(db.name);
        }
    }

    @Test
    void unreachableServerIsAConnectionErrorWithoutThePassword() {
        MariaDb.server(); // the driver must be usable; skips when MariaDB is absent
        ConnectionException e = catchThrowableOfType(ConnectionException.class,
                () -> Dialects.connect("mysql://root:s3cretPw@127.0.0.1:1/nowhere?connectTimeout=2000"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("s3cretPw").contains("xxxxx").contains("127.0.0.1:1");
    }

    @Test
    void wrongPasswordIsAConnectionErrorWithoutThePassword() throws Exception {
        MariaDb.server().close();
        ConnectionException e = catchThrowableOfType(ConnectionException.class,
                () -> Dialects.connect("mariadb://root:wr0ngPw@127.0.0.1:3306/mysql"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("wr0ngPw").contains("xxxxx").containsIgnoringCase("access denied");
    }
}

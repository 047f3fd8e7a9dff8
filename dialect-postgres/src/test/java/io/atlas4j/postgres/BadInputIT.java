package io.atlas4j.postgres;

import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input gets one clear error naming the file and line or the (masked) URL, and changes nothing. */
class BadInputIT {
    private static Connection admin;

    @BeforeAll
    static void connect() {
        admin = PgServer.admin();
    }

    @AfterAll
    static void close() throws Exception {
        if (admin != null) admin.close();
    }

    @Test
    void unknownTypeInDesiredFileNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, """
                CREATE TABLE a (id int PRIMARY KEY);

                CREATE TABLE b (
                  id int,
                  x no_such_type
                );
                """);
        try (PgServer.TestDb target = new PgServer.TestDb(admin, "atlas4j_bad")) {
            Convergence.load(target.connection, "current.sql", "CREATE TABLE keep (id int);");
            Schema before = Convergence.inspect(target.connection);
            String devName;
            SchemaParseException e;
            try (DevDatabase dev = PostgresDialect.create().devDatabases().scratch(admin, Optional.empty()).orElseThrow()) {
                devName = dev.connection().getCatalog();
                e = catchThrowableOfType(SchemaParseException.class, () -> Atlas.load(file, dev.connection()));
            }
            assertThat(e.getMessage()).startsWith(file + ":3: ").contains("no_such_type");
            assertThat(e.origin()).get().extracting(o -> o.line()).isEqualTo(3);
            assertThat(Convergence.diff(before, Convergence.inspect(target.connection))).as("target untouched").isEmpty();
            try (var s = admin.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
                s.setString(1, devName);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("scratch dev database dropped").isZero();
                }
            }
        }
    }

    @Test
    void unreachableServerNamesUrlWithPasswordMasked() {
        ConnectionException e = catchThrowableOfType(ConnectionException.class,
                () -> Dialects.connect("postgres://postgres:s3cret@127.0.0.1:1/app?connectTimeout=2"));
        assertThat(e.getMessage()).contains("postgres://postgres:xxxxx@127.0.0.1:1/app").doesNotContain("s3cret");
    }

    /**
     * The test server trusts every local login, so a wrong password cannot fail here; an unknown
     * role is the login failure it can produce, through the same code path.
     */
    @Test
    void refusedLoginNamesUrlWithPasswordMasked() {
        String url = "postgres://no_such_role_atlas4j:wr0ngpass@" + PgServer.HOST + ":" + PgServer.PORT + "/postgres";
        ConnectionException e = catchThrowableOfType(ConnectionException.class, () -> Dialects.connect(url));
        assertThat(e.getMessage()).contains("postgres://no_such_role_atlas4j:xxxxx@").doesNotContain("wr0ngpass")
                .contains("no_such_role_atlas4j");
    }
}

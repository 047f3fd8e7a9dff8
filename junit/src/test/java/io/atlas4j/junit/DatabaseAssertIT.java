package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** isInSyncWith against a real SQLite database from the extension, passing and failing with the plan that would fix it. */
class DatabaseAssertIT {
    @RegisterExtension
    static AtlasExtension db = AtlasExtension.sqlite();

    @Test
    void inSyncAndOutOfSync(TestDatabase test, DataSource ds, @TempDir Path dir) throws Exception {
        Servers.requireDialect(test);
        test.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
        Path same = Files.writeString(dir.resolve("same.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);");
        assertThat(ds).isInSyncWith(same);
        assertThat(test.inspect()).table("users").column("email").isNotNull();

        Path more = Files.writeString(dir.resolve("more.sql"),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, nick TEXT);\nCREATE INDEX users_nick ON users (nick);");
        assertThatThrownBy(() -> assertThat(ds).isInSyncWith(more))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the database to be in sync with the desired schema, but it differs by 1 change(s);"
                        + " this plan would bring it in sync:")
                .hasMessageContaining("ADD COLUMN")
                .hasMessageContaining("nick")
                .hasMessageContaining("CREATE INDEX");
    }

    @Test
    void eachTestGetsAFreshDatabase(TestDatabase test) {
        Servers.requireDialect(test);
        assertThat(test.inspect()).doesNotHaveTable("users");
        test.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
        assertThat(test.inspect()).hasTable("users");
    }
}

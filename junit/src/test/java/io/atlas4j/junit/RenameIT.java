package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.BootstrapResult;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.error.DestructiveChangeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hinted rename keeps every value of a 10,000-row table; the same change without the hint is refused. */
class RenameIT {
    static final int ROWS = 10_000;
    static final String BEFORE = "CREATE TABLE users (\n  id INTEGER NOT NULL PRIMARY KEY,\n  email VARCHAR(200)\n);\n";
    static final String HINTED = "CREATE TABLE users (\n  id INTEGER NOT NULL PRIMARY KEY,\n"
            + "  email_address VARCHAR(200) -- atlas:renamed-from email\n);\n";
    static final String UNHINTED = HINTED.replace(" -- atlas:renamed-from email", "");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void hintedRenameKeepsEveryValue(String kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            Path before = write(dir, "before.sql", BEFORE);
            SchemaBootstrap.of(db.dataSource()).desired(before).run();
            fill(db);

            Path unhinted = write(dir, "unhinted.sql", UNHINTED);
            assertThatThrownBy(() -> SchemaBootstrap.of(db.dataSource()).desired(unhinted).run())
                    .isInstanceOf(DestructiveChangeException.class)
                    .hasMessageContaining("drop column users.email (destructive changes are not allowed)")
                    .hasMessageContaining("column \"email\" of \"users\" is dropped and \"email_address\" added with the same type")
                    .hasMessageContaining("-- atlas:renamed-from email");
            assertThat(db.inspect()).table("users").hasColumn("email").doesNotHaveColumn("email_address");
            assertThat(SchemaBootstrap.of(db.dataSource()).desired(unhinted).plan().suggestions())
                    .singleElement().satisfies(s -> assertThat(s.from() + "->" + s.to()).isEqualTo("email->email_address"));

            Path hinted = write(dir, "hinted.sql", HINTED);
            BootstrapResult r = SchemaBootstrap.of(db.dataSource()).desired(hinted).run();
            assertThat(r.wasApplied()).isTrue();
            assertThat(r.plan()).hasNoDestructiveChanges();
            assertThat(r.lint().withCode("BC102")).hasSize(1);
            assertThat(db.inspect()).table("users").hasColumn("email_address").doesNotHaveColumn("email");
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT email_address), "
                         + "SUM(CASE WHEN email_address = " + concat(kind) + " THEN 1 ELSE 0 END) FROM users")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(ROWS);
                assertThat(rs.getLong(2)).isEqualTo(ROWS);
                assertThat(rs.getLong(3)).as("rows whose value is still user<id>@example.com").isEqualTo(ROWS);
            }
            assertThat(db.dataSource()).isInSyncWith(hinted);
        }
    }

    static String concat(String kind) {
        return kind.equals("mariadb") ? "CONCAT('user', id, '@example.com')" : "'user' || id || '@example.com'";
    }

    static void fill(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (id, email) VALUES (?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "user" + i + "@example.com");
                    ps.addBatch();
                    if (i % 1000 == 0) ps.executeBatch();
                }
            }
            c.commit();
        }
    }

    static Path write(Path dir, String name, String sql) throws Exception {
        return Files.writeString(dir.resolve(name), sql);
    }
}

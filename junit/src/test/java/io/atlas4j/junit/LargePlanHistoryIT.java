package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.BootstrapResult;
import io.atlas4j.SchemaBootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A plan whose statements exceed 64 KiB of text is applied and recorded in the history as one success. */
class LargePlanHistoryIT {
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void largePlansAreRecorded(String kind, @TempDir Path dir) throws Exception {
        StringBuilder sql = new StringBuilder();
        for (int t = 0; t < 60; t++) {
            sql.append("CREATE TABLE wide_table_with_a_long_name_").append(t).append(" (id INTEGER NOT NULL PRIMARY KEY");
            for (int c = 0; c < 30; c++) sql.append(", a_rather_long_column_name_number_").append(c).append(" VARCHAR(20)");
            sql.append(");\n");
        }
        assertThat(sql.length()).isGreaterThan(70_000);
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            Path desired = Files.writeString(dir.resolve("desired.sql"), sql);
            SchemaBootstrap bootstrap = SchemaBootstrap.of(db.dataSource()).desired(desired);
            BootstrapResult r = bootstrap.run();
            assertThat(r.wasApplied()).isTrue();
            assertThat(db.inspect()).hasTable("wide_table_with_a_long_name_59");
            assertThat(bootstrap.history()).singleElement().satisfies(h -> assertThat(h.success()).isTrue());
        }
    }
}

package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A command-line style apply: plan, review, apply by URL, under the same lock and history as start-up. */
class UrlBootstrapIT {
    static final Path SHOP = Path.of("src/test/resources/bootstrap/shop.sql");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void planThenApplyByUrl(String kind) {
        try (TestDatabase db = Servers.open(kind)) {
            Servers.requireDialect(db);
            String url = kind.equals("sqlite") ? "sqlite://" + db.url().substring("jdbc:sqlite:".length()) : db.url();
            SchemaBootstrap b = SchemaBootstrap.of(url).desired(SHOP);
            ApprovedPlan p = b.plan();
            assertThat(p.plan()).hasNoDestructiveChanges().containsStatementMatching("CREATE TABLE");
            assertThat(b.apply(p).wasApplied()).isTrue();
            assertThat(db.dataSource()).isInSyncWith(SHOP);
            assertThat(b.history()).hasSize(1);
        }
    }
}

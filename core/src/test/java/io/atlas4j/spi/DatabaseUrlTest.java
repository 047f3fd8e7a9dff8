package io.atlas4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void parsesServerUrls() {
        DatabaseUrl u = DatabaseUrl.parse("postgres://app:s%40cret@db.local:5433/shop?search_path=sales&sslmode=disable");
        assertThat(u.scheme()).isEqualTo("postgres");
        assertThat(u.user()).contains("app");
        assertThat(u.password()).contains("s@cret");
        assertThat(u.host()).contains("db.local");
        assertThat(u.port()).contains(5433);
        assertThat(u.path()).isEqualTo("shop");
        assertThat(u.params()).containsEntry("search_path", "sales");
    }

    @Test
    void fileUrlsKeepTheirPath() {
        assertThat(DatabaseUrl.parseFile("sqlite://data/demo.db").path()).isEqualTo("data/demo.db");
        assertThat(DatabaseUrl.parseFile("sqlite:///tmp/x.db").path()).isEqualTo("/tmp/x.db");
    }

    @Test
    void neverShowsThePassword() {
        DatabaseUrl u = DatabaseUrl.parse("mysql://root:hunter2@localhost:3306/app");
        assertThat(u.toString()).doesNotContain("hunter2").contains("root:xxxxx@localhost");
        assertThat(DatabaseUrl.mask("jdbc:postgresql://h/db?user=a&password=hunter2")).doesNotContain("hunter2");
    }

    @Test
    void rejectsUrlsWithoutScheme() {
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost:5432/db")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected scheme://");
    }
}

package org.example.shelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a new, empty SQLite file: Hibernate only validates the tables
 * (ddl-auto=validate), so the context starts only because atlas4j created them first.
 */
@SpringBootTest
class ShelfApplicationTest {
    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path file = Files.createTempDirectory("shelf").resolve("shelf.db");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    }

    @Autowired
    Shelf shelf;

    @Autowired
    BookRepository books;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void atlas4jAppliedTheSchemaOnceAtStartUp() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM atlas4j_schema_history WHERE success", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                String.class)).contains("author_name", "book_author");
    }

    @Test
    void booksAreStoredThroughJpa() {
        Book dune = shelf.add("Dune", "Frank Herbert");
        shelf.add("Children of Dune", "Frank Herbert");
        shelf.finish(dune.getId());

        assertThat(books.findByAuthorNameOrderByTitle("Frank Herbert")).extracting(Book::getTitle)
                .containsExactly("Children of Dune", "Dune");
        assertThat(books.countByStatus(Book.Status.FINISHED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM author WHERE name = 'Frank Herbert'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theSchemasConstraintsHold() {
        // the CHECK constraint comes from schema.sql, not from the entities
        assertThatThrownBy(() -> jdbc.update("INSERT INTO book (title, author_id, status) VALUES ('x', 1, 'LOST')"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("book_status");
    }
}

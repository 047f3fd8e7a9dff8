package org.example.shelf;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Book, Integer> {
    List<Book> findByAuthorNameOrderByTitle(String authorName);

    long countByStatus(Book.Status status);
}

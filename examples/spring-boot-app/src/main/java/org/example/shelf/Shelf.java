package org.example.shelf;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the application does with the reading list. */
@Service
public class Shelf {
    private final AuthorRepository authors;
    private final BookRepository books;

    public Shelf(AuthorRepository authors, BookRepository books) {
        this.authors = authors;
        this.books = books;
    }

    /** Adds a book to read, creating its author on first mention. */
    @Transactional
    public Book add(String title, String authorName) {
        Author author = authors.findByName(authorName).orElseGet(() -> authors.save(new Author(authorName)));
        return books.save(new Book(title, author));
    }

    @Transactional
    public Book start(int bookId) {
        return move(bookId, Book.Status.READING);
    }

    @Transactional
    public Book finish(int bookId) {
        return move(bookId, Book.Status.FINISHED);
    }

    private Book move(int bookId, Book.Status status) {
        Book book = books.findById(bookId).orElseThrow(() -> new NoSuchElementException("no book with id " + bookId));
        book.setStatus(status);
        return book;
    }
}

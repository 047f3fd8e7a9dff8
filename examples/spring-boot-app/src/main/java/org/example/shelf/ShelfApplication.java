package org.example.shelf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A reading list: authors, their books and where you are with each. Its schema is db/schema.sql, applied by atlas4j at start-up. */
@SpringBootApplication
public class ShelfApplication {
    public static void main(String[] args) {
        SpringApplication.run(ShelfApplication.class, args);
    }
}

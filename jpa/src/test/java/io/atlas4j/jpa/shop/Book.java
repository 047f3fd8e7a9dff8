package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
@DiscriminatorValue("BOOK")
public class Book extends Product {
    @Column(name = "isbn", length = 13)
    private String isbn;

    protected Book() {
    }

    public Book(String sku, String title, BigDecimal price, String isbn) {
        super(sku, title, price);
        this.isbn = isbn;
    }

    public String isbn() {
        return isbn;
    }
}

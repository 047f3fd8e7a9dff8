package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "tags")
public class Tag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name", nullable = false, unique = true, length = 40, comment = "shown in the filter of the shop")
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}

package io.atlas4j.spring.boot.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase")
public class Purchase {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    // No column name: Spring's naming strategy maps it to item_name, and a jpa:// schema must do the same.
    @Column(nullable = false)
    private String itemName;

    protected Purchase() {
    }

    public Purchase(Long id, Customer customer, String item) {
        this.id = id;
        this.customer = customer;
        this.itemName = item;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getItem() {
        return itemName;
    }
}

package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Embedded in {@link Customer}: its columns live in the customers table. */
@Embeddable
public class Address {
    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "city", nullable = false, length = 80)
    private String city;

    @Column(name = "postal_code", length = 12)
    private String postalCode;

    protected Address() {
    }

    public Address(String street, String city, String postalCode) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
    }

    public String city() {
        return city;
    }
}

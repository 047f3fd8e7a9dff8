package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
@DiscriminatorValue("GADGET")
public class Gadget extends Product {
    @Column(name = "warranty_months")
    private Integer warrantyMonths;

    protected Gadget() {
    }

    public Gadget(String sku, String title, BigDecimal price, int warrantyMonths) {
        super(sku, title, price);
        this.warrantyMonths = warrantyMonths;
    }
}

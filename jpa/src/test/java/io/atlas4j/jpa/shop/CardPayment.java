package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "card_payments")
public class CardPayment extends Payment {
    @Column(name = "last4", nullable = false, length = 4)
    private String last4;

    protected CardPayment() {
    }

    public CardPayment(PurchaseOrder order, BigDecimal amount, String last4) {
        super(order, amount);
        this.last4 = last4;
    }

    public String last4() {
        return last4;
    }
}

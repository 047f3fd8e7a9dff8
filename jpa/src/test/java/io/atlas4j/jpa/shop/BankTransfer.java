package io.atlas4j.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "bank_transfers")
public class BankTransfer extends Payment {
    @Column(name = "iban", nullable = false, length = 34)
    private String iban;

    protected BankTransfer() {
    }

    public BankTransfer(PurchaseOrder order, BigDecimal amount, String iban) {
        super(order, amount);
        this.iban = iban;
    }
}

package io.atlas4j.jpa.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "orders", indexes = @Index(name = "ix_orders_placed", columnList = "placed_at DESC"),
        check = @CheckConstraint(name = "ck_orders_total", constraint = "total >= 0"))
public class PurchaseOrder {
    @Id
    @SequenceGenerator(name = "order_ids", sequenceName = "order_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "total", nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "priority", nullable = false)
    private Priority priority = Priority.NORMAL;

    @Column(name = "placed_at", nullable = false)
    private LocalDateTime placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    private List<OrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, BigDecimal total, Priority priority, LocalDateTime placedAt) {
        this.customer = customer;
        this.total = total;
        this.priority = priority;
        this.placedAt = placedAt;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public BigDecimal total() {
        return total;
    }

    public Priority priority() {
        return priority;
    }

    public List<OrderLine> lines() {
        return lines;
    }
}

package io.atlas4j.jpa.shop;

import java.util.List;

/** The entity classes of the shop model, named one by one. */
public final class Shop {
    public static final List<Class<?>> ENTITIES = List.of(Customer.class, PurchaseOrder.class, OrderLine.class, Product.class,
            Book.class, Gadget.class, Tag.class, Payment.class, CardPayment.class, BankTransfer.class);

    private Shop() {
    }
}

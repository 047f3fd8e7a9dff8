package io.atlas4j.jpa.shop;

/** Stored by name ({@code EnumType.STRING}). */
public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}

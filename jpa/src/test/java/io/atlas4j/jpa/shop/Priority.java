package io.atlas4j.jpa.shop;

/** Stored by position ({@code EnumType.ORDINAL}). */
public enum Priority {
    LOW, NORMAL, HIGH
}

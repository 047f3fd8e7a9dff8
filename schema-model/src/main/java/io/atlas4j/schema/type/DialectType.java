package io.atlas4j.schema.type;

/** The open exit of the type family: dialects implement it with their own records (arrays, ranges, inet). */
public non-sealed interface DialectType extends ColumnType {
}

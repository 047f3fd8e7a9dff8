package io.atlas4j.schema.type;

/**
 * A column type: a closed family that keeps the dialect's spelling ({@code name}) plus parameters,
 * with {@link DialectType} for dialect-only types and {@link UnsupportedType} to round-trip anything
 * not understood. Parsing and formatting belong to each dialect's type codec.
 */
public sealed interface ColumnType permits IntegerType, DecimalType, FloatType, StringType, BinaryType, BoolType,
        TimeType, JsonType, UuidType, EnumType, SpatialType, DialectType, UnsupportedType {
    /** {@return the type name as the dialect spells it, without parameters} */
    String name();
}

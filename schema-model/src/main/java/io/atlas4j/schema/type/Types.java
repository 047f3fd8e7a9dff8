package io.atlas4j.schema.type;

import java.util.OptionalInt;

/** Common types in standard SQL spelling, for schemas built in Java. Dialects normalize the spelling. */
public final class Types {
    public static final ColumnType INTEGER = new IntegerType("INTEGER");
    public static final ColumnType BIGINT = new IntegerType("BIGINT");
    public static final ColumnType SMALLINT = new IntegerType("SMALLINT");
    public static final ColumnType TEXT = new StringType("TEXT");
    public static final ColumnType BOOLEAN = new BoolType("BOOLEAN");
    public static final ColumnType REAL = new FloatType("REAL");
    public static final ColumnType DOUBLE = new FloatType("DOUBLE PRECISION");
    public static final ColumnType BLOB = new BinaryType("BLOB");
    public static final ColumnType DATE = new TimeType("DATE");
    public static final ColumnType TIMESTAMP = new TimeType("TIMESTAMP");

    private Types() {
    }

    public static ColumnType varchar(int size) {
        return new StringType("VARCHAR", OptionalInt.of(size));
    }

    public static ColumnType decimal(int precision, int scale) {
        return new DecimalType("DECIMAL", precision, scale);
    }
}

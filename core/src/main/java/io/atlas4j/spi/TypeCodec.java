package io.atlas4j.spi;

import io.atlas4j.schema.type.ColumnType;

/** Parses a dialect's type spelling into the model and formats it back; {@code parse(format(t)).equals(t)}. */
public interface TypeCodec {
    ColumnType parse(String spelling);

    String format(ColumnType type);
}

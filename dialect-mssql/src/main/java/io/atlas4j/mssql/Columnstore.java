package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/** A columnstore index: read and compared, but atlas4j does not plan it yet (the planner refuses it with a remedy). */
public record Columnstore(boolean clustered) implements Attr {
}

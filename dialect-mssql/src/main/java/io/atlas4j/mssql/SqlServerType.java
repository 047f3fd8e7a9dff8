package io.atlas4j.mssql;

import io.atlas4j.schema.type.DialectType;
import java.util.Objects;

/** A SQL Server type with no parameters and no portable family: {@code money}, {@code smallmoney}, {@code xml}, {@code sql_variant}, {@code hierarchyid}, {@code geometry}, {@code geography}, {@code timestamp}. */
public record SqlServerType(String name) implements DialectType {
    public SqlServerType {
        Objects.requireNonNull(name, "name");
    }
}

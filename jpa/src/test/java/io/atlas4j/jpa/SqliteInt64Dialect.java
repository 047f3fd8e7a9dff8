package io.atlas4j.jpa;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * Hibernate's SQLite dialect, told that INTEGER and BIGINT are one type (SQLite integers are 64-bit).
 * The stock dialect writes {@code id integer} for identity keys (the only spelling that makes them the
 * rowid) yet validates them as {@code bigint}, so its own DDL fails its own {@code validate}.
 */
public class SqliteInt64Dialect extends SQLiteDialect {
    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2) || isInteger(typeCode1) && isInteger(typeCode2);
    }

    private static boolean isInteger(int t) {
        return t == Types.INTEGER || t == Types.BIGINT;
    }
}

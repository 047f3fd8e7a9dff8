package io.atlas4j.offline.internal;

import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import java.util.List;

/** MySQL/MariaDB offline. */
final class MySqlReader {
    private MySqlReader() {
    }

    static Realm read(List<Stmt> statements, Dialect dialect) {
        if (statements.isEmpty()) return io.atlas4j.schema.Realm.of(io.atlas4j.schema.Schema.empty(""));
        throw statements.get(0).refuse("MySQL and MariaDB SQL (not modelled offline yet)");
    }
}

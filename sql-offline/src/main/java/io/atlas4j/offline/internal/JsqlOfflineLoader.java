package io.atlas4j.offline.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.OfflineLoader;
import io.atlas4j.spi.Scope;
import io.atlas4j.spi.SchemaDialect;
import java.util.ArrayList;
import java.util.List;

/** The offline loader for SQLite, PostgreSQL and MySQL/MariaDB: JSqlParser and each dialect's catalog rules. */
public final class JsqlOfflineLoader implements OfflineLoader {
    @Override
    public boolean loads(Dialect dialect) {
        return switch (dialect.name()) {
            case "sqlite", "postgres", "mysql" -> true;
            default -> false;
        };
    }

    @Override
    public Realm load(Dialect dialect, List<SqlScript> scripts, Scope scope) {
        List<Stmt> statements = Scripts.statements(scripts, dialect.syntax().splitter(), dialect.name());
        Realm r = switch (dialect.name()) {
            case "sqlite" -> SqliteReader.read(statements);
            case "postgres" -> PgReader.read(statements, dialect, scope);
            case "mysql" -> MySqlReader.read(statements, dialect);
            default -> throw new IllegalArgumentException("no offline loader for dialect " + dialect.name());
        };
        List<Schema> tagged = new ArrayList<>();
        for (Schema s : r.schemas()) tagged.add(SchemaDialect.tag(s, dialect));
        return new Realm(tagged, r.attrs());
    }
}

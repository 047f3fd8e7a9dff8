package io.atlas4j.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.OfflineLoader;
import io.atlas4j.spi.Scope;
import java.util.List;
import java.util.ServiceLoader;

/** The offline loaders on the class path or module path, looked up once. */
public final class OfflineLoaders {
    private static final List<OfflineLoader> LOADERS = ServiceLoader.load(OfflineLoader.class, OfflineLoader.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private OfflineLoaders() {
    }

    /** {@return the scripts loaded without a database, as the dialect's inspector would read them} */
    public static Realm load(Dialect d, List<SqlScript> scripts, Scope scope) {
        for (OfflineLoader l : LOADERS) if (l.loads(d)) return l.load(d, scripts, scope);
        throw new InvalidInputException("no offline loader for dialect " + d.name() + " is on the class path: add the"
                + " io.atlas4j:atlas4j-sql-offline dependency, or pass a dev database (--dev-url)");
    }
}

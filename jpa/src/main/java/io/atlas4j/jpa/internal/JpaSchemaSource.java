package io.atlas4j.jpa.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.jpa.JpaUrl;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaSource;
import io.atlas4j.spi.Scope;
import java.util.List;

/**
 * The {@code jpa://} desired-schema source: Hibernate's schema export of the entities the URL names. Without
 * {@code classpath=} the entities are looked up on the context class loader (an application's own classes at
 * start-up, a build's classes in a plugin that sets it); a {@code classpath=} goes in front of it.
 */
public final class JpaSchemaSource implements SchemaSource {
    @Override
    public String scheme() {
        return "jpa";
    }

    @Override
    public List<SqlScript> scripts(String url, Dialect dialect, Scope scope) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader parent = context != null ? context : JpaSchemaSource.class.getClassLoader();
        return JpaUrl.parse(url).model(parent).scripts(dialect);
    }
}

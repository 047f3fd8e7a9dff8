package io.atlas4j.spi;

import io.atlas4j.SqlScript;
import java.util.List;

/**
 * A desired-schema source named by a URL scheme other than a database's, such as {@code jpa://}: it produces
 * the DDL that builds the schema on an empty database of the target dialect, which is then loaded like a SQL
 * file. Found with {@link java.util.ServiceLoader} ({@code atlas4j-jpa} provides {@code jpa://}); atlas4j
 * itself reads {@code file://} and {@code ext://}. See {@link io.atlas4j.SchemaSources}.
 */
public interface SchemaSource {
    /** {@return the URL scheme this source reads, without {@code ://}, such as {@code "jpa"}} */
    String scheme();

    /**
     * {@return the scripts that build the schema {@code url} names on an empty database of {@code dialect}}
     *
     * @throws io.atlas4j.error.InvalidInputException naming the URL, what is wrong and how to fix it
     */
    List<SqlScript> scripts(String url, Dialect dialect, Scope scope);
}

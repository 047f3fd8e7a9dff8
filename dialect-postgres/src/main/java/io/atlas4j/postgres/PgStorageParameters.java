package io.atlas4j.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Storage parameters of an index ({@code WITH (fillfactor=70)}), as {@code name=value} in the
 * server's spelling and order. The order is kept, so that an index is created as it was read,
 * but does not count: two lists of the same parameters are equal.
 */
public record PgStorageParameters(List<String> parameters) implements io.atlas4j.schema.Attr {
    public PgStorageParameters {
        parameters = List.copyOf(parameters);
    }

    /** {@return the parameter names, without values} */
    public List<String> names() {
        return parameters.stream().map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgStorageParameters p && Set.copyOf(parameters).equals(Set.copyOf(p.parameters));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Set.copyOf(parameters));
    }
}

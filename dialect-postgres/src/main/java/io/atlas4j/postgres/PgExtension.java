package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;

import java.util.Objects;

/**
 * An installed extension and its version. The version counts: an extension created without one
 * gets the server's default version, on the dev database as on the target, and a target that
 * has another one is updated to it ({@code ALTER EXTENSION ... UPDATE TO}).
 */
public record PgExtension(String name, String version, Attrs attrs) implements SchemaObject {
    public PgExtension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "extension";
    }
}

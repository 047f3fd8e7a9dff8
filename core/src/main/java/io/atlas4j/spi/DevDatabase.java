package io.atlas4j.spi;

import java.sql.Connection;

/** A scratch database that desired SQL is applied to and inspected back. Closing discards it. */
public interface DevDatabase extends AutoCloseable {
    Connection connection();

    /** {@return the schema to inspect after loading, when it is not the connection's current one} */
    default java.util.Optional<String> schema() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}

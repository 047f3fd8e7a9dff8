/** The Inspector SPI and shared JDBC plumbing: query running, error wrapping, statement counting. */
module io.atlas4j.inspect {
    requires transitive io.atlas4j.schema;
    requires transitive java.sql;
    exports io.atlas4j.inspect;
}

/**
 * Splitting SQL scripts into statements, and the {@code atlas:} directives they carry. Depends on
 * java.base only, so reading and splitting migration files needs no JDBC.
 */
module io.atlas4j.script {
    exports io.atlas4j.script;
}

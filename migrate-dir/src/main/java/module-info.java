/**
 * Migration directories as files, with no database: reading the atlas, Flyway, golang-migrate,
 * goose, dbmate and Liquibase formats, the atlas.sum integrity file, and conversion to the atlas
 * format. Depends on the schema model's error types only (java.base otherwise); running the files is another module's job.
 */
module io.atlas4j.migrate.dir {
    requires transitive io.atlas4j.schema;
    exports io.atlas4j.migrate.dir;
}

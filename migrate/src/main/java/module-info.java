/**
 * The versioned workflow against databases: a migration directory applied under the schema lock
 * and recorded in a revision table, its status, and the next migration file written from a
 * desired schema. Reading, splitting and hashing the files is {@code io.atlas4j.migrate.dir}'s job.
 */
module io.atlas4j.migrate {
    requires transitive io.atlas4j.core;
    requires transitive io.atlas4j.migrate.dir;
    requires org.slf4j;
    exports io.atlas4j.migrate;
}
